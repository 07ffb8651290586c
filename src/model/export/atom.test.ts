import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomErrors, atomFeedErrors } from '../../test-support/atom/atom-schema.ts';
import { seedLikePost } from '../../test-support/export-fixture.ts';
import { atomFeed, tagUri, type AtomFeedMeta, type AtomPost } from './atom.ts';

const meta: AtomFeedMeta = {
  id: tagUri('intel.example.org,2026', 'feeds/actors/lazarus-group'),
  title: 'Sitrep: Lazarus Group',
  subtitle: 'Posts that name Lazarus Group',
  selfHref: 'https://intel.example.org/sitrep/data/feeds/actors/lazarus-group.atom',
  alternateHref: 'https://intel.example.org/sitrep/actors/lazarus-group',
  appUrl: 'https://intel.example.org/sitrep/',
  tagAuthority: 'intel.example.org,2026',
};

/** The same feed written by a build that does not know the site's address. */
const relativeMeta: AtomFeedMeta = {
  ...meta,
  selfHref: 'lazarus-group.atom',
  alternateHref: '../../../actors/lazarus-group',
  appUrl: '../../../',
  relativeLinks: true,
};

const seedEntry: AtomPost = {
  slug: seedLikePost.slug,
  title: seedLikePost.title,
  date: seedLikePost.date,
  source: seedLikePost.source,
  url: seedLikePost.url,
  summary: 'A group of hackers calling themselves Lazarus modified their previous scheme to steal cryptocurrency.',
  categories: [{ term: 'lazarus-group', label: 'Lazarus Group' }],
};

interface Link {
  '@_rel': string;
  '@_href': string;
  '@_type': string;
}
interface Entry {
  '@_xml:lang'?: string;
  id: string;
  title: { '#text': string; '@_type': string };
  updated: string;
  published: string;
  author?: { name: string; uri?: string };
  link: Link[];
  category?: { '@_term': string; '@_label': string }[];
  summary?: { '#text': string; '@_type': string };
}
interface Feed {
  '@_xmlns': string;
  id: string;
  title: { '#text': string };
  subtitle?: { '#text': string };
  updated: string;
  author: { name: string };
  link: Link[];
  entry?: Entry[];
}

