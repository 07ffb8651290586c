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

// Word characters are letters, digits and marks (so decomposed input, `e` + U+0301, stays one
// token); a joiner between two runs of them makes one match: /[\p{L}\p{N}\p{M}]+(?:[-._'\u2019][\p{L}\p{N}\p{M}]+)*/u.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const JOINER = /[-._]/g;
const APOSTROPHE = /['\u2019]/;
const DIGIT = /\p{N}/u;
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

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
  // Only words ending in `s` or `ie` change: the rest are returned before any lookup.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 101) return word; // s, e
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

// Whether each UTF-16 unit outside the surrogates is a word character: 0 not yet known, 1 yes, 2 no.
const wordUnits = new Uint8Array(0x10000);

/** The length (1 or 2 units) of the word character at `index`, or 0 when there is none. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || (code > 0xdfff && code <= 0xffff)) {
    let known = wordUnits[code];
    if (!known) wordUnits[code] = known = WORD_CHAR.test(text[index] ?? '') ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  const point = text.codePointAt(index) ?? 0;
  const length = point > 0xffff ? 2 : 1;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? length : 0;
}

const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, code) => (/[a-z0-9]/i.test(String.fromCharCode(code)) ? 1 : 0));

// What the last `runEnd` saw, so a plain lower-case ASCII word needs no folding.
let sawUpper = false;
let sawOther = false;

/** The end of the run of word characters starting at `index`. */
function runEnd(text: string, index: number): number {
  let at = index;
  for (;;) {
    const code = text.charCodeAt(at);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) at++;
    else if (code >= 65 && code <= 90) {
      sawUpper = true;
      at++;
    } else if (code < 128 || at >= text.length) return at;
    else {
      const length = wordCharAt(text, at);
      if (length === 0) return at;
      sawOther = true;
      at += length;
    }
  }
}

/** Receives each token's fields, so a caller that counts tokens builds no object per word. */
export type TokenVisitor = (word: string, term: string, start: number, end: number, position: number, kind: TokenKind, stop: boolean, long: boolean) => void;

/** Visits every token of a text, in order: what `tokenize` lists. */
export function scanTokens(text: string, visit: TokenVisitor): void {
  let position = 0;
  const push = (raw: string, start: number, kind: TokenKind, word: string, pos: number) => {
    if (!word) return;
    const long = word.length > MAX_TOKEN_LENGTH;
    visit(word, kind === 'whole' ? word : stem(word), start, start + raw.length, pos, kind, long || (kind !== 'whole' && isStopword(word)), long);
  };
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 128 ? !ASCII_WORD_CHAR[code] : wordCharAt(text, at) === 0) {
      at += code >= 0xd800 && code <= 0xdbff && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    sawUpper = false;
    sawOther = false;
    at = runEnd(text, at);
    let joined = false;
    let apostrophe = false;
    for (;;) {
      const code = text.charCodeAt(at);
      const joiner = code === 45 || code === 46 || code === 95; // - . _
      if (!(joiner || code === 39 || code === 0x2019) || wordCharAt(text, at + 1) === 0) break;
      if (joiner) joined = true;
      else apostrophe = true;
      at = runEnd(text, at + 1);
    }
    const raw = text.slice(start, at);
    if (!joined) {
      // foldText, without its test and copy for a word already in lower-case ASCII.
      let word = sawOther ? foldText(raw) : sawUpper ? raw.toLowerCase() : raw;
      if (apostrophe) word = dropApostrophes(word);
      if (word) {
        const long = word.length > MAX_TOKEN_LENGTH;
        visit(word, stem(word), start, at, position, 'word', long || isStopword(word), long);
      }
      position++;
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

    if (ABBREVIATION.test(raw)) {
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
}

/** Every token of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (word, term, start, end, position, kind, stop, long) => tokens.push({ word, term, start, end, position, kind, stop, long }));
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
