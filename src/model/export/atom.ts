/**
 * Atom 1.0 feeds (RFC 4287) of posts, written at build time for the whole collection, each actor
 * and each victim country, so an analyst can subscribe to "Lazarus" in any feed reader
 * (docs/export-formats.md#atom).
 *
 * Written by hand rather than with the `feed` package: its Atom writer (6.0.0) puts titles and
 * summaries in CDATA as `type="html"` and escapes only the first `]]>`, so a title holding two of
 * them makes the feed malformed, a plain-text title with `<` is read as markup, control characters
 * pass into the XML, and an entry cannot carry a `rel="related"` link. The format needs a dozen
 * elements; escaping them (xml.ts) is the part that matters, and it is tested on hostile input.
 */
import { parsePostDate } from '../post-date.ts';
import type { Source } from '../format/data-format.ts';
import { paths } from '../view/paths.ts';
import { httpUrl } from './safe-url.ts';
import { xmlAttribute, xmlText } from './xml.ts';

/** A post as a feed entry needs it. */
export interface AtomPost {
  slug: string;
  title: string;
  /** The post date as compiled: ISO 8601 with the author's offset, or a day. */
  date: string;
  source: Source | null;
  /** The original article; only an http(s) link is written. */
  url: string | null;
  /** Plain text; empty leaves the summary out. */
  summary: string;
  /** ISO 639-1 code of the post's language, when known. */
  language?: string;
  /** Catalog entities the post names (actors, victim countries), as Atom categories. */
  categories?: { term: string; label: string }[];
}

/** The feed itself. */
export interface AtomFeedMeta {
  /** A permanent id: a tag: URI (see `tagUri`) or an absolute URL. */
  id: string;
  title: string;
  subtitle?: string;
  /** The URL the feed is served at: absolute, or relative to the feed itself with `relativeLinks`. */
  selfHref: string;
  /** The URL of the page the feed follows (the actor's page, the explorer), absolute or, with `relativeLinks`, relative. */
  alternateHref: string;
  /** RFC 3339. Default: the newest entry's date, so an unchanged collection gives the same bytes. */
  updated?: string;
  /** The app's root URL, ending in `/`; a post's page is `<appUrl>posts/<slug>`. */
  appUrl: string;
  /**
   * Write the feed's own links (self, alternate, each post's page) as paths relative to the feed's
   * address (`../../posts/<slug>`), for a build that does not know the site's URL. Atom allows
   * relative references and readers resolve them against the address they fetched the feed from
   * (RFC 4287 section 4.2.7, RFC 3986 section 5.1). Without it every such link must be an absolute
   * http(s) URL. Links to original articles are absolute either way.
   */
  relativeLinks?: boolean;
  /**
   * Who mints the entry ids (RFC 4151): a domain or e-mail address the deployer controlled on a
   * date, `intel.example.org,2026`. Entry ids are `tag:<authority>:posts/<slug>`, so they survive
   * the site moving to another address.
   */
  tagAuthority: string;
  /** The feed's author; entries name their publication instead. Default "Sitrep". */
  author?: string;
}

// RFC 4151 taggingEntity: a DNS name or an e-mail address, a comma, and YYYY[-MM[-DD]].
const TAG_AUTHORITY = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+),\d{4}(?:-\d{2}(?:-\d{2})?)?$/i;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A tag: URI (RFC 4151), `tag:intel.example.org,2026:feeds/actors/lazarus-group`. Throws on a malformed authority. */
export function tagUri(authority: string, specific: string): string {
  if (!TAG_AUTHORITY.test(authority)) {
    throw new Error(`Atom: the tag authority "${authority}" is not a domain or e-mail address and a date; write it as "intel.example.org,2026"`);
  }
  // RFC 4151 `specific` is URI path characters: anything else is percent-encoded.
  return `tag:${authority}:${specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (char) => encodeURIComponent(char))}`;
}

/** A post date as RFC 3339: the author's offset kept, a day read as midnight UTC. */
function rfc3339(post: AtomPost): { text: string; epochMs: number } {
  const date = parsePostDate(post.date);
  // The compiler leaves out posts without a readable date, so this is a caller's mistake.
  if (!date) throw new Error(`Atom: post "${post.slug}" has the date "${post.date}", which is not a date`);
  if (!date.iso.includes('T')) return { text: `${date.iso}T00:00:00Z`, epochMs: date.epochMs };
  return { text: /[+-]\d{2}:\d{2}$/.test(date.iso) ? date.iso : `${date.iso}Z`, epochMs: date.epochMs };
}

