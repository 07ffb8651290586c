/**
 * Search snippets: the passage of a post that best shows why it matched, with the matches marked.
 * Matching uses the search tokenizer, so `attacks` in the text is highlighted for the term `attack`,
 * and names of several words ("Lazarus Group", "Guardians of Peace") only as a whole.
 */
import { queryTokens, type Token, tokenize } from './tokens.ts';

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export type Highlight = [start: number, end: number];

/** A passage of a text and the ranges to mark in it (offsets into the passage). */
export interface Snippet {
  text: string;
  highlights: Highlight[];
}

const ELLIPSIS = '\u2026';
// Context shown before the first match when the passage cannot start at its sentence.
const LEAD = 60;

interface Found {
  start: number;
  end: number;
  /** Which of the terms matched. */
  pattern: number;
}

/** Each term as the tokens to find in a row: one for a word, several at their offsets for a phrase. */
function patternsOf(terms: readonly string[]): { term: string; offset: number }[][] {
  const patterns: { term: string; offset: number }[][] = [];
  const seen = new Set<string>();
  for (const text of terms) {
    const tokens = queryTokens(text);
    const first = tokens[0];
    if (!first) continue;
    const pattern = tokens.map((token) => ({ term: token.term, offset: token.position - first.position }));
    const key = pattern.map((item) => `${item.offset}:${item.term}`).join(' ');
    if (!seen.has(key)) patterns.push(pattern);
    seen.add(key);
  }
  return patterns;
}

function findAll(text: string, terms: readonly string[]): Found[] {
  const patterns = patternsOf(terms);
  if (patterns.length === 0) return [];
  const tokens = tokenize(text).filter((token) => !token.stop);
  const atPosition = new Map<number, Token[]>();
  for (const token of tokens) {
    const list = atPosition.get(token.position);
    if (list) list.push(token);
    else atPosition.set(token.position, [token]);
  }
  const found: Found[] = [];
  for (const token of tokens) {
    patterns.forEach((pattern, index) => {
      const [head, ...rest] = pattern;
      if (!head || head.term !== token.term) return;
      let end = token.end;
      for (const item of rest) {
        const next = atPosition.get(token.position + item.offset)?.find((candidate) => candidate.term === item.term);
        if (!next) return;
        end = Math.max(end, next.end);
      }
      found.push({ start: token.start, end, pattern: index });
    });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Overlapping ranges as one (a whole identifier and its matching part, a phrase and its word). */
function merge(found: readonly Found[]): Highlight[] {
  const out: Highlight[] = [];
  for (const { start, end } of found) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Every match of the terms in a text (for a title, marked whole). */
export function findHighlights(text: string, terms: readonly string[]): Highlight[] {
  return merge(findAll(text, terms));
}

/**
 * The passage of at most `maxLength` characters (ellipses included) that holds the most different
 * terms, then the most matches, starting at its sentence where that fits; the text's opening when
 * nothing matches.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 240): Snippet {
  const found = findAll(text, terms);
  if (text.length <= maxLength) return { text, highlights: merge(found) };

  let anchor: Found | null = null;
  let best = -1;
  for (const candidate of found) {
    const from = Math.max(0, candidate.start - LEAD);
    const inWindow = found.filter((other) => other.start >= candidate.start && other.end <= from + maxLength);
    const score = new Set(inWindow.map((other) => other.pattern)).size * 10_000 + inWindow.length;
    if (score > best) {
      best = score;
      anchor = candidate;
    }
  }

  let start = 0;
  if (anchor && anchor.end > maxLength - 1) {
    start = Math.max(0, anchor.start - LEAD);
    const before = text.slice(start, anchor.start);
    const sentence = /(?:[.!?]["\u201d']?\s+|\n)(?=\S)/g;
    let boundary = -1;
    for (const match of before.matchAll(sentence)) boundary = match.index + match[0].length;
    if (boundary >= 0) start += boundary;
    else {
      // No sentence starts close before the match: begin at a word, not inside one.
      const space = before.search(/\s\S/);
      start = space >= 0 && start + space + 1 <= anchor.start ? start + space + 1 : anchor.start;
    }
  }
  const lead = start > 0 ? ELLIPSIS : '';
  let end = Math.min(text.length, start + maxLength - lead.length);
  if (end < text.length) {
    end = Math.max(start + 1, start + maxLength - lead.length - ELLIPSIS.length);
    // End after a whole word where there is one to end on.
    const cut = text.slice(start, end + 1).search(/\s+\S*$/);
    if (cut > 0) end = start + cut;
  }
  const tail = end < text.length ? ELLIPSIS : '';
  const shift = lead.length - start;
  const highlights = merge(found.filter((item) => item.start >= start && item.end <= end)).map(
    ([from, to]): Highlight => [from + shift, to + shift],
  );
  return { text: lead + text.slice(start, end).trimEnd() + tail, highlights };
}
