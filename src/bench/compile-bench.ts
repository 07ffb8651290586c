/**
 * Compile-time figures on the real corpus (../shared/corpus/posts, when it is beside the project) and
 * on the shipped posts: time per stage (parse and sanitize, entity extraction), extraction's share,
 * and the size of what the app loads first.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { loadCatalog } from '../compiler/catalog/load-catalog.ts';
import { assemble, findPostFiles } from '../compiler/compile.ts';
import { compilePost, type PostResult } from '../compiler/compile-post.ts';
import { DEFAULT_CATALOG_DIR, DEFAULT_CONTENT_DIR } from '../compiler/content-config.ts';
import { buildDataFiles } from '../compiler/data-files.ts';
import { createExtractor } from '../compiler/extract/extract-post.ts';

const CORPUS = '../shared/corpus/posts';

/** Prints compile figures for each collection present. */
export async function benchCompile(): Promise<void> {
  const started = performance.now();
  const { catalog } = await loadCatalog(DEFAULT_CATALOG_DIR);
  const catalogMs = performance.now() - started;
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
    const results: PostResult[] = [];
    texts.forEach((text, index) => {
      const t0 = performance.now();
      const result = compilePost(files[index] ?? '', text);
      const t1 = performance.now();
      compileMs += t1 - t0;
      if (result.post) {
        const { title, html, date } = result.post;
        results.push({ ...result, post: { ...result.post, entities: extract({ title, html, day: date.day }) } });
        extractMs += performance.now() - t1;
      } else {
        results.push(result);
      }
    });
    const compilation = assemble(results, false, catalog);
    const filesStarted = performance.now();
    const data = buildDataFiles(compilation);
    const writeMs = performance.now() - filesStarted;
    const total = compileMs + extractMs + writeMs;
    console.log(
      `compile: ${name}, ${files.length} posts: ${total.toFixed(0)} ms (parse+sanitize ${compileMs.toFixed(0)} ms, ` +
        `extraction ${extractMs.toFixed(0)} ms = ${((extractMs / total) * 100).toFixed(0)}% of compile, data files ${writeMs.toFixed(0)} ms); ` +
        `${(extractMs / Math.max(1, results.length)).toFixed(2)} ms extraction per post`,
    );
    const firstLoad = [...data].filter(([path]) => /^(?:manifest|index\.|catalog\.)/.test(path));
    const sizes = firstLoad.map(([path, text]) => `${path.replace(/\.[0-9a-f]{12}\.json$/, '')} ${kb(text.length)} (${kb(gzipSync(text).length)} gzip)`);
    console.log(`compile: ${name}: first load ${sizes.join(', ')}`);
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
