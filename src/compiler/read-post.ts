/**
 * Turns a post file's bytes into text, or says why it cannot: feeds and scrapers save posts in UTF-8
 * mostly, sometimes in UTF-16 or Latin-1, and a folder of posts can hold an image named `.md`. Each
 * case is named, and the post is read where it can be.
 */
import type { Problem } from './problems.ts';

/** The largest post file compiled: past it a file is refused, whole, with a clear error. */
export const MAX_POST_BYTES = 8 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** The file's text and what was said about reading it; `text` is `null` when it cannot be read as a post. */
export interface DecodedPost {
  text: string | null;
  problems: Problem[];
}

/** Decodes a post file's bytes: UTF-8 (with or without BOM), UTF-16 by its BOM, else Windows-1252 with a warning. */
export function decodePostBytes(bytes: Uint8Array, file: string): DecodedPost {
  const at = (severity: Problem['severity'], message: string, fix: string): Problem => ({ severity, file, line: 1, column: 1, message, fix });
  if (bytes.length > MAX_POST_BYTES) {
    return {
      text: null,
      problems: [at('error', `the file is ${(bytes.length / 2 ** 20).toFixed(1)} MB, over the ${MAX_POST_BYTES / 2 ** 20} MB a post may be`, 'split it into several posts, or link to the long part (a list of indicators, say) instead of pasting it')],
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', at);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', at);
  if (isBinary(bytes)) {
    return { text: null, problems: [at('error', 'this is not a text file (it holds binary data, such as an image)', 'remove it from the content folder, or give it another extension')] };
  }
  try {
    return { text: utf8.decode(bytes), problems: [] };
  } catch {
    return {
      text: windows1252.decode(bytes),
      problems: [at('warning', 'the file is not valid UTF-8; it was read as Windows-1252 (Latin-1), which may show some characters wrongly', 'save the file as UTF-8')],
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', at: (severity: Problem['severity'], message: string, fix: string) => Problem): DecodedPost {
  return {
    text: new TextDecoder(encoding).decode(bytes),
    problems: [at('warning', `this file is ${encoding.toUpperCase()}; it was read as such`, 'save the file as UTF-8, as other tools expect')],
  };
}

// A NUL byte never occurs in text outside UTF-16, and images and archives begin with one soon.
function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
