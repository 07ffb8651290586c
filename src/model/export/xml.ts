/**
 * XML escaping for the feeds Sitrep writes. Titles and summaries come from the web: every character
 * that could end an element or an attribute is escaped, and characters XML 1.0 cannot carry at all
 * (C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since a single one makes the whole feed
 * unreadable to a conforming parser.
 */

// Everything outside XML 1.0's Char production (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, astral).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` as XML character data: `&`, `<` and `>` escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `text` as a double-quoted attribute value. Tab, LF and CR become character references because a
 * parser turns them into spaces otherwise (attribute-value normalisation).
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
