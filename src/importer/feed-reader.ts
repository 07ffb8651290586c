/**
 * Reads RSS 2.0 and Atom feeds, and Blogger's Atom exports, into items with the fields a post needs,
 * as the feed wrote them. Judging them (dates, links, missing fields) is post-file.ts's job.
 */
import type { Position } from '../compiler/problems.ts';
import { htmlToText, oneLine, textToHtml, titleText } from './feed-text.ts';
import { FeedFileError, child, childText, children, readXml, type XmlElement } from './feed-xml.ts';

/** What kind of file a feed was. */
export type FeedFormat = 'RSS' | 'Atom' | 'Blogger export';

/** One item or entry, its fields as the feed gave them (text decoded, HTML still HTML). */
export interface FeedItem {
  /** 1-based place among the feed's items, counting the entries a Blogger export leaves out. */
  index: number;
  /** Where the item's start tag is. */
  at: Position;
  title: string | null;
  /** The date as written, and the element it came from, for messages. */
  date: { text: string; field: string } | null;
  /** The article's address as written (resolved against the feed's base), or `null`. */
  link: string | null;
  /** RSS `guid` or Atom `id`. */
  guid: string | null;
  tags: string[];
  /** The body as HTML, or `null` when the item has none. */
  html: string | null;
  /** A Blogger draft. */
  draft: boolean;
}

/** A feed file, read. */
export interface Feed {
  format: FeedFormat;
  /** Where the root element starts, for problems with the feed as a whole. */
  at: Position;
  /** The feed's title: the posts' source name. */
  title: string | null;
  /** The site the feed is for, as written: the posts' source link. */
  siteUrl: string | null;
  items: FeedItem[];
  /** Blogger export entries that are not posts (settings, template, comments, pages) or are trashed. */
  ignored: number;
}

const ATOM = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const BLOGGER = 'http://schemas.google.com/blogger/2018';
const APP = ['http://purl.org/atom/app#', 'http://www.w3.org/2007/app'];
// Blogger's classic export marks every entry's kind with a category in this scheme.
const BLOGGER_KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
const BLOGGER_POST_KIND = 'http://schemas.google.com/blogger/2008/kind#post';

const FIX_FORMAT = 'give an RSS 2.0 (<rss>) or Atom (<feed>) file, or a Blogger export; a web page is not a feed';

/** Reads a feed's text. Throws `FeedFileError` when it is not XML or not a feed. */
export function readFeed(source: string): Feed {
  const root = readXml(source);
  if (root.local === 'rss' && root.ns === '') return readRss(root);
  if (root.local === 'feed' && ATOM.includes(root.ns)) return readAtom(source, root);
  const at = root.at;
  if (root.local === 'RDF') {
    throw new FeedFileError('this is an RSS 1.0 (RDF) feed, which the importer does not read', at, 'ask the site for its RSS 2.0 or Atom feed');
  }
  if (root.local === 'feed') {
    throw new FeedFileError(`the <feed> element is not in the Atom namespace (${root.ns || 'none'})`, at, 'declare xmlns="http://www.w3.org/2005/Atom" on <feed>, as Atom requires');
  }
  throw new FeedFileError(`the file is XML but not a feed: its root element is <${root.local}>`, at, FIX_FORMAT, true);
}

function readRss(root: XmlElement): Feed {
  const channel = child(root, '', 'channel');
  if (!channel) throw new FeedFileError('the RSS file has no <channel>', root.at, 'put the feed\'s title, link and items inside <rss><channel>');
  const items = children(channel, '', 'item').map((item, i): FeedItem => {
    const guid = child(item, '', 'guid');
    const guidText = guid?.text.trim() || null;
    // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
    const guidLink = guid && guid.attrs.isPermaLink?.trim().toLowerCase() !== 'false' ? guidText : null;
    const html = childText(item, CONTENT, 'encoded') ?? childText(item, '', 'description');
    return {
      index: i + 1,
      at: item.at,
      title: textOf(childText(item, '', 'title')),
      date: firstDate(item, [['', 'pubDate'], [DC, 'date']]),
      link: childText(item, '', 'link') ?? guidLink ?? alternateLink(item, null),
      guid: guidText,
      tags: unique([...children(item, '', 'category'), ...children(item, DC, 'subject')].map((el) => titleText(el.text))),
      html,
      draft: false,
    };
  });
  return {
    format: 'RSS',
    at: channel.at,
    title: textOf(childText(channel, '', 'title')),
    siteUrl: childText(channel, '', 'link') ?? alternateLink(channel, null),
    items,
    ignored: 0,
  };
}

