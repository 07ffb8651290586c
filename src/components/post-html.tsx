/**
 * A post's body: HTML sanitized at build time, rendered as is. Its images arrive inert (`data-src`);
 * they get a `src`, and so contact their host, only when the reader has chosen to see images.
 */
import { useLayoutEffect, useRef } from 'react';

/** Renders compiled post HTML; `showImages` lets remote images load. */
export function PostHtml({ html, showImages }: { html: string; showImages: boolean }) {
  const container = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!showImages || !container.current) return;
    for (const image of container.current.querySelectorAll<HTMLImageElement>('img[data-src]')) {
      image.src = image.dataset.src ?? '';
    }
  }, [html, showImages]);

  // Remounting when images are switched off drops the `src` already set.
  return <div key={String(showImages)} ref={container} className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
