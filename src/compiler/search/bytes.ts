/**
 * Growable byte buffers with unsigned varints (7 bits a byte, low bits first) and UTF-8 strings: the
 * compact form in which a post's search terms travel from the workers and wait in the cache.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends bytes to a buffer that grows as needed. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.bytes[this.length++] = rest;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  string(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    this.reserve(text.length * 3 + 5);
    const at = this.length;
    // Most words are short ASCII: copied byte by byte, faster than the encoder's call.
    if (text.length < 0x80) {
      let ascii = true;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) {
          ascii = false;
          break;
        }
        this.bytes[at + 1 + i] = code;
      }
      if (ascii) {
        this.bytes[at] = text.length;
        this.length = at + 1 + text.length;
        return;
      }
    }
    // Written after a placeholder length of one byte; moved if the length needs more.
    const { written } = encoder.encodeInto(text, this.bytes.subarray(at + 1));
    if (written < 0x80) {
      this.bytes[at] = written;
      this.length = at + 1 + written;
      return;
    }
    const body = this.bytes.slice(at + 1, at + 1 + written);
    this.varint(written);
    this.append(body);
  }

  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written so far (a copy, sized to fit). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads what a ByteWriter wrote. */
export class ByteReader {
  at: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.at = start;
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  byte(): number {
    return this.bytes[this.at++] ?? 0;
  }

  string(): string {
    const length = this.varint();
    const text = decoder.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}
