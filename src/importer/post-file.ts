/**
 * One feed item as a post file: judges its fields (a bad item is reported and skipped, a fixable one
 * kept with a warning), names the file after the item's identity, and writes the front matter.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { ProblemList } from '../compiler/problems.ts';
import { slugify } from '../compiler/slug.ts';
import type { Source } from '../model/format/data-format.ts';
import { parsePostDate } from '../model/post-date.ts';
import { feedDateToIso } from './feed-date.ts';
import type { FeedItem } from './feed-reader.ts';
import { htmlBody, oneLine, titleFromHtml } from './feed-text.ts';

/** A post ready to be written. */
export interface PostFile {
  /** `<day>-<slug of title>-<key>.md`. */
  fileName: string;
  /** The item's identity: the same item in a later import has the same key. */
  key: string;
  text: string;
}

/** Characters of the identity hash in the file name: 40 bits, so 100,000 posts share one by chance about once in 200 collections. */
export const KEY_LENGTH = 10;
const SLUG_LENGTH = 60;

const SKIPPED = 'the item is skipped; the other items are imported';

/**
 * The post file for one item, or `null` (with an error in `problems`) when the item cannot be a post:
 * no title and no content, no date that can be read, or nothing that identifies it.
 * `source` is the feed as the posts' source; `feedKey` tells apart guids that are unique only within their feed.
 */
export function itemToPost(item: FeedItem, source: Source | null, feedKey: string, problems: ProblemList): PostFile | null {
  const name = itemName(item);
  if (!item.title && !item.html) {
    problems.error(item.at, `${name} has neither a title nor any content`, `give it a <title> or content; ${SKIPPED}`);
    return null;
  }
  const date = readDate(item, name, problems);
  if (!date) return null;

  const url = readLink(item, name, problems);
  const identity = identityOf(item.guid, url, feedKey);
  if (!identity) {
    problems.error(item.at, `${name} has no link and no guid or id, so a later import could not tell it was already imported`, `give it a <link> or a <guid>; ${SKIPPED}`);
    return null;
  }
  if (!item.link) {
    problems.warning(item.at, `${name} has no link to the original article; it is imported without url`, 'add url: https://... to the post if you know the address');
  }

  // The reader already gives one-line text; the file writer still guarantees it, as it owns the format.
  let title = oneLine(item.title ?? '');
  if (!title) {
    title = titleFromHtml(item.html ?? '');
    problems.warning(item.at, `${name} has no title; it is imported as "${title}"`, 'edit the title: line of the imported post');
  }

  const key = createHash('sha256').update(identity).digest('hex').slice(0, KEY_LENGTH);
  const slug = truncateSlug(slugify(title)) || 'post';
  const day = parsePostDate(date)?.day ?? date.slice(0, 10);
  return {
    fileName: `${day}-${slug}-${key}.md`,
    key,
    text: renderPost(
      { title, date, draft: item.draft, source, url, tags: item.tags.map(oneLine).filter(Boolean), guid: item.guid && oneLine(item.guid) },
      item.html ?? '',
    ),
  };
}

/** Only http and https addresses are kept: a `javascript:` or `file:` link must never reach a reader. */
export function webAddress(text: string | null): string | null {
  if (!text) return null;
  return URL.canParse(text) && /^https?:$/i.test(new URL(text).protocol) ? text : null;
}

interface FrontMatter {
  title: string;
  date: string;
  draft: boolean;
  source: Source | null;
  url: string | null;
  tags: string[];
  guid: string | null;
}

// The post file's text: front matter in the documented format, then the body as HTML.
function renderPost(fields: FrontMatter, html: string): string {
  const data: Record<string, unknown> = { title: fields.title, date: fields.date };
  if (fields.draft) data.draft = true;
  if (fields.source) data.source = fields.source.url ? { name: fields.source.name, url: fields.source.url } : fields.source.name;
  if (fields.url) data.url = fields.url;
  if (fields.tags.length) data.tags = fields.tags;
  // Not read by the compiler; it records which feed item the post came from.
  if (fields.guid) data.guid = fields.guid;
  // Every string quoted, so no reader of the front matter (YAML 1.1 or 1.2) takes a title such as
  // "no" or "2020" for a boolean or a number; lineWidth 0 keeps each title on one line.
  const yaml = stringify(data, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const body = htmlBody(html);
  return `---\n${yaml}---\n${body ? `\n${body}` : ''}`;
}

function readDate(item: FeedItem, name: string, problems: ProblemList): string | null {
  if (!item.date) {
    problems.error(item.at, `${name} has no date`, `give it a <pubDate> (RSS) or <published> (Atom); ${SKIPPED}`);
    return null;
  }
  const iso = feedDateToIso(item.date.text);
  if (!iso) {
    problems.error(
      item.at,
      `${name}: "${item.date.text}" in <${item.date.field}> is not a date with a known time zone`,
      `write it as Sat, 11 Jan 2020 15:47:00 +0100 or 2020-01-11T15:47:00+01:00; ${SKIPPED}`,
    );
  }
  return iso;
}

function readLink(item: FeedItem, name: string, problems: ProblemList): string | null {
  const url = webAddress(item.link);
  if (item.link && !url) {
    problems.warning(item.at, `${name}: the link "${item.link}" is not an http or https address; it is left out`, 'nothing to do, unless the feed should give a web address');
  }
  return url;
}

// A guid that is a URI (a permalink, a tag: URI) names the item anywhere; a bare one ("1234") only
// within its feed, so it is qualified by the feed.
function identityOf(guid: string | null, url: string | null, feedKey: string): string | null {
  if (guid) return /^[a-z][a-z0-9+.-]*:/i.test(guid) ? guid : `${feedKey}#${guid}`;
  return url;
}

function truncateSlug(slug: string): string {
  if (slug.length <= SLUG_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_LENGTH);
  const dash = cut.lastIndexOf('-');
  return dash > SLUG_LENGTH / 2 ? cut.slice(0, dash) : cut;
}

function itemName(item: FeedItem): string {
  return item.title ? `item ${item.index} ("${item.title.length > 60 ? `${item.title.slice(0, 57)}...` : item.title}")` : `item ${item.index}`;
}
