/**
 * Compile-time figures on the real corpus (../shared/corpus/posts, when it is beside the project) and
 * on the shipped posts: CPU time per stage of one post on one thread (parse and sanitize, entity
 * extraction, search terms), the whole build on every core, the size of what the app loads first, and
 * the feeds: how many, how large, and how long they took.
 * `npm run bench -- scale` measures a real archive's size.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCatalog } from '../compiler/catalog/load-catalog.ts';
import { build } from '../compiler/build.ts';
import { compilePost } from '../compiler/compile-post.ts';
import { DEFAULT_CATALOG_DIR, DEFAULT_CONTENT_DIR } from '../compiler/content-config.ts';
import { findPostFiles } from '../compiler/discover.ts';
import { createExtractor } from '../compiler/extract/extract-post.ts';
import { languageOf } from '../compiler/post-record.ts';
import { loadLanguageDetector } from '../compiler/relevance/language.ts';
import { postTerms, termStats } from '../compiler/search/post-terms.ts';
import type { Manifest } from '../model/format/data-format.ts';
import { listPageFile } from '../model/format/data-version.ts';

const CORPUS = '../shared/corpus/posts';

/** Prints compile figures for each collection present. */
export async function benchCompile(): Promise<void> {
  const started = performance.now();
  const { catalog } = await loadCatalog(DEFAULT_CATALOG_DIR);
  const catalogMs = performance.now() - started;
  await loadLanguageDetector();
  const extractorStarted = performance.now();
  const extract = createExtractor(catalog);
  console.log(`compile: catalog loaded in ${catalogMs.toFixed(0)} ms, extractor built in ${(performance.now() - extractorStarted).toFixed(0)} ms`);

  for (const [name, dir] of [['corpus', CORPUS], ['shipped posts', DEFAULT_CONTENT_DIR]] as const) {
    if (!existsSync(dir)) {
      console.log(`compile: ${name}: skipped, ${dir} is not here`);
      continue;
    }
    const files = await findPostFiles([dir]);
    const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    let compileMs = 0;
    let extractMs = 0;
    let termsMs = 0;
    let posts = 0;
    texts.forEach((text, index) => {
      const t0 = performance.now();
      const { post } = compilePost(files[index] ?? '', text);
      const t1 = performance.now();
      compileMs += t1 - t0;
      if (!post) return;
      posts++;
      // The build reads the language before extracting; it is the relevance stage's cost, not this one's.
      const language = languageOf(post.text, termStats(post.title, post.text));
      const extractStarted = performance.now();
      extract({ title: post.title, paragraphs: post.text, day: post.date.day, language });
      const t2 = performance.now();
      extractMs += t2 - extractStarted;
      postTerms(post.title, post.text, 256);
      termsMs += performance.now() - t2;
    });
    const total = compileMs + extractMs + termsMs;
    console.log(
      `compile: ${name}, ${files.length} posts on one thread: ${total.toFixed(0)} ms (parse+sanitize ${compileMs.toFixed(0)} ms, ` +
        `extraction ${extractMs.toFixed(0)} ms = ${((extractMs / total) * 100).toFixed(0)}%, search terms ${termsMs.toFixed(0)} ms); ` +
        `${(extractMs / Math.max(1, posts)).toFixed(2)} ms extraction per post`,
    );

    const out = await mkdtemp(path.join(os.tmpdir(), 'sitrep-bench-'));
    try {
      const result = await build({ contentDirs: [dir], catalogDir: DEFAULT_CATALOG_DIR, includeDrafts: false, outDir: out });
      console.log(`compile: ${name}: whole build on ${os.availableParallelism()} cores, data written: ${result.elapsedMs.toFixed(0)} ms`);
      const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
      const firstLoad = ['manifest.json', manifest.files.facets, listPageFile(manifest, 0)];
      const sizes = await Promise.all(
        firstLoad.map(async (file) => {
          const text = await readFile(path.join(out, file));
          return `${file.replace(/\.[0-9a-f]{16}\.json$/, '').replace(/^list\/[0-9a-f]{16}/, 'list/0')} ${kb(text.length)} (${kb(gzipSync(text).length)} gzip)`;
        }),
      );
      console.log(`compile: ${name}: first load ${sizes.join(', ')}`);
      const feeds = await feedSizes(path.join(out, 'feeds'));
      console.log(
        `compile: ${name}: ${feeds.length} feeds made in ${result.stats.stages.feeds ?? 0} ms, ${kb(feeds.reduce((sum, size) => sum + size, 0))} ` +
          `(largest ${kb(Math.max(0, ...feeds))}, median ${kb(feeds.sort((a, b) => a - b)[Math.floor(feeds.length / 2)] ?? 0)})`,
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
}

/** The size of every feed file under `dir`. */
async function feedSizes(dir: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.atom')) sizes.push((await stat(path.join(entry.parentPath, entry.name))).size);
  }
  return sizes;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