function requireHttp(href: string, what: string): string {
  const url = httpUrl(href);
  if (!url) throw new Error(`Atom: the ${what} "${href}" must be an absolute http(s) URL`);
  return url;
}

// A relative reference of the path form (`../../posts/x`, `all.atom`): no scheme, no host, no
// character a reader could take for the end of the link.
const RELATIVE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s\\"<>]+$/i;

/** The link as written: absolute http(s), or with `relative` a path relative to the feed. */
function requireLink(href: string, what: string, relative: boolean): string {
  if (!relative) return requireHttp(href, what);
  if (!RELATIVE_PATH.test(href)) throw new Error(`Atom: the ${what} "${href}" must be a path relative to the feed, such as ../../posts/x, when links are relative`);
  return href;
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

function link(rel: string, href: string, type: string): string {
  return `<link rel="${rel}" type="${type}" href="${xmlAttribute(href)}"/>`;
}

function entry(post: AtomPost, meta: AtomFeedMeta, appUrl: string, date: string): string {
  const path = paths.post.getHref(post.slug).slice(1);
  const page = meta.relativeLinks ? `${appUrl}${path}` : new URL(path, appUrl).href;
  const article = httpUrl(post.url);
  const sourceUrl = httpUrl(post.source?.url);
  const lang = post.language && /^[a-z]{2,3}$/.test(post.language) && post.language !== 'und' ? ` xml:lang="${post.language}"` : '';
  const lines = [
    element('id', tagUri(meta.tagAuthority, `posts/${post.slug}`)),
    element('title', post.title, ' type="text"'),
    element('updated', date),
    element('published', date),
    ...(post.source?.name ? [`<author>${element('name', post.source.name)}${sourceUrl ? element('uri', sourceUrl) : ''}</author>`] : []),
    link('alternate', page, 'text/html'),
    ...(article ? [link('related', article, 'text/html')] : []),
    ...(post.categories ?? []).map((category) => `<category term="${xmlAttribute(category.term)}" label="${xmlAttribute(category.label)}"/>`),
    ...(post.summary.trim() ? [element('summary', post.summary.trim(), ' type="text"')] : []),
  ];
  return `  <entry${lang}>\n${lines.map((line) => `    ${line}\n`).join('')}  </entry>\n`;
}

/**
 * The Atom document of `posts`, in the order given (newest first, as the index keeps them). Throws
 * when the metadata cannot make a valid feed (a relative self link without `relativeLinks`, a
 * malformed tag authority): those are the deployer's settings, checked once at build time.
 */
export function atomFeed(meta: AtomFeedMeta, posts: readonly AtomPost[]): string {
  const relative = meta.relativeLinks === true;
  const selfHref = requireLink(meta.selfHref, 'self link', relative);
  const alternateHref = requireLink(meta.alternateHref, 'alternate link', relative);
  const root = requireLink(meta.appUrl, 'app URL', relative);
  const appUrl = root.endsWith('/') ? root : `${root}/`;
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(meta.id)) throw new Error(`Atom: the feed id "${meta.id}" must be an absolute URI, such as a tag: URI`);
  // Checked before any entry, so a bad authority fails even for an empty feed.
  tagUri(meta.tagAuthority, 'posts');

  const dates = posts.map(rfc3339);
  const newest = dates.reduce<{ text: string; epochMs: number } | null>((best, date) => (best === null || date.epochMs > best.epochMs ? date : best), null);
  if (meta.updated !== undefined && !RFC3339.test(meta.updated)) throw new Error(`Atom: updated "${meta.updated}" is not an RFC 3339 date-time such as 2026-12-01T08:00:00Z`);
  const updated = meta.updated ?? newest?.text ?? '1970-01-01T00:00:00Z';

  const head = [
    element('id', meta.id),
    element('title', meta.title, ' type="text"'),
    ...(meta.subtitle ? [element('subtitle', meta.subtitle, ' type="text"')] : []),
    element('updated', updated),
    link('self', selfHref, 'application/atom+xml'),
    link('alternate', alternateHref, 'text/html'),
    `<author>${element('name', meta.author ?? 'Sitrep')}</author>`,
    element('generator', 'Sitrep'),
  ];
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    head.map((line) => `  ${line}\n`).join('') +
    posts.map((post, i) => entry(post, meta, appUrl, dates[i]?.text ?? updated)).join('') +
    '</feed>\n'
  );
}
