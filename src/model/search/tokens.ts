/**
 * The search tokenizer, shared by the index builder (src/compiler/search-index.ts), the query side
 * (search.ts) and the snippets: one reading of text, so a query word finds what the index holds and a
 * snippet highlights what matched. docs/decisions/0002-search-index.md says why it reads text this way.
 */

/**
 * What a token is:
 * - `word`: a run of letters and digits (`lazarus`, `apt38`, a hash); letter-only compounds joined
 *   by `-` or `_`, such as `state-sponsored`, are read as their words.
 * - `whole`: an identifier joined by `-`, `.` or `_` that holds a digit (`cve-2021-44228`, `4.8m`,
 *   `185.220.101.4`), or a name joined by `.` (`evil-domain.example`, `node.js`), searchable as written;
 * - `part`: one piece of a `whole`, indexed too so `44228` alone finds it.
 */
export type TokenKind = 'word' | 'whole' | 'part';

/** A token of a text, with where it stands. */
export interface Token {
  /** Lower case, Unicode-normalized, diacritics folded, possessive and apostrophes removed. */
  word: string;
  /** The index term: `word`, plurals folded (`attacks` -> `attack`); identifiers as they are. */
  term: string;
  /** UTF-16 offsets into the text given, end exclusive. */
  start: number;
  end: number;
  /** Word position: one per word or part; a `whole` shares its first part's. Stopwords count too. */
  position: number;
  kind: TokenKind;
  /** A stopword, a lone letter or a word over `MAX_TOKEN_LENGTH`: kept for positions and alias names, never indexed. */
  stop: boolean;
  /**
   * Longer than `MAX_TOKEN_LENGTH`. Never indexed, but still asked for by a query, where it matches
   * nothing: a pasted blob empties the list instead of being dropped from the search unseen.
   */
  long: boolean;
}

// Marks are part of a word so decomposed input (`e` + U+0301) stays one token.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-._'\u2019][\p{L}\p{N}\p{M}]+)*/gu;
const JOINER = /[-._]/g;
const HAS_JOINER = /[-._]/;
const APOSTROPHE = /['\u2019]/;
const DIGIT = /\p{N}/u;

/**
 * The longest word the index holds, in characters. What analysts paste is shorter and is indexed
 * whole: a SHA-512 hash is 128 hex characters, IPs, CVE ids and domains less. Longer runs are
 * encoded blobs (base64, `powershell -enc` payloads) that would fill the shards: left out of the
 * index, and a query word this long finds nothing (see `Token.long`).
 */
export const MAX_TOKEN_LENGTH = 256;

/**
 * English function words that carry no topic. Negations and words such as `state` or `group` stay:
 * they are part of names ("Guardians of Peace" keeps `of` only as a position).
 */
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having he her hers him his ' +
    'how i if in into is it its me my of on or our ours she so than that the their theirs them then there these they this ' +
    'those to too was we were what when where which while who whom why will with would you your yours also very just ' +
    'about after again all am any because before both each few more most other own same should some such only over under ' +
    'up down out off once here further nor'
  ).split(' '),
);

