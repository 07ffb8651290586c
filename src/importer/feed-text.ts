/**
 * Text and HTML as feeds carry them, turned into what a post file holds: one-line plain text for
 * titles, tags and feed names; raw HTML, kept as HTML, for bodies.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** Plain one-line text of an HTML fragment: markup dropped, character references decoded. */
export function htmlToText(html: string): string {
  return oneLine(DomUtils.textContent(parseDocument(html)));
}

// The markup a title may carry. Anything else that looks like a tag is text the author wrote:
// "Attackers abuse <iframe> tags" keeps its <iframe>.
const INLINE_TAG = /<\/?(?:a|abbr|b|big|cite|code|em|font|i|kbd|mark|q|s|small|span|strike|strong|sub|sup|tt|u)\b[^<>]*>/gi;

/**
 * One-line text from a feed's title or category. RSS titles are often escaped HTML
 * (`AT&amp;amp;T`, `&lt;b&gt;`), and Atom's `type="html"` ones always are: inline formatting tags
 * are dropped and character references decoded (`Fish &amp; Chips` becomes `Fish & Chips`), while
 * any other `<...>` is kept as written.
 */
export function titleText(html: string): string {
  const withoutFormatting = html.replace(/<br\s*\/?>/gi, ' ').replace(INLINE_TAG, '');
  return htmlToText(withoutFormatting.replace(/</g, '&lt;'));
}

/** Collapses runs of white space and control characters, line breaks included, into single spaces. */
export function oneLine(text: string): string {
  // JavaScript's \s misses C1 controls such as NEL (U+0085), which YAML would treat as a line break.
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** Plain text (Atom `type="text"`) as HTML paragraphs, so nothing in it reads as markup or Markdown. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A feed item's HTML as a post body that Markdown leaves alone. The compiler renders bodies with
 * markdown-it, which passes an HTML block through untouched only until the first blank line; after
 * one, `*`, `_` and indented lines would turn into emphasis and code blocks. So the body is wrapped
 * in one `<div>` block and blank lines go; inside `<pre>` line breaks matter, so there they are
 * written as `&#10;`. The compiler's sanitizer still cleans the result, as for every post.
 */
export function htmlBody(html: string): string {
  const normalised = html.replace(/\r\n?/g, '\n').trim();
  if (!normalised) return '';
  const kept = normalised
    .replace(/<pre\b[^>]*>[\s\S]*?<\/pre\s*>/gi, (pre) => pre.replace(/\n/g, '&#10;'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
  return `<div>\n${kept}\n</div>\n`;
}

/** The first words of an HTML body, for an item that has content but no title. */
export function titleFromHtml(html: string, words = 12): string {
  const all = htmlToText(html).split(' ').filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')} ...` : all.join(' ');
}