function readAtom(source: string, root: XmlElement): Feed {
  const feedBase = root.attrs['xml:base']?.trim() || null;
  const siteUrl = alternateLink(root, feedBase);
  const entries = children(root, ATOM, 'entry');
  const blogger = entries.some((entry) => bloggerKind(entry) !== null);
  const items: FeedItem[] = [];
  let ignored = 0;
  entries.forEach((entry, i) => {
    const kind = bloggerKind(entry);
    if (kind !== null && !kind.post) {
      ignored++;
      return;
    }
    const base = entry.attrs['xml:base']?.trim() || feedBase || siteUrl;
    // Blogger's newer (Takeout) export gives a post's path, not its link.
    const filename = childText(entry, BLOGGER, 'filename');
    items.push({
      index: i + 1,
      at: entry.at,
      title: atomText(source, child(entry, ATOM, 'title')),
      date: firstDate(entry, [[ATOM, 'published'], [ATOM, 'issued'], [ATOM, 'updated'], [ATOM, 'modified']]),
      link: alternateLink(entry, base) ?? (filename && base ? resolve(filename, base) : null),
      guid: childText(entry, ATOM, 'id'),
      tags: unique(
        children(entry, ATOM, 'category')
          .filter((category) => category.attrs.scheme !== BLOGGER_KIND_SCHEME)
          .map((category) => oneLine(category.attrs.label ?? category.attrs.term ?? '')),
      ),
      html: atomHtml(source, child(entry, ATOM, 'content')) ?? atomHtml(source, child(entry, ATOM, 'summary')),
      draft: kind?.draft ?? false,
    });
  });
  return {
    format: blogger ? 'Blogger export' : 'Atom',
    at: root.at,
    title: atomText(source, child(root, ATOM, 'title')),
    siteUrl,
    items,
    ignored,
  };
}

/**
 * What a Blogger export says an entry is: `null` for an ordinary Atom entry. The classic export
 * marks kinds with a category (`kind#post`, `kind#comment`, `kind#settings`, `kind#template`,
 * `kind#page`), the newer one with `<blogger:type>` (POST, PAGE, COMMENT) and `<blogger:status>`.
 */
function bloggerKind(entry: XmlElement): { post: boolean; draft: boolean } | null {
  const type = childText(entry, BLOGGER, 'type');
  if (type !== null) {
    const status = (childText(entry, BLOGGER, 'status') ?? '').toUpperCase();
    const trashed = status.includes('TRASH') || status === 'DELETED' || child(entry, BLOGGER, 'trashed') !== undefined;
    return { post: type.toUpperCase() === 'POST' && !trashed, draft: status === 'DRAFT' };
  }
  const kind = children(entry, ATOM, 'category').find((category) => category.attrs.scheme === BLOGGER_KIND_SCHEME);
  if (!kind) return null;
  const control = child(entry, APP, 'control');
  const draft = control ? childText(control, APP, 'draft')?.toLowerCase() === 'yes' : false;
  return { post: kind.attrs.term === BLOGGER_POST_KIND, draft };
}

/** An Atom text construct as plain text (titles). */
function atomText(source: string, element: XmlElement | undefined): string | null {
  if (!element) return null;
  const type = element.attrs.type?.trim().toLowerCase() ?? 'text';
  if (type === 'html' || type === 'text/html') return titleText(element.text) || null;
  if (type === 'xhtml') return htmlToText(xhtmlInner(source, element)) || null;
  return oneLine(element.text) || null;
}

/** An Atom content or summary element as HTML; `null` when empty or out of line (`src=`). */
function atomHtml(source: string, element: XmlElement | undefined): string | null {
  if (!element || element.attrs.src) return null;
  const type = element.attrs.type?.trim().toLowerCase() ?? 'text';
  const html = type === 'xhtml' ? xhtmlInner(source, element) : type === 'html' || type === 'text/html' ? element.text : textToHtml(element.text);
  return html.trim() || null;
}

// Atom's xhtml content is one <div> in the XHTML namespace; its inner markup, as written, is the HTML.
function xhtmlInner(source: string, element: XmlElement): string {
  const container = element.children[0] ?? element;
  const raw = source.slice(container.start, container.end);
  const open = raw.indexOf('>');
  const close = raw.lastIndexOf('</');
  return open === -1 || close <= open ? '' : raw.slice(open + 1, close);
}

/** The `rel="alternate"` link (or a link without `rel`, which means the same), resolved against `base`. */
function alternateLink(element: XmlElement, base: string | null): string | null {
  const links = children(element, ATOM, 'link').filter((link) => (link.attrs.rel ?? 'alternate').trim() === 'alternate');
  const link = links.find((l) => !l.attrs.type || l.attrs.type.includes('html')) ?? links[0];
  const href = link?.attrs.href?.trim();
  if (!href) return null;
  return base ? resolve(href, base) : href;
}

// A relative href becomes absolute; one that cannot be resolved stays as written, to be judged later.
function resolve(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function firstDate(element: XmlElement, fields: [string | readonly string[], string][]): FeedItem['date'] {
  for (const [ns, local] of fields) {
    const text = childText(element, ns, local);
    if (text !== null) return { text, field: local };
  }
  return null;
}

// RSS leaves open whether text fields hold HTML; feeds escape HTML in them often enough to read them as HTML.
function textOf(text: string | null): string | null {
  return text ? titleText(text) || null : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
