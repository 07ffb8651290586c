/**
 * A post's body: HTML sanitized at build time, rendered as is. Its images arrive inert (`data-src`);
 * they get a `src`, and so contact their host, only when the reader has chosen to see images.
 * A passage (a figure's sentence) can be marked and scrolled to.
 */
import { useLayoutEffect, useRef } from 'react';

interface PostHtmlProps {
  html: string;
  showImages: boolean;
  /** Texts to mark, tried in order until one is found: the sentence, then the figure itself. */
  mark?: string[] | undefined;
}

/** Renders compiled post HTML; `showImages` lets remote images load. */
export function PostHtml({ html, showImages, mark }: PostHtmlProps) {
  const container = useRef<HTMLElement>(null);
  const markKey = mark?.join('\u0000') ?? '';

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    nameBareLinks(root);
    if (showImages) {
      for (const image of root.querySelectorAll<HTMLImageElement>('img[data-src]')) image.src = image.dataset.src ?? '';
    }
    for (const text of mark ?? []) {
      const first = markText(root, text);
      if (first) {
        first.scrollIntoView({ block: 'center' });
        break;
      }
    }
    // `mark` is read through its key: a new array with the same texts is the same passage.
  }, [html, showImages, markKey]);

  // Remounting drops what the effect changed (image sources, marks) when the inputs change. A named
  // region, so readers of assistive technology (and the tests) can go straight to the text.
  return (
    <section key={`${showImages}:${markKey}`} ref={container} className="post-body" aria-label="Post text" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

/**
 * Scraped posts often link an image that has no alt text (`[![](photo.jpg)](photo-large.jpg)`), and
 * with images off nothing at all: such a link gets a name from where it leads, so a screen reader
 * does not announce a bare "link". The name goes in `title`, an attribute the sanitizer allows, so
 * the body keeps to the attributes the hostile-markup tests hold it to.
 */
function nameBareLinks(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.textContent?.trim() || link.title.trim() || link.querySelector('img[alt]:not([alt=""])')) continue;
    let host = link.href;
    try {
      host = new URL(link.href).host || link.href;
    } catch {
      // Not a URL the browser can read: named by its text as written.
    }
    link.title = `${link.querySelector('img') ? 'Image' : 'Link'} on ${host}`;
  }
}

/**
 * Wraps the first occurrence of `text` (compared with runs of white space as one space) in <mark>
 * elements, one per text node it spans, and returns the first; `null` when it is not there.
 */
function markText(root: HTMLElement, text: string): HTMLElement | null {
  const wanted = text.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const nodes: Text[] = [];
  let flat = '';
  // Where each character of `flat` comes from.
  const origin: { node: number; offset: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    const index = nodes.push(textNode) - 1;
    const value = textNode.data;
    for (let i = 0; i < value.length; i++) {
      const char = value[i] ?? '';
      const space = /\s/.test(char);
      if (space && (flat.endsWith(' ') || flat === '')) continue;
      flat += space ? ' ' : char;
      origin.push({ node: index, offset: i });
    }
  }
  const at = flat.indexOf(wanted);
  if (at === -1) return null;
  const start = origin[at];
  const end = origin[at + wanted.length - 1];
  if (!start || !end) return null;

  const marks: HTMLElement[] = [];
  for (let n = start.node; n <= end.node; n++) {
    const node = nodes[n];
    if (!node) continue;
    const from = n === start.node ? start.offset : 0;
    const to = n === end.node ? end.offset + 1 : node.data.length;
    if (to <= from || !node.data.slice(from, to).trim()) continue;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks[0] ?? null;
}