/** Plural-looking words that are not plurals, or whose folding would merge two meanings. */
const KEEP = new Set([
  'news', 'series', 'species', 'always', 'perhaps', 'whereas', 'windows', 'chaos', 'ddos', 'dos', 'dns', 'sms', 'aws', 'ios',
  'macos', 'ipados', 'tvos', 'watchos', 'alias', 'bias', 'atlas', 'canvas', 'gas', 'vegas', 'texas', 'kansas', 'arkansas',
  'christmas', 'lens', 'thus', 'less', 'unless', 'gps', 'https',
]);

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, compatibility forms decomposed, diacritics dropped: `Café` -> `cafe`, `ﬁle` -> `file`. */
export function foldText(text: string): string {
  // Most words are ASCII, and normalizing is most of the tokenizer's time otherwise.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * A light English plural folding (an S-stemmer): `attacks` -> `attack`, `agencies` -> `agency`,
 * `viruses` -> `virus`, `breaches` -> `breach`, `cases` -> `case`. Past tenses and `-ing` stay apart:
 * full stemmers (Porter) also merge words such as `university` and `universe`, or `organization`
 * and `organ`, which costs precision that news queries need more than the extra recall.
 */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || DIGIT.test(word)) return word;
  // `cookie` and `cookies` meet at `cooky`, as `agency` and `agencies` do.
  if (word.endsWith('ie') && word.length > 4) return `${word.slice(0, -2)}y`;
  if (!word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4 && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es')) {
    const base = word.slice(0, -2);
    if (KEEP.has(base) || /(?:ss|us|x|ch|sh)$/.test(base)) return base;
    return word.slice(0, -1);
  }
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}

/** Whether a folded word is left out of the index (a stopword or a lone letter). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || (word.length === 1 && !DIGIT.test(word));
}

// `Lazarus's` and `Lazarus’` are Lazarus; `don't` is `dont`.
function dropApostrophes(folded: string): string {
  if (!APOSTROPHE.test(folded)) return folded;
  return folded.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
}

/** Every token of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const push = (raw: string, start: number, kind: TokenKind, word: string, pos: number) => {
    if (!word) return;
    const long = word.length > MAX_TOKEN_LENGTH;
    const stop = long || (kind !== 'whole' && isStopword(word));
    tokens.push({ word, term: kind === 'whole' ? word : stem(word), start, end: start + raw.length, position: pos, kind, stop, long });
  };
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    if (!HAS_JOINER.test(raw)) {
      push(raw, start, 'word', dropApostrophes(foldText(raw)), position++);
      continue;
    }
    const pieces: { raw: string; start: number }[] = [];
    let from = 0;
    for (const joiner of raw.matchAll(JOINER)) {
      pieces.push({ raw: raw.slice(from, joiner.index), start: start + from });
      from = joiner.index + 1;
    }
    pieces.push({ raw: raw.slice(from), start: start + from });
    const words = pieces.map((piece) => dropApostrophes(foldText(piece.raw)));

    if (pieces.length === 1) {
      push(raw, start, 'word', words[0] ?? '', position++);
    } else if (/^(?:\p{L}\.)+\p{L}$/u.test(raw)) {
      // Dotted abbreviations are one word: `U.S.` is `us` (so `us` is no stopword), `e.g.` is `eg`.
      push(raw, start, 'word', words.join(''), position++);
    } else if (DIGIT.test(raw) || raw.includes('.')) {
      // Identifiers and domains are asked for as written: `update-check.example` must not find
      // every post that says "update" and "check".
      push(raw, start, 'whole', dropApostrophes(foldText(raw)), position);
      pieces.forEach((piece, i) => push(piece.raw, piece.start, 'part', words[i] ?? '', position + i));
      position += pieces.length;
    } else {
      pieces.forEach((piece, i) => push(piece.raw, piece.start, 'word', words[i] ?? '', position + i));
      position += pieces.length;
    }
  }
  return tokens;
}

/** The tokens a text puts in the index: words, identifiers and their parts, without stopwords. */
export function indexTokens(text: string): Token[] {
  return tokenize(text).filter((token) => !token.stop);
}

/**
 * The tokens a query asks for: words and whole identifiers, without stopwords. The parts of an
 * identifier are left out, so `cve-2021-44228` asks for itself and not for every `2021`. Words over
 * `MAX_TOKEN_LENGTH` stay in, and match nothing.
 */
export function queryTokens(text: string): Token[] {
  return tokenize(text).filter((token) => isAsked(token) && token.kind !== 'part');
}

/** Whether a query asks for a token: anything but a stopword or lone letter. */
export function isAsked(token: Token): boolean {
  return !token.stop || token.long;
}
