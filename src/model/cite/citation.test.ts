import { describe, expect, it } from 'vitest';
import { parseCiteAnchor, resolveCiteAnchor } from './anchor.ts';
import { citationLink, citationText, figureCitation, paragraphCitation, shortQuote, type CitablePost, type CitedPost } from './citation.ts';

const seed: CitedPost = {
  slug: 'lazarus-telegram-crypto-theft',
  title: 'Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger',
  date: '2020-01-11T15:47:00+01:00',
  source: { name: 'E Hacking News', url: 'https://www.ehackingnews.com' },
  url: 'https://ift.tt/309Z8NS',
};
const anchor = { paragraph: '0a1b2c3d', sentence: '99aabbcc' };

describe('citations', () => {
  it('quote the passage, then name the title, source and day, the link to the passage and the article', () => {
    const text = citationText({ post: seed, quote: 'Hackers stole $571 million.', anchor }, 'https://intel.example.org/');
    expect(text.split('\n')).toEqual([
      '“Hackers stole $571 million.”',
      `${seed.title}. E Hacking News, 11 January 2020.`,
      'https://intel.example.org/posts/lazarus-telegram-crypto-theft#cite-0a1b2c3d-99aabbcc',
      'Original article: https://ift.tt/309Z8NS',
    ]);
  });

  it('give the day as the author dated it, not as the reader’s time zone would', () => {
    const late = { ...seed, date: '2020-01-11T23:30:00-08:00' };
    expect(citationText({ post: late, quote: 'x', anchor: null }, 'https://a.example/')).toContain('11 January 2020.');
  });

  it('leave out a source that is not there and an article link that is not http(s)', () => {
    const bare = { ...seed, source: null, url: 'javascript:alert(1)' };
    const lines = citationText({ post: bare, quote: 'x', anchor: null }, 'https://a.example/').split('\n');
    expect(lines[1]).toBe(`${seed.title}. 11 January 2020.`);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('javascript:');
  });

  it('link under the app’s sub-path, with the anchor it was given, read back the same', () => {
    const link = citationLink('https://intel.example.org/sitrep', 'a b', anchor);
    expect(link).toBe('https://intel.example.org/sitrep/posts/a%20b#cite-0a1b2c3d-99aabbcc');
    expect(parseCiteAnchor(new URL(link).hash)).toEqual(anchor);
    expect(citationLink('https://intel.example.org/sitrep/', 'a', null)).toBe('https://intel.example.org/sitrep/posts/a');
  });

  it('link a post whose slug is in another script by its own address, percent-encoded', () => {
    const link = citationLink('https://intel.example.org/', 'взлом-биржи', anchor);
    expect(link).toBe(`https://intel.example.org/posts/${encodeURIComponent('взлом-биржи')}#cite-0a1b2c3d-99aabbcc`);
    expect(decodeURIComponent(new URL(link).pathname)).toBe('/posts/взлом-биржи');
  });

  it('shorten a long paragraph at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(200)}end`;
    const quote = shortQuote(long, 40);
    expect(quote.length).toBeLessThanOrEqual(41);
    expect(quote).toMatch(/^word( word)*…$/);
    expect(shortQuote('  short \n text ')).toBe('short text');
  });
});

describe('citations of a post body', () => {
  const sentence = 'Last fall, Group-IB said that hackers stole $571 million in cryptocurrencies.';
  const body: CitablePost = {
    title: seed.title,
    date: seed.date,
    source: seed.source,
    url: seed.url,
    text: ['Lazarus is back.', `Kaspersky named no victims. ${sentence} The group denies it.`],
    figures: [{ text: '$571 million', amount: 571e6, currency: 'USD', kind: 'theft', sentence }],
  };

  it('quote a figure’s sentence and anchor that sentence', () => {
    const citation = figureCitation(seed.slug, body, 0);
    expect(citation.quote).toBe(sentence);
    expect(citation.post).toEqual(seed);
    expect(citation.anchor && resolveCiteAnchor(citation.anchor, body)).toEqual({ paragraph: 1, sentence });
  });

  it('quote a paragraph and anchor the paragraph', () => {
    const citation = paragraphCitation(seed.slug, body, 0);
    expect(citation.quote).toBe('Lazarus is back.');
    expect(citation.anchor && resolveCiteAnchor(citation.anchor, body)).toEqual({ paragraph: 0, sentence: null });
  });
});
