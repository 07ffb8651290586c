/**
 * Citation anchors: the part of a citation link that names a passage of a post by its content, not by
 * its position (docs/url-format.md#citation-links). `/posts/<slug>#cite-<p>` is a paragraph and
 * `/posts/<slug>#cite-<p>-<s>` a sentence in it, where `<p>` and `<s>` are short hashes of the
 * normalised text. A rebuild that leaves the passage as it was keeps the link working, however the
 * rest of the post, the compiler's sentence rules or the order of figures changed; an edit of the
 * passage itself makes the link open the post without it, which the reader says.
 *
 * The paragraphs are the post body's `text` (what the search index and the extractor read), with the
 * title as one more paragraph before them.
 */
import { FNV_OFFSET, fnv1a } from '../format/number-codec.ts';

/** A passage an anchor names: a paragraph, or a sentence in one. */
export interface CiteAnchor {
  /** Hash of the paragraph (`textHash`). */
  paragraph: string;
  /** Hash of the sentence, or `null` for the whole paragraph. */
  sentence: string | null;
}

/** Where an anchor's passage is in a post: `title`, or an index into the body's `text`, and the sentence as written. */
export interface CitedPassage {
  paragraph: 'title' | number;
  /** The sentence as the post writes it; `null` when the whole paragraph is cited. */
  sentence: string | null;
}

/** What a passage is looked up in: the post's title and its plain-text paragraphs. */
export interface CiteText {
  title: string;
  text: readonly string[];
}

const HASH = /^[0-9a-f]{8}$/;
const ANCHOR = /^#?cite-([0-9a-f]{8})(?:-([0-9a-f]{8}))?$/;

// Typographic variants that an edit may swap without changing what a sentence says.
const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The text an anchor hashes: Unicode NFKC, lower case, curly quotes as straight ones, dashes as `-`,
 * runs of white space as one space, trimmed. Re-spacing, re-quoting or re-casing a sentence keeps
 * its anchor; changing a word does not.
 */
export function normaliseForAnchor(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a of `text` going on from `hash` (anchor hashes are built from pieces). */
const fnv = (hash: number, text: string) => fnv1a(text, hash);

function hex(hash: number): string {
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The 8 hex digits of FNV-1a (32 bits) over the UTF-16 code units of `normaliseForAnchor(text)`. */
export function textHash(text: string): string {
  return hex(fnv(FNV_OFFSET, normaliseForAnchor(text)));
}

/** The anchor's spelling in a link: `cite-<p>` or `cite-<p>-<s>`, without the `#`. */
export function formatCiteAnchor(anchor: CiteAnchor): string {
  return anchor.sentence ? `cite-${anchor.paragraph}-${anchor.sentence}` : `cite-${anchor.paragraph}`;
}

/** Reads a link's hash (`#cite-…`, with or without `#`); `null` when it is not a citation anchor. */
export function parseCiteAnchor(hash: string): CiteAnchor | null {
  const match = ANCHOR.exec(hash);
  if (!match?.[1]) return null;
  return { paragraph: match[1], sentence: match[2] ?? null };
}

/** The paragraphs anchors are counted in: the title, then the body's. */
function paragraphsOf(post: CiteText): { where: CitedPassage['paragraph']; text: string }[] {
  return [{ where: 'title', text: post.title }, ...post.text.map((text, index) => ({ where: index, text }))];
}

/** The anchor of a whole body paragraph (`index` into the post's `text`), or `null` when there is none. */
export function paragraphAnchor(post: CiteText, index: number): CiteAnchor | null {
  const text = post.text[index];
  return text === undefined || normaliseForAnchor(text) === '' ? null : { paragraph: textHash(text), sentence: null };
}

/**
 * The anchor of a sentence of the post (a figure's sentence): the hash of the first paragraph that
 * holds it, and its own. `null` when no paragraph holds it.
 */
export function sentenceAnchor(post: CiteText, sentence: string): CiteAnchor | null {
  const wanted = normaliseForAnchor(sentence);
  if (!wanted) return null;
  const home = paragraphsOf(post).find((paragraph) => normaliseForAnchor(paragraph.text).includes(wanted));
  return home ? { paragraph: textHash(home.text), sentence: hex(fnv(FNV_OFFSET, wanted)) } : null;
}

// A place where a sentence may end: end punctuation, closing quotes or brackets, then white space.
// Wider than any sentence splitter's rule, so every sentence a splitter finds is a run of these pieces.
const PIECE_END = /[.!?\u2026]+["'\u201d\u2019)\]]*\s+/gu;
// Longest run of pieces tried as one sentence ("U.S. Treasury Dept. officials ..." is several pieces).
const MAX_PIECES = 24;

/** The pieces of a paragraph between possible sentence ends, with their offsets. */
function piecesOf(paragraph: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(PIECE_END)) {
    const end = match.index + match[0].trimEnd().length;
    pieces.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < paragraph.length) pieces.push({ start, end: paragraph.length });
  return pieces;
}

/** The sentence of `paragraph` whose hash is `hash`, as written; `null` when none is. */
function findSentence(paragraph: string, hash: string): string | null {
  const pieces = piecesOf(paragraph).map((piece) => ({ ...piece, text: normaliseForAnchor(paragraph.slice(piece.start, piece.end)) }));
  for (let first = 0; first < pieces.length; first++) {
    let h = FNV_OFFSET;
    let empty = true;
    // Hash runs of pieces incrementally: normalising a run is normalising its pieces, joined by a space.
    for (let last = first; last < pieces.length && last < first + MAX_PIECES; last++) {
      const piece = pieces[last];
      if (!piece) break;
      if (piece.text === '') continue;
      h = fnv(empty ? h : fnv(h, ' '), piece.text);
      empty = false;
      if (hex(h) === hash) return paragraph.slice(pieces[first]?.start ?? 0, piece.end).trim();
    }
  }
  return null;
}

/**
 * Finds an anchor's passage in a post. A sentence is looked for in the paragraph the anchor names
 * first, then in every other (an edit elsewhere in its paragraph, or a paragraph split in two, moves
 * it); a paragraph must be there as it was. `null` when the passage is no longer in the post.
 */
export function resolveCiteAnchor(anchor: CiteAnchor, post: CiteText): CitedPassage | null {
  if (!HASH.test(anchor.paragraph) || (anchor.sentence !== null && !HASH.test(anchor.sentence))) return null;
  const paragraphs = paragraphsOf(post);
  const home = paragraphs.filter((paragraph) => textHash(paragraph.text) === anchor.paragraph);
  const { sentence } = anchor;
  if (sentence === null) {
    // The title is not a paragraph one can cite on its own.
    const found = home.find((paragraph) => paragraph.where !== 'title');
    return found ? { paragraph: found.where, sentence: null } : null;
  }
  const others = paragraphs.filter((paragraph) => !home.includes(paragraph));
  for (const paragraph of [...home, ...others]) {
    const text = findSentence(paragraph.text, sentence);
    if (text !== null) return { paragraph: paragraph.where, sentence: text };
  }
  return null;
}