/** The feed parsed back by an XML parser, after checking it is well-formed. */
function parse(xml: string): Feed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  });
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('Atom feed', () => {
  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const feed = parse(atomFeed(meta, [seedEntry]));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('tag:intel.example.org,2026:feeds/actors/lazarus-group');
    expect(feed.title['#text']).toBe('Sitrep: Lazarus Group');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe('Sitrep');
    expect(feed.link).toEqual([
      { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': meta.selfHref },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': meta.alternateHref },
    ]);
    const [entry] = feed.entry ?? [];
    expect(entry?.id).toBe('tag:intel.example.org,2026:posts/lazarus-telegram-crypto-theft');
    expect(entry?.title).toEqual({ '#text': seedLikePost.title, '@_type': 'text' });
    expect(entry?.updated).toMatch(RFC3339);
  });

  it('links each entry to the post in Sitrep and to the original article, and credits the publication', () => {
    const [entry] = parse(atomFeed(meta, [seedEntry])).entry ?? [];
    expect(entry?.link).toEqual([
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://intel.example.org/sitrep/posts/lazarus-telegram-crypto-theft' },
      { '@_rel': 'related', '@_type': 'text/html', '@_href': seedLikePost.url },
    ]);
    expect(entry?.author).toEqual({ name: 'E Hacking News - Latest Hacker News and IT Security News', uri: 'https://www.ehackingnews.com/' });
    expect(entry?.summary).toEqual({ '#text': seedEntry.summary, '@_type': 'text' });
    expect(entry?.category).toEqual([{ '@_term': 'lazarus-group', '@_label': 'Lazarus Group' }]);
  });

  it('keeps the author\'s offset in dates and reads a day as midnight UTC', () => {
    const feed = parse(atomFeed(meta, [seedEntry, { ...seedEntry, slug: 'day-only', date: '2019-06-30' }, { ...seedEntry, slug: 'no-offset', date: '2019-07-01 08:30' }]));
    expect(feed.entry?.map((entry) => entry.published)).toEqual(['2020-01-11T15:47:00+01:00', '2019-06-30T00:00:00Z', '2019-07-01T08:30:00Z']);
    // The newest post, not the time of the build: an unchanged collection gives the same feed.
    expect(feed.updated).toBe('2020-01-11T15:47:00+01:00');
    expect(atomFeed(meta, [seedEntry])).toBe(atomFeed(meta, [seedEntry]));
  });

  it('escapes hostile titles, summaries and sources so they read back as text', () => {
    const title = '</title><script>alert(1)</script> ]]> ]]> & "x" <![CDATA[ y ]]>';
    const summary = '<img src=x onerror=alert(1)> &amp; \u0007bell';
    const source = { name: 'Evil <b>feed</b> & co', url: 'https://evil.example/?a=1&b="2"' };
    const feed = parse(atomFeed({ ...meta, title: `Sitrep: ${title}` }, [{ ...seedEntry, title, summary, source }]));
    const [entry] = feed.entry ?? [];
    expect(feed.title['#text']).toBe(`Sitrep: ${title}`);
    expect(entry?.title['#text']).toBe(title);
    expect(entry?.summary?.['#text']).toBe('<img src=x onerror=alert(1)> &amp; bell');
    expect(entry?.author).toEqual({ name: source.name, uri: 'https://evil.example/?a=1&b=%222%22' });
  });

  it('writes no link that is not http(s)', () => {
    const xml = atomFeed(meta, [{ ...seedEntry, url: 'javascript:alert(1)', source: { name: 'Feed', url: 'data:text/html,<script>' } }]);
    const [entry] = parse(xml).entry ?? [];
    expect(entry?.link.map((link) => link['@_rel'])).toEqual(['alternate']);
    expect(entry?.author).toEqual({ name: 'Feed' });
    expect(xml).not.toMatch(/javascript:|data:text/);
  });

  it('marks the language of an entry when it is known', () => {
    const feed = parse(atomFeed(meta, [{ ...seedEntry, language: 'ru' }, { ...seedEntry, slug: 'b', language: 'und' }]));
    expect(feed.entry?.map((entry) => entry['@_xml:lang'])).toEqual(['ru', undefined]);
  });

  it('is a valid feed with no entries, updated at the given time', () => {
    const feed = parse(atomFeed({ ...meta, updated: '2026-12-01T08:00:00Z' }, []));
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('2026-12-01T08:00:00Z');
  });

  it('refuses settings that cannot make a valid feed, saying how to fix them', () => {
    expect(() => atomFeed({ ...meta, tagAuthority: 'intel.example.org' }, [seedEntry])).toThrow(/write it as "intel.example.org,2026"/);
    expect(() => atomFeed({ ...meta, selfHref: '/feeds/all.xml' }, [seedEntry])).toThrow(/self link .* absolute http\(s\) URL/);
    expect(() => atomFeed({ ...meta, id: 'all posts' }, [seedEntry])).toThrow(/absolute URI/);
    expect(() => atomFeed({ ...meta, updated: 'yesterday' }, [seedEntry])).toThrow(/RFC 3339/);
    expect(() => atomFeed(meta, [{ ...seedEntry, date: 'soon' }])).toThrow(/post "lazarus-telegram-crypto-theft" has the date "soon"/);
  });

  it('is valid Atom 1.0 by RFC 4287\'s schema and rules: plain, hostile, empty and with relative links', async () => {
    const hostile = '</title><script>alert(1)</script> ]]> & "x" \u0007';
    const feeds = [
      atomFeed(meta, [seedEntry, { ...seedEntry, slug: 'day-only', date: '2019-06-30', language: 'ru', source: null, url: null, summary: '' }]),
      atomFeed({ ...meta, title: hostile, subtitle: hostile }, [{ ...seedEntry, title: hostile, summary: hostile, source: { name: hostile, url: 'javascript:x' } }]),
      atomFeed({ ...meta, updated: '2026-12-01T08:00:00Z' }, []),
      atomFeed(relativeMeta, [seedEntry]),
    ];
    expect(await atomErrors(feeds.map((xml, i) => ({ name: `feed-${i}.atom`, xml })))).toEqual([]);
  });

  it('has a validator that catches what RFC 4287 forbids', async () => {
    const valid = atomFeed(meta, [seedEntry]);
    // The grammar: a feed without updated.
    expect((await atomFeedErrors(valid.replace(/<updated>[^<]*<\/updated>\n {2}<link/, '<link'))).join('\n')).toMatch(/Relax-NG validity error/);
    // The rules around it: an id that is not an absolute IRI, an entry with nothing to open, a date without its zone.
    const errors = await atomFeedErrors(valid.replace('<id>tag:intel.example.org,2026:feeds', '<id>feeds').replace(/<link rel="alternate" type="text\/html" href="[^"]*posts[^"]*"\/>/, '').replace('<published>2020-01-11T15:47:00+01:00', '<published>2020-01-11T15:47:00'));
    expect(errors).toEqual([
      expect.stringMatching(/the feed: the id "feeds\/actors\/lazarus-group" is not an absolute IRI/),
      expect.stringMatching(/entry 1 has no alternate link and no content/),
      expect.stringMatching(/entry 1: published "2020-01-11T15:47:00" is not an RFC 3339 date-time/),
    ]);
  });

  it('writes its own links relative to the feed when asked, and only paths', () => {
    const feed = parse(atomFeed(relativeMeta, [seedEntry]));
    expect(feed.link.map((link) => link['@_href'])).toEqual(['lazarus-group.atom', '../../../actors/lazarus-group']);
    const [entry] = feed.entry ?? [];
    expect(entry?.link.map((link) => link['@_href'])).toEqual(['../../../posts/lazarus-telegram-crypto-theft', seedLikePost.url]);
    // The ids do not depend on where the feed is: they are the same as with absolute links.
    expect(entry?.id).toBe('tag:intel.example.org,2026:posts/lazarus-telegram-crypto-theft');
    for (const selfHref of ['javascript:alert(1)', '//evil.example/feed', 'a b', '']) {
      expect(() => atomFeed({ ...relativeMeta, selfHref }, [seedEntry])).toThrow(/must be a path relative to the feed/);
    }
  });

  it('builds tag URIs that stay URIs whatever the slug holds', () => {
    expect(tagUri('analyst@example.org,2026-12', 'posts/a b')).toBe('tag:analyst@example.org,2026-12:posts/a%20b');
  });

  it('gives a post slugged in another script an ASCII id and a link that opens it, relative or not', async () => {
    const post = { ...seedEntry, slug: 'взлом-криптобиржи', language: 'ru' };
    const encoded = encodeURIComponent(post.slug);
    const feeds = [atomFeed(meta, [post]), atomFeed(relativeMeta, [post])];
    expect(await atomErrors(feeds.map((xml, i) => ({ name: `cyrillic-${i}.atom`, xml })))).toEqual([]);
    const [absolute, relative] = feeds.map((xml) => parse(xml).entry?.[0]);
    expect(absolute?.id).toBe(`tag:intel.example.org,2026:posts/${encoded}`);
    expect(relative?.id).toBe(absolute?.id);
    expect(absolute?.link[0]?.['@_href']).toBe(`https://intel.example.org/sitrep/posts/${encoded}`);
    const resolved = new URL(relative?.link[0]?.['@_href'] ?? '', 'https://intel.example.org/sitrep/data/feeds/actors/lazarus-group.atom');
    expect(decodeURIComponent(resolved.pathname)).toBe(`/sitrep/posts/${post.slug}`);
  });
});
