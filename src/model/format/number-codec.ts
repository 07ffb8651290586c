/**
 * The compact text encoding of the data files' number lists (row lists, days, search postings):
 * unsigned integers written 5 bits a character, low bits first, in 64 characters JSON never escapes.
 * A character below 32 ends a number; 32 and up carry on. Ascending lists are written as gaps.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** The highest value one character carries (`writeDigit`). */
export const MAX_DIGIT = 63;

/** Appends a non-negative integer. */
export function writeNumber(out: string[], value: number): void {
  let rest = value;
  while (rest >= 32) {
    out.push(ALPHABET.charAt(32 + (rest % 32)));
    rest = Math.floor(rest / 32);
  }
  out.push(ALPHABET.charAt(rest));
}

/** Appends one character carrying 0-63. */
export function writeDigit(out: string[], value: number): void {
  out.push(ALPHABET.charAt(Math.min(MAX_DIGIT, Math.max(0, value))));
}

/** Reads numbers written by `writeNumber` (and digits by `writeDigit`) off a string. */
export class NumberReader {
  at = 0;
  constructor(
    private readonly text: string,
    private readonly what = 'a data file',
  ) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    while (this.at < this.text.length) {
      const digit = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (digit < 0) throw new SyntaxError(`unexpected character at ${this.at - 1} in ${this.what}`);
      if (digit < 32) return value + digit * scale;
      value += (digit - 32) * scale;
      scale *= 32;
    }
    throw new SyntaxError(`${this.what} ends inside a number`);
  }

  /** One character, 0-63. */
  digit(): number {
    const digit = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
    if (digit < 0) throw new SyntaxError(`unexpected character at ${this.at - 1} in ${this.what}`);
    return digit;
  }
}

/** Encodes ascending, distinct rows as gaps. */
export function encodeRows(rows: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    writeNumber(out, row - previous - 1);
    previous = row;
  }
  return out.join('');
}

/** Decodes rows written by `encodeRows`. */
export function decodeRows(text: string, what?: string): Uint32Array {
  const reader = new NumberReader(text, what);
  const rows: number[] = [];
  let previous = -1;
  while (!reader.done) rows.push((previous += reader.next() + 1));
  return Uint32Array.from(rows);
}

/** Encodes day numbers (days since 1970-01-01), any order: the first, then signed steps (zigzag). */
export function encodeDays(days: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0;
    const step = day - previous;
    writeNumber(out, step >= 0 ? step * 2 : -step * 2 - 1);
    previous = day;
  }
  return out.join('');
}

/** Decodes day numbers written by `encodeDays`. */
export function decodeDays(text: string, what?: string): Int32Array {
  const reader = new NumberReader(text, what);
  const days: number[] = [];
  let previous = 0;
  while (!reader.done) {
    const zigzag = reader.next();
    previous += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    days.push(previous);
  }
  return Int32Array.from(days);
}

/** FNV-1a's starting value (32 bits). */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a (32 bits) over the text's UTF-16 code units, going on from `hash` so a text can be hashed
 * in pieces; unsigned. The same number in the compiler and the browser, with no library.
 */
export function fnv1a(text: string, hash: number = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of the text, mod `count`: the same bucket on both sides. */
export function bucketOf(text: string, count: number): number {
  return fnv1a(text) % count;
}
