/**
 * A post's body: HTML sanitized at build time, rendered as is. Its images arrive inert (`data-src`);
 * they get a `src`, and so contact their host, only when the reader has chosen to see images.
 * A passage (a figure's sentence, a cited sentence or paragraph) can be marked and scrolled to, and
 * each paragraph of the plain text found in the HTML gets a "Copy citation" button at its end.
 */
import { useLayoutEffect, useRef } from 'react';
import { findParagraphs, findText, insertAfterPosition, mapText, markRange, type FlatRange, type TextMap } from './post-text-map.ts';

/** What to mark: the first of `texts` found (in paragraph `paragraph` first), else that whole paragraph. */
export interface MarkedPassage {
  /** An index into the post's plain-text paragraphs, or `null` to look in the whole body. */
  paragraph: number | null;
  texts: readonly string[];
}

interface PostHtmlProps {
  html: string;
  showImages: boolean;
  /** The body as plain paragraphs (the post's `text`): where paragraphs are, to mark and to cite them. */
  paragraphs?: readonly string[];
  mark?: MarkedPassage | undefined;
  /** Copies the citation of a paragraph (an index into `paragraphs`); resolves to whether it was copied. */
  onCiteParagraph?: (paragraph: number) => Promise<boolean>;
}

const NO_PARAGRAPHS: readonly string[] = [];
// How long a paragraph's button says it copied.
const COPIED_MS = 2500;

/** Renders compiled post HTML; `showImages` lets remote images load. */
export function PostHtml({ html, showImages, paragraphs = NO_PARAGRAPHS, mark, onCiteParagraph }: PostHtmlProps) {
  const container = useRef<HTMLElement>(null);
  const markKey = mark ? `${mark.paragraph ?? ''}\u0000${mark.texts.join('\u0000')}` : '';
  const citable = onCiteParagraph !== undefined;

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    nameBareLinks(root);
    if (showImages) {
      for (const image of root.querySelectorAll<HTMLImageElement>('img[data-src]')) image.src = image.dataset.src ?? '';
    }
    const map = mapText(root);
    const places = findParagraphs(map, paragraphs);
    const marked = mark ? markPassage(map, places, mark) : null;
    if (citable) addCiteButtons(mapText(root), root, places);
    marked?.scrollIntoView({ block: 'center' });
    // `mark` is read through its key: a new object with the same passage is the same passage.
  }, [html, showImages, markKey, paragraphs, citable]);

  const onClick = (event: React.MouseEvent<HTMLElement>) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-sitrep-ui="cite"]') : null;
    if (!button || !onCiteParagraph) return;
    void onCiteParagraph(Number(button.dataset.paragraph)).then((copied) => {
      if (!copied) return;
      button.dataset.copied = 'true';
      setTimeout(() => delete button.dataset.copied, COPIED_MS);
    });
  };

  // Remounting drops what the effect changed (image sources, marks, buttons) when the inputs change.
  // A named region, so readers of assistive technology (and the tests) can go straight to the text.
  return (
    <section
      key={`${showImages}:${markKey}`}
      ref={container}
      className="post-body"
      aria-label="Post text"
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
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

/** Marks the passage and returns its first mark; `null` when it is not in the body. */
function markPassage(map: TextMap, places: readonly (FlatRange | null)[], passage: MarkedPassage): HTMLElement | null {
  const home = passage.paragraph === null ? null : (places[passage.paragraph] ?? null);
  for (const text of passage.texts) {
    const found = (home && findText(map, text, home)) ?? findText(map, text);
    if (found) return markRange(map, found);
  }
  return home ? markRange(map, home) : null;
}

/**
 * One button per paragraph found, after its last word. Its name is set here and its look by the
 * style sheet (`content`), so the post's text, as copied or read by tests, stays the post's.
 */
function addCiteButtons(map: TextMap, root: HTMLElement, places: readonly (FlatRange | null)[]): void {
  const found = places.flatMap((place, index) => (place ? [{ place, index }] : []));
  // From the last to the first: an insertion splits a text node after the positions before it.
  for (const { place, index } of found.reverse()) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-paragraph';
    // Marks the reader's own control among the post's elements: the sanitizer keeps no data-
    // attribute but data-src, so no post can carry it (e2e/hostile-markup.spec.ts relies on it).
    button.dataset.sitrepUi = 'cite';
    button.dataset.paragraph = String(index);
    button.setAttribute('aria-label', `Copy citation of paragraph ${index + 1}`);
    insertAfterPosition(map, root, place.end, button);
  }
}
