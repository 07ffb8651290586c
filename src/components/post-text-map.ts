/**
 * The rendered post body as one flat text, with where each character comes from, so the reader can
 * find passages of the post's plain text (`text`, what search and citations read) in its HTML: mark a
 * sentence, mark a paragraph, put a button at a paragraph's end. Runs of white space count as one
 * space, on both sides.
 */

/** The flat text of an element and the text node and offset of each of its characters. */
export interface TextMap {
  flat: string;
  nodes: Text[];
  origin: { node: number; offset: number }[];
}

/** A half-open range of `flat`, `[start, end)`. */
export interface FlatRange {
  start: number;
  end: number;
}

/** Reads the text under `root`. */
export function mapText(root: HTMLElement): TextMap {
  const nodes: Text[] = [];
  const origin: TextMap['origin'] = [];
  let flat = '';
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
  return { flat, nodes, origin };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where `text` (white space collapsed) first is in `range` of the map, or `null`. */
export function findText(map: TextMap, text: string, range: FlatRange = { start: 0, end: map.flat.length }): FlatRange | null {
  const wanted = collapse(text);
  if (!wanted) return null;
  const at = map.flat.indexOf(wanted, range.start);
  return at === -1 || at + wanted.length > range.end ? null : { start: at, end: at + wanted.length };
}

// How much of a paragraph's start and end is looked for when the whole is not found as written: the
// plain text leaves out addresses and code that the HTML shows.
const PROBE = 40;
const SHORT_PROBE = 12;

/**
 * Where each of the plain-text paragraphs is in the map, in order; `null` for one that cannot be
 * found. A paragraph whose text differs from the HTML's (an address left out of the plain text) is
 * found by its first words and ends at its last.
 */
export function findParagraphs(map: TextMap, paragraphs: readonly string[]): (FlatRange | null)[] {
  const { flat } = map;
  let cursor = 0;
  return paragraphs.map((paragraph) => {
    const text = collapse(paragraph);
    if (!text) return null;
    const whole = flat.indexOf(text, cursor);
    if (whole !== -1) {
      cursor = whole + text.length;
      return { start: whole, end: cursor };
    }
    let head = text.slice(0, PROBE);
    let start = flat.indexOf(head, cursor);
    if (start === -1 && text.length > SHORT_PROBE) {
      head = text.slice(0, SHORT_PROBE);
      start = flat.indexOf(head, cursor);
    }
    if (start === -1) return null;
    const tail = text.slice(-PROBE);
    const tailAt = flat.indexOf(tail, start);
    // The tail belongs to this paragraph only if it is about where the paragraph's length puts it.
    const end = tailAt !== -1 && tailAt + tail.length - start <= text.length * 2 + 200 ? tailAt + tail.length : start + head.length;
    cursor = end;
    return { start, end };
  });
}

/**
 * Wraps the text of `range` in <mark> elements, one per text node it spans, and returns the first.
 * The map is stale afterwards (text nodes were split); its flat text is not.
 */
export function markRange(map: TextMap, range: FlatRange): HTMLElement | null {
  const start = map.origin[range.start];
  const end = map.origin[range.end - 1];
  if (!start || !end) return null;
  const marks: HTMLElement[] = [];
  for (let n = start.node; n <= end.node; n++) {
    const node = map.nodes[n];
    if (!node) continue;
    const from = n === start.node ? start.offset : 0;
    const to = n === end.node ? end.offset + 1 : node.data.length;
    if (to <= from || !node.data.slice(from, to).trim()) continue;
    const domRange = document.createRange();
    domRange.setStart(node, from);
    domRange.setEnd(node, to);
    const mark = document.createElement('mark');
    domRange.surroundContents(mark);
    marks.push(mark);
  }
  return marks[0] ?? null;
}

const BLOCKS = 'p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, tr, td, th, table, section, article, header, footer, figure, figcaption, dd, dt, caption';

/**
 * Puts `element` right after the character before `at` (the end of a passage), outside any inline
 * element it ends in (a link, bold text), so a button never lands inside a link. Insert from the
 * last position to the first: each insertion splits a text node after the positions before it.
 */
export function insertAfterPosition(map: TextMap, root: HTMLElement, at: number, element: HTMLElement): void {
  const last = map.origin[at - 1];
  const node = last ? map.nodes[last.node] : undefined;
  if (!last || !node) return;
  if (last.offset + 1 < node.data.length) node.splitText(last.offset + 1);
  const block = node.parentElement?.closest(BLOCKS);
  const container = block && root.contains(block) ? block : root;
  let child: Node = node;
  while (child.parentNode && child.parentNode !== container) child = child.parentNode;
  child.parentNode?.insertBefore(element, child.nextSibling);
}
