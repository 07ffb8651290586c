import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema, postKeysFileSchema } from '../model/format/data-format.ts';
import { decodePostKeys, postKeyOf } from '../model/format/post-keys.ts';
import { tempFolder } from '../test-support/temp-folder.ts';
import { build } from './build.ts';
import { summaryLine } from './collection.ts';

const compileContent = async (options: { contentDirs: string[]; includeDrafts: boolean }) =>
  (await build({ ...options, outDir: null })).collection;

const contentFolder = (files: Record<string, string>) => tempFolder('content', files);

describe('build', () => {
  it('compiles every post under the folder, newest first, and names what it left out', async () => {
    const dir = await contentFolder({
      '2020-01-01-old.md': "---\ntitle: 'Old'\n---\nText\n",
      'nested/2021-06-01-new.md': "---\ntitle: 'New'\n---\nText\n",
      'nested/deeper/broken.md': "---\ntitle: 'Broken\ndate: [\n---\n",
      'draft.md': "---\ntitle: 'Draft'\ndate: 2022-01-01\ndraft: true\n---\n",
      'notes.txt': 'not a post',
      '.hidden/2020-01-01-secret.md': "---\ntitle: 'Hidden'\n---\n",
    });
    const compilation = await compileContent({ contentDirs: [dir], includeDrafts: false });
    expect(compilation.posts.map((post) => post.slug)).toEqual(['new', 'old']);
    expect(compilation.leftOut).toEqual([expect.stringMatching(/broken\.md$/)]);
    expect(summaryLine(compilation)).toBe('2 posts compiled, 1 left out, 1 draft');

    const withDrafts = await compileContent({ contentDirs: [dir], includeDrafts: true });
    expect(withDrafts.posts.map((post) => post.slug)).toEqual(['draft', 'new', 'old']);
  });

  it('reads posts saved as .markdown or .txt, and a .txt only when it opens with front matter', async () => {
    const dir = await contentFolder({
      '000_95266057bafdeff0.txt': "---\ntitle: 'Seed'\ndate: 2020-01-11\n---\nText\n",
      '2021-02-02-exported.markdown': "---\ntitle: 'Exported'\n---\nText\n",
      'readme.txt': 'How to add posts: ...\n',
    });
    const compilation = await compileContent({ contentDirs: [dir], includeDrafts: false });
    expect(compilation.posts.map((post) => post.slug)).toEqual(['exported', '000_95266057bafdeff0']);
    expect(compilation.leftOut).toEqual([]);
  });

  it('keeps both posts when two files would share a slug, and says so', async () => {
    const dir = await contentFolder({
      'a/2020-01-01-same.md': "---\ntitle: 'A'\n---\n",
      'b/2020-01-02-same.md': "---\ntitle: 'B'\n---\n",
    });
    const compilation = await compileContent({ contentDirs: [dir], includeDrafts: false });
    expect(compilation.posts.map((post) => post.slug).sort()).toEqual(['same', 'same-2']);
    expect(compilation.problems[0]?.message).toContain('already used');
  });

  it('writes the key of every post by row, and a post keeps its key when an older post arrives', async () => {
    const dir = await contentFolder({
      '2020-01-01-first.md': "---\ntitle: 'First'\n---\nText\n",
      '2021-06-01-second.md': "---\ntitle: 'Second'\n---\nText\n",
    });
    const out = path.join(dir, '..', `${path.basename(dir)}-data`);
    const keysByRow = async () => {
      const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')));
      const file = postKeysFileSchema.parse(JSON.parse(await readFile(path.join(out, manifest.files.keys ?? ''), 'utf8')));
      return [...decodePostKeys(file.keys, manifest.postCount)];
    };
    try {
      await build({ contentDirs: [dir], includeDrafts: false, outDir: out });
      expect(await keysByRow()).toEqual(['second', 'first'].map(postKeyOf));

      // An old post imported later takes a row between them; the others keep their keys.
      await writeFile(path.join(dir, '2020-06-01-imported-late.md'), "---\ntitle: 'Imported late'\n---\nText\n");
      await build({ contentDirs: [dir], includeDrafts: false, outDir: out });
      expect(await keysByRow()).toEqual(['second', 'imported-late', 'first'].map(postKeyOf));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
