import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed } from './feed-reader.ts';
import { FeedFileError } from './feed-xml.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

function feedError(text: string): FeedFileError {
  try {
    readFeed(text);
  } catch (error) {
    if (error instanceof FeedFileError) return error;
    throw error;
  }
  throw new Error('expected the feed to be refused');
}

describe('readFeed: RSS 2.0', () => {
  const feed = readFeed(fixture('rss.xml'));

  it('reads the channel as the source and every item with its fields as written', () => {
    expect(feed).toMatchObject({ format: 'RSS', title: 'Harbour Watch & Co', siteUrl: 'https://harbourwatch.example/', ignored: 0 });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({
      index: 1,
      at: { line: 8, column: 5 },
      title: 'Lazarus Group: exchange in Seoul loses $12 million to a fake job offer',
      date: { text: 'Tue, 14 Mar 2023 09:30:00 +0900', field: 'pubDate' },
      link: 'https://harbourwatch.example/2023/03/seoul-exchange-heist',
      tags: ['lazarus', 'crypto'],
      draft: false,
    });
  });

  it('prefers the full content (content:encoded) to the description, and reads escaped HTML as HTML', () => {
    expect(feed.items[0]?.html).toContain('<b>Lazarus Group</b>');
    expect(feed.items[0]?.html).not.toContain('A short summary');
    expect(feed.items[1]?.html).toBe('<p>A ransomware crew published patient records on its leak site.</p>');
  });

  it('decodes character references in titles but keeps a tag the author wrote as text', () => {
    expect(feed.items[2]?.title).toBe('Phishing kit uses <script> tricks \u2013 what to look for');
  });

  it('finds the content namespace by its URI, whatever prefix the feed gives it', () => {
    const renamed = readFeed(
      '<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>' +
        '<item><title>A</title><c:encoded>&lt;p&gt;Full&lt;/p&gt;</c:encoded><content:encoded xmlns:content="urn:other">no</content:encoded></item></channel></rss>',
    );
    expect(renamed.items[0]?.html).toBe('<p>Full</p>');
  });
});

describe('readFeed: Atom', () => {
  const feed = readFeed(fixture('atom.xml'));

  it('resolves relative links against xml:base and reads an HTML title as text', () => {
    expect(feed).toMatchObject({ format: 'Atom', title: 'Lighthouse Threat Notes', siteUrl: 'https://lighthouse.example/' });
    expect(feed.items[0]).toMatchObject({
      title: 'Sandworm targets grid operators in Poland',
      link: 'https://lighthouse.example/2024/06/sandworm-grid',
      guid: 'tag:lighthouse.example,2024:sandworm-grid',
      date: { text: '2024-06-01T16:20:00.000+02:00', field: 'published' },
      tags: ['Sandworm', 'ics'],
    });
  });

  it('keeps XHTML content as written and turns plain-text summaries into paragraphs', () => {
    expect(feed.items[0]?.html).toBe('<p>Operators of the Polish grid reported intrusions attributed to <em>Sandworm</em>.</p>');
    expect(feed.items[1]?.html).toBe('<p>APT29 sent invitations to diplomats.</p>\n<p>A second paragraph with *stars* and 1 &lt; 2.</p>');
  });

  it('keeps a plain-text title exactly, and dates an entry without <published> by <updated>', () => {
    expect(feed.items[1]).toMatchObject({ title: 'Notes <draft> on APT29 phishing', date: { text: '2024-05-20T09:00:00Z', field: 'updated' } });
  });
});

describe('readFeed: Blogger exports', () => {
  it('keeps only the posts of a classic export, drafts marked, and counts the other entries', () => {
    const feed = readFeed(fixture('blogger-export.xml'));
    expect(feed.format).toBe('Blogger export');
    expect(feed.items.map((item) => [item.title, item.draft])).toEqual([
      ['Kimsuky sends fake "security alerts" to researchers', false],
      ['Half-written notes on a wiper', true],
    ]);
    // The template, two settings, a comment and a page.
    expect(feed.ignored).toBe(5);
    expect(feed.items[0]).toMatchObject({
      index: 4,
      link: 'https://cybertide.blogspot.com/2021/01/kimsuky-fake-alerts.html',
      tags: ['Kimsuky', 'phishing'],
    });
  });

  it('keeps only the live posts of a Takeout export, linked through their file name', () => {
    const feed = readFeed(fixture('blogger-takeout.atom'));
    expect(feed.items).toHaveLength(1);
    expect(feed.ignored).toBe(3);
    expect(feed.items[0]).toMatchObject({
      title: 'Scattered Spider calls help desks again',
      link: 'https://packetnotes.blogspot.com/2023/09/scattered-spider-help-desks.html',
      tags: ['scattered-spider'],
    });
  });
});

describe('readFeed: files that are not feeds', () => {
  it('says a file is not XML', () => {
    const error = feedError(fixture('broken/not-xml.xml'));
    expect(error.message).toContain('not XML');
    expect(error.at).toEqual({ line: 1, column: 1 });
  });

  it('says a truncated file was cut short, at its end, naming the elements left open', () => {
    const error = feedError(fixture('broken/truncated.xml'));
    expect(error.message).toBe('the file ends before <title>, <item>, <channel>, <rss> are closed: it looks cut short');
    expect(error.at.line).toBe(11);
  });

  it('points at a mismatched closing tag', () => {
    const error = feedError('<rss>\n<channel>\n<title>x</b>\n</channel></rss>');
    expect(error.message).toContain("Expected closing tag 'title'");
    expect(error.at).toEqual({ line: 3, column: 9 });
  });

  it('names the root element of XML that is not a feed, and refuses RSS 1.0 and un-namespaced Atom', () => {
    const page = feedError(fixture('broken/page.xml'));
    expect(page.message).toBe('the file is XML but not a feed: its root element is <html>');
    expect(page.notAFeed).toBe(true);
    expect(feedError('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>').message).toContain('RSS 1.0');
    expect(feedError('<feed><title>x</title></feed>').fix).toContain('xmlns="http://www.w3.org/2005/Atom"');
  });

  it('never expands entities a DOCTYPE declares', () => {
    const lol = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<rss version="2.0"><channel><title>&b;&b;</title></channel></rss>';
    expect(readFeed(lol).title).toBe('&b;&b;');
  });
});
