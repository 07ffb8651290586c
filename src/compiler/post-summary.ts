/**
 * A post's summary for feed readers: the opening of its plain text (the paragraphs the index reads),
 * in whole words. Made when the post compiles and kept with its record, so writing the feeds reads
 * no post bodies.
 */

/** The longest summary, in characters, the ellipsis included. */
export const SUMMARY_LENGTH = 280;

/** The first words of `paragraphs`, at most `max` characters, with an ellipsis when cut. */
export function postSummary(paragraphs: readonly string[], max = SUMMARY_LENGTH): string {
  let text = '';
  for (const paragraph of paragraphs) {
    const clean = paragraph.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    text = text ? `${text} ${clean}` : clean;
    if (text.length > max) break;
  }
  if (text.length <= max) return text;
  // Cut at the last space that leaves room for the ellipsis; a single long word is cut inside.
  const space = text.lastIndexOf(' ', max - 1);
  const cut = space > max / 2 ? text.slice(0, space) : sliceWhole(text, max - 1);
  return `${cut.replace(/[\s,;:.-]+$/, '')}\u2026`;
}

/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair. */
function sliceWhole(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
