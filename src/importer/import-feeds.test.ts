import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePost, type CompiledPost } from '../compiler/compile-post.ts';
import { tempFolder } from '../test-support/temp-folder.ts';
import { ImportError, formatImportProblem, importFeeds, importSummary } from './import-feeds.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

async function compiledPosts(dir: string): Promise<CompiledPost[]> {
  const posts: CompiledPost[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const { post, problems } = compilePost(name, await readFile(path.join(dir, name), 'utf8'));
    expect(problems, name).toEqual([]);
    if (post) posts.push(post);
  }
  return posts;
}

describe('importFeeds', () => {
  it('writes one post per RSS item that the compiler reads without a problem, with title, date, source and url', async () => {
    const out = await tempFolder('import-rss', {});
    const result = await importFeeds({ inputs: [fixture('rss.xml')], outDir: out });
    expect(importSummary(result)).toBe('3 posts imported, 0 already there, 0 items skipped');
    expect(result.problems).toEqual([]);

    const posts = await compiledPosts(out);
    const heist = posts.find((post) => post.title.startsWith('Lazarus Group'));
    expect(heist).toMatchObject({
      title: 'Lazarus Group: exchange in Seoul loses $12 million to a fake job offer',
      date: { iso: '2023-03-14T09:30:00+09:00', day: '2023-03-14' },
      source: { name: 'Harbour Watch & Co', url: 'https://harbourwatch.example/' },
      url: 'https://harbourwatch.example/2023/03/seoul-exchange-heist',
      tags: ['lazarus', 'crypto'],
      draft: false,
    });
    expect(posts.find((post) => post.title.startsWith('Ransomware'))?.date.iso).toBe('2023-03-13T18:05:00-05:00');
  });

  it('names files by date, title and a key of the item, and keeps HTML bodies as HTML that Markdown leaves alone', async () => {
    const out = await tempFolder('import-names', {});
    await importFeeds({ inputs: [fixture('rss.xml')], outDir: out });
    const names = (await readdir(out)).sort();
    expect(names[2]).toMatch(/^2023-03-14-lazarus-group-exchange-in-seoul-loses-12-million-to-a-fake-[0-9a-f]{10}\.md$/);

    const [heist] = (await compiledPosts(out)).filter((post) => post.title.startsWith('Lazarus'));
    // After a blank line in the feed's HTML, Markdown would have made *the* emphasis and split the <pre>.
    expect(heist?.html).toContain('says *the* report');
    expect(heist?.html).toContain('<pre><code>wallet-1\n\nwallet-2</code></pre>');
  });

  it('adds nothing on a second import and never overwrites a post someone edited', async () => {
    const out = await tempFolder('import-again', {});
    const first = await importFeeds({ inputs: [fixture('rss.xml')], outDir: out });
    const edited = first.written[0] ?? '';
    const text = (await readFile(edited, 'utf8')).replace(/^title: .*$/m, "title: 'Edited by an analyst'");
    await writeFile(edited, text);

    const second = await importFeeds({ inputs: [fixture('rss.xml')], outDir: out });
    expect(second.written).toEqual([]);
    expect(importSummary(second)).toBe('0 posts imported, 3 already there, 0 items skipped');
    expect(await readFile(edited, 'utf8')).toBe(text);
    expect(await readdir(out)).toHaveLength(3);
  });

  it('recognises an imported item even after its title changed in the feed or its post moved to a sub-folder', async () => {
    const out = await tempFolder('import-moved', {});
    const first = await importFeeds({ inputs: [fixture('atom.xml')], outDir: out });
    const moved = path.join(out, 'archive', path.basename(first.written[0] ?? ''));
    await mkdir(path.dirname(moved), { recursive: true });
    await rename(first.written[0] ?? '', moved);
    const retitled = (await readFile(fixture('atom.xml'), 'utf8')).replace('Sandworm targets', 'Update: Sandworm targets');
    const feeds = await tempFolder('import-feed', { 'atom.xml': retitled });

    const second = await importFeeds({ inputs: [feeds], outDir: out });
    expect(second.written).toEqual([]);
    expect(second.alreadyThere).toBe(2);
  });

  it('leaves hostile HTML in an item to the compiler, which sanitizes it like any post', async () => {
    const out = await tempFolder('import-hostile', {});
    await importFeeds({ inputs: [fixture('rss.xml')], outDir: out });
    const phishing = (await compiledPosts(out)).find((post) => post.title.startsWith('Phishing kit'));
    expect(phishing?.html).toContain('Attackers hide');
    for (const hostile of ['<script', 'onclick', 'onerror', 'javascript:', '<iframe', 'document.cookie', ' src=']) {
      expect(phishing?.html).not.toContain(hostile);
    }
    // Indicators stay inert text, as in every post.
    expect(phishing?.html).toContain('hxxp://evil[.]example');
  });

  it('imports the posts of Blogger exports, drafts as drafts, and ignores settings, templates, comments and pages', async () => {
    const out = await tempFolder('import-blogger', {});
    const result = await importFeeds({ inputs: [fixture('blogger-export.xml'), fixture('blogger-takeout.atom')], outDir: out });
    expect(importSummary(result)).toBe(
      '3 posts imported, 0 already there, 0 items skipped, 8 Blogger entries ignored (comments, pages, settings, templates, trash)',
    );
    const posts = await compiledPosts(out);
    expect(posts.map((post) => [post.title, post.draft, post.source?.name])).toEqual([
      ['Kimsuky sends fake "security alerts" to researchers', false, 'Cyber Tide Daily'],
      ['Half-written notes on a wiper', true, 'Cyber Tide Daily'],
      ['Scattered Spider calls help desks again', false, 'Packet Storm Notes'],
    ]);
    expect(posts[0]?.date.iso).toBe('2021-01-11T15:47:00+01:00');
  });

  it('reports bad feeds and bad items where they are, and imports the rest', async () => {
    const out = await tempFolder('import-broken', {});
    const result = await importFeeds({ inputs: [fixture('broken')], outDir: out });
    expect(importSummary(result)).toBe('2 posts imported, 0 already there, 4 items skipped, 2 files not read');
    const lines = result.problems.map(formatImportProblem);
    const bad = path.relative(process.cwd(), fixture('broken/bad-items.xml'));
    expect(lines).toEqual(
      expect.arrayContaining([
        `${bad}:6:5 error: item 1 has neither a title nor any content. Fix: give it a <title> or content; the item is skipped; the other items are imported`,
        expect.stringMatching(new RegExp(`^${escape(bad)}:10:5 error: item 2 \\("Dated on a day that never was"\\): "Mon, 31 Feb 2023 10:00:00 \\+0000" in <pubDate> is not a date`)),
        expect.stringMatching(new RegExp(`^${escape(bad)}:16:5 error: item 3 \\("No date at all"\\) has no date\\. Fix: give it a <pubDate>`)),
        expect.stringMatching(new RegExp(`^${escape(bad)}:21:5 warning: item 4 \\("Script link"\\): the link "javascript:alert\\(1\\)" is not an http or https address; it is left out`)),
        expect.stringMatching(new RegExp(`^${escape(bad)}:28:5 error: item 5 \\("Nothing to identify it"\\) has no link and no guid`)),
        expect.stringMatching(/not-xml\.xml:1:1 error: the file is not XML/),
        expect.stringMatching(/truncated\.xml:11:\d+ error: the file ends before <title>, <item>, <channel>, <rss> are closed: it looks cut short\. Fix: /),
        // Other XML in a folder (a Blogger Takeout holds its theme) is noted, not failed.
        expect.stringMatching(/page\.xml:2:1 warning: the file is XML but not a feed: its root element is <html>; skipped/),
      ]),
    );

    const posts = await compiledPosts(out);
    const scriptLink = posts.find((post) => post.title === 'Script link');
    expect(scriptLink?.url).toBeNull();
    expect(scriptLink?.source).toEqual({ name: 'Mixed Bag Security', url: 'https://mixedbag.example/' });
    expect(posts.find((post) => post.title.startsWith('An untitled item about a botnet'))?.url).toBe('https://mixedbag.example/untitled');
  });

  it('reads a feed in the encoding its declaration names, and says when it names one that is unknown', async () => {
    const feeds = await tempFolder('import-latin1', {});
    const latin1 =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Caf\u00e9 S\u00e9curit\u00e9</title>' +
      '<item><title>Pi\u00e8ge \u00e0 rançongiciel</title><link>https://cafe.example/1</link><pubDate>Mon, 01 May 2023 10:00:00 +0200</pubDate></item></channel></rss>';
    await writeFile(path.join(feeds, 'latin1.xml'), Buffer.from(latin1, 'latin1'));
    await writeFile(path.join(feeds, 'unknown.xml'), '<?xml version="1.0" encoding="x-klingon"?><rss/>');
    const out = await tempFolder('import-latin1-out', {});
    const result = await importFeeds({ inputs: [feeds], outDir: out });
    const [post] = await compiledPosts(out);
    expect(post).toMatchObject({ title: 'Pi\u00e8ge \u00e0 rançongiciel', source: { name: 'Caf\u00e9 S\u00e9curit\u00e9' } });
    expect(result.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(/unknown\.xml:1:1 error: the file declares the encoding "x-klingon", which is not known\. Fix: save the feed as UTF-8/),
    ]);
  });

  it('refuses a feed named on the command line that is not a feed', async () => {
    const out = await tempFolder('import-page', {});
    const result = await importFeeds({ inputs: [fixture('broken/page.xml')], outDir: out });
    expect(result.failedFeeds).toBe(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: 2, column: 1 });
  });

  it('creates a missing posts folder, and refuses an output that is a file or an input that does not exist', async () => {
    const root = await tempFolder('import-out', { 'file.txt': 'x' });
    const result = await importFeeds({ inputs: [fixture('atom.xml')], outDir: path.join(root, 'new', 'posts') });
    expect(result.written).toHaveLength(2);
    await expect(importFeeds({ inputs: [fixture('atom.xml')], outDir: path.join(root, 'file.txt') })).rejects.toThrow(ImportError);
    await expect(importFeeds({ inputs: [path.join(root, 'missing.xml')], outDir: root })).rejects.toThrow(/does not exist/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
