/**
 * Cleans a post body before it is rendered: the trailing "from <feed> <link>" line of feed reposts
 * becomes the post's source, and ad-plugin residue is dropped.
 */
import type { Source } from '../model/format/data-format.ts';

/** The body without its source line, and the source that line named. */
export interface BodyParts {
  body: string;
  sourceLine: Source | null;
}

// "from E Hacking News - Latest Hacker News and IT Security News https://ift.tt/309Z8NS", the last
// line of posts reposted through IFTTT. The name never holds Markdown links: "from [a](..) via [b](..)"
// credits people, it does not name a feed.
const SOURCE_LINE = /^from\s+([^[\]\n]+?)\s+(https?:\/\/\S+)\s*$/;
// IFTTT sometimes adds its own credit after the source line.
const VIA_IFTTT = /^via\s+\[IFTTT\]\([^)]*\)\s*$/i;

/** Takes the trailing source line (and IFTTT's credit after it) off the body. */
export function takeSourceLine(body: string): BodyParts {
  const lines = body.split('\n');
  let last = lastContentLine(lines, lines.length);
  if (last !== -1 && VIA_IFTTT.test((lines[last] ?? '').trim())) last = lastContentLine(lines, last);
  const match = last === -1 ? null : SOURCE_LINE.exec((lines[last] ?? '').trim());
  if (!match || match[1] === undefined || match[2] === undefined) return { body, sourceLine: null };
  return {
    body: lines.slice(0, last).join('\n').trimEnd(),
    sourceLine: { name: match[1].trim(), url: match[2] },
  };
}

function lastContentLine(lines: string[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

// WordPress "Advanced Ads" shortcodes as they survive Markdown export, escaped or not:
// \[the\_ad id='1307'\], [the_ad_group id="12"], [the_ad_placement id="sidebar"].
const AD_SHORTCODE = /\\?\[the\\?_ad(?:\\?_group|\\?_placement)?\s+id=(["'])[^"'\]]*\1\s*\\?\][ \t]*/g;

/** Drops ad shortcode residue; a line left empty by it disappears with it. */
export function dropAdResidue(body: string): string {
  return body.replace(AD_SHORTCODE, '');
}
