import { describe, expect, it } from 'vitest';
import { compilePost } from '../compiler/compile-post.ts';
import { ProblemList } from '../compiler/problems.ts';
import type { FeedItem } from './feed-reader.ts';
import { itemToPost, webAddress } from './post-file.ts';

const SOURCE = { name: 'Harbour Watch', url: 'https://harbourwatch.example/' };

function item(fields: Partial<FeedItem>): FeedItem {
  return {
    index: 1,
    at: { line: 5, column: 3 },
    title: 'A title',
    date: { text: 'Tue, 14 Mar 2023 09:30:00 +0900', field: 'pubDate' },
    link: 'https://harbourwatch.example/a',
    guid: null,
    tags: [],
    html: '<p>Body.</p>',
    draft: false,
    ...fields,
  };
}

function compiled(fields: Partial<FeedItem>) {
  const problems = new ProblemList('feed.xml');
  const post = itemToPost(item(fields), SOURCE, 'https://harbourwatch.example/', problems);
  if (!post) throw new Error(`no post: ${JSON.stringify(problems.items)}`);
  return { file: post, ...compilePost(post.fileName, post.text) };
}

describe('itemToPost', () => {
  it('quotes what YAML would misread, and keeps every title on one line', () => {
    const titles = [
      "It's a trap: \"quoted\" # not a comment",
      'no',
      '2024',
      '[brackets] and {braces}',
      '- a dash, then & an * and a ! and a %',
      `A very long title ${'that goes on '.repeat(20)}and ends here`,
      'Control\u0085characters\u2028and line separators',
    ];
    for (const title of titles) {
      const { file, post, problems } = compiled({ title, tags: ['no', 'yes: really'] });
      expect(problems, title).toEqual([]);
      expect(post?.title).toBe(title.replace(/[\u0085\u2028]/g, ' '));
      expect(post?.tags).toEqual(['no', 'yes: really']);
      expect(file.text.split('\n').filter((line) => line.startsWith('title:'))).toHaveLength(1);
    }
  });

  it('compiles an item that has a title and no content', () => {
    const { post, problems } = compiled({ html: null });
    expect(problems).toEqual([]);
    expect(post).toMatchObject({ title: 'A title', html: '' });
  });

  it('keeps a slug short, cut at a word', () => {
    const { file } = compiled({ title: `Sandworm ${'and more words '.repeat(10)}` });
    const slug = /^2023-03-14-(.+)-[0-9a-f]{10}\.md$/.exec(file.fileName)?.[1] ?? '';
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.split('-').every((word) => ['sandworm', 'and', 'more', 'words'].includes(word))).toBe(true);
  });

  it('tells apart items whose bare guids are alike but whose feeds differ, and matches an item by its guid, not its title', () => {
    const problems = new ProblemList('feed.xml');
    const a = itemToPost(item({ guid: '1187' }), SOURCE, 'https://a.example/', problems);
    const b = itemToPost(item({ guid: '1187' }), SOURCE, 'https://b.example/', problems);
    const retitled = itemToPost(item({ guid: '1187', title: 'Another title' }), SOURCE, 'https://a.example/', problems);
    expect(a?.key).not.toBe(b?.key);
    expect(retitled?.key).toBe(a?.key);
  });
});

describe('webAddress', () => {
  it('keeps http and https addresses only', () => {
    expect(webAddress('https://x.example/a')).toBe('https://x.example/a');
    expect(webAddress('HTTP://x.example/')).toBe('HTTP://x.example/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.example', '/relative', 'not a url']) {
      expect(webAddress(bad), bad).toBeNull();
    }
  });
});
