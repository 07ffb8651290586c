/**
 * Bad input never costs other posts: a collection holding one post of every kind of trouble
 * compiles every good post, and each bad one is named with its file, line, what is wrong and how to
 * fix it.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-folder.ts';
import { build } from './build.ts';
import type { Problem } from './problems.ts';
import { MAX_POST_BYTES } from './read-post.ts';

const good = (title: string) => `---\ntitle: '${title}'\ndate: 2021-05-01\n---\nRansomware hit a hospital in Texas; the attackers demanded $1 million.\n`;

/** A collection of good posts and one post of each kind of trouble. */
async function troubledCollection(): Promise<string> {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good('Written in UTF-16'), 'utf16le')]);
  const latin1 = Buffer.from(`---\ntitle: 'Caf\xe9 hackers'\ndate: 2021-05-02\n---\nLes pirates ont attaqu\xe9 le caf\xe9.\n`, 'latin1');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(64, 7)]);
  const dir = await tempFolder('bad-input', {
    'good-1.md': good('First good post'),
    'nested/good-2.md': good('Second good post'),
    'good-3.markdown': good('Third good post'),
    'malformed-yaml.md': "---\ntitle: 'Unclosed\ndate: [2021\n---\nBody\n",
    'tabs.md': "---\ntitle: 'Tabs'\ndate: 2021-05-01\n\ttags: [a]\n---\nBody\n",
    'unclosed.md': "---\ntitle: 'Never closed'\ndate: 2021-05-01\nBody without the closing line\n",
    'duplicate-key.md': "---\ntitle: 'One'\ntitle: 'Two'\ndate: 2021-05-01\n---\nBody\n",
    'javascript-front-matter.md': "---js\n{ title: 'Code' }\n---\nBody\n",
    '2021-05-03-no-title.md': '---\ndate: 2021-05-03\n---\nA body with no title.\n',
    'bad-date.md': "---\ntitle: 'Bad date'\ndate: 2021-02-31\n---\nBody\n",
    'bom.md': `\uFEFF${good('Opens with a byte order mark')}`,
    'crlf.md': good('Windows line ends').replace(/\n/g, '\r\n'),
    '2021-05-04-empty.md': '',
    'a/same.md': good('Same slug, first'),
    'b/same.md': good('Same slug, second'),
    'asked-slug.md': "---\ntitle: 'Asks for same-2'\ndate: 2021-05-01\nslug: same-2\n---\nBody\n",
    'hostile-links.md':
      "---\ntitle: 'Hostile links'\ndate: 2021-05-01\nurl: 'javascript:alert(1)'\nsource:\n  name: Feed\n  url: 'ms-msdt:/id PCWDiagnostic'\n---\nBody\n",
    'indicators.md': `---\ntitle: 'A long list of indicators'\ndate: 2021-05-01\n---\n${'- 10.0.0.1 malicious\n'.repeat(150_000)}`,
  });
  await writeFile(path.join(dir, 'utf-16.md'), utf16);
  await writeFile(path.join(dir, 'latin-1.md'), latin1);
  await writeFile(path.join(dir, 'image.md'), png);
  await writeFile(path.join(dir, 'too-big.md'), `---\ntitle: 'Too big'\ndate: 2021-05-01\n---\n${'x'.repeat(MAX_POST_BYTES)}`);
  // Links: to a post (followed), to a folder that contains the link (a loop), to nothing.
  await symlink(path.join(dir, 'good-1.md'), path.join(dir, 'linked-post.md'));
  await mkdir(path.join(dir, 'loop'));
  await symlink(dir, path.join(dir, 'loop', 'back-to-top'));
  await symlink(path.join(dir, 'missing.md'), path.join(dir, 'dangling.md'));
  return dir;
}

const problemOf = (problems: Problem[], file: string) => problems.filter((problem) => path.basename(problem.file) === file);

describe('bad input', () => {
  it('never hides a good post, and names every problem with where, what and how to fix it', async () => {
    const dir = await troubledCollection();
    const { collection } = await build({ contentDirs: [dir], includeDrafts: false, outDir: path.join(dir, '..', `${path.basename(dir)}-data`) });
    const titles = collection.posts.map(({ record }) => record.title);
    for (const title of ['First good post', 'Second good post', 'Third good post', 'Written in UTF-16', 'Café hackers', 'Opens with a byte order mark', 'Windows line ends', 'Same slug, first', 'Same slug, second', 'Asks for same-2', 'Hostile links', 'A long list of indicators']) {
      expect(titles, title).toContain(title);
    }
    // The linked post is a post of its own, under the link's name.
    expect(collection.posts.filter(({ record }) => record.title === 'First good post')).toHaveLength(2);

    const { problems } = collection;
    const expectError = (file: string, message: RegExp, fix: RegExp) => {
      const found = problemOf(problems, file).find((problem) => problem.severity === 'error');
      expect(found, file).toBeDefined();
      expect(found?.message).toMatch(message);
      expect(found?.fix).toMatch(fix);
    };
    expectError('malformed-yaml.md', /not valid YAML/, /quote|close/);
    expectError('tabs.md', /tab/, /indent with spaces/);
    expectError('unclosed.md', /never closed/, /three dashes/);
    expectError('duplicate-key.md', /duplicated/, /only one line/);
    expectError('javascript-front-matter.md', /not read/, /YAML/);
    expectError('bad-date.md', /not a date/, /2020-01-11/);
    expectError('image.md', /not a text file/, /remove it/);
    expectError('too-big.md', /over the 8 MB/, /split it/);
    expect(problemOf(problems, 'tabs.md')[0]?.line).toBe(4);
    expect(problemOf(problems, 'duplicate-key.md')[0]?.line).toBe(3);

    const warningOf = (file: string) => problemOf(problems, file).filter((problem) => problem.severity === 'warning').map((problem) => problem.message).join(' | ');
    expect(warningOf('utf-16.md')).toMatch(/UTF-16LE/);
    expect(warningOf('latin-1.md')).toMatch(/not valid UTF-8/);
    expect(warningOf('2021-05-03-no-title.md')).toMatch(/no title/);
    expect(warningOf('hostile-links.md')).toMatch(/javascript:alert\(1\).*not an http/);
    expect(warningOf('hostile-links.md')).toMatch(/ms-msdt/);
    expect(warningOf('indicators.md')).toMatch(/too long to index whole/);
    expect(warningOf('dangling.md')).toMatch(/leads nowhere/);
    expect(problems.some((problem) => problem.severity === 'warning' && /already read/.test(problem.message))).toBe(true);

    // A slug asked for is kept; the automatic `-2` steps around it.
    const slugs = collection.posts.map(({ slug }) => slug);
    expect(slugs).toContain('same-2');
    expect(slugs.filter((slug) => slug.startsWith('same'))).toHaveLength(3);
    const hostile = collection.posts.find(({ record }) => record.title === 'Hostile links')?.record;
    expect(hostile?.url).toBeNull();
    expect(hostile?.source).toEqual({ name: 'Feed', url: null });
  }, 120_000);
});
