/**
 * The extractor on fixture folders, one per trap: `fixtures/<trap>/input.md` is a post, and
 * `expected.json` what the compiler must find in it with the shipped catalog. `UPDATE=1 npx vitest run
 * src/compiler/extract` rewrites the expected files from the current output: review every one.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { compilePost } from '../compile-post.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { languageOf } from '../post-record.ts';
import { loadLanguageDetector } from '../relevance/language.ts';
import { termStats } from '../search/post-terms.ts';
import { createExtractor, type Extractor } from './extract-post.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const REPO = path.resolve(import.meta.dirname, '../../..');

let extract: Extractor;
beforeAll(async () => {
  await loadLanguageDetector();
  extract = createExtractor((await loadCatalog(path.join(REPO, DEFAULT_CATALOG_DIR))).catalog);
});

/** The comparable part of an extraction: ids and codes sorted, figures in text order. */
function extractionOf(file: string) {
  const post = compilePost(file, readFileSync(file, 'utf8')).post;
  if (!post) throw new Error(`${file} does not compile`);
  const found = extract({ title: post.title, paragraphs: post.text, day: post.date.day, language: languageOf(post.text, termStats(post.title, post.text)) });
  return {
    actors: [...found.actors].sort(),
    malware: [...found.malware].sort(),
    platforms: [...found.platforms].sort(),
    victims: found.victims,
    origins: found.origins,
    namedRegions: [...found.namedRegions].sort(),
    figures: found.figures.map(({ text, amount, currency, kind }) => ({ text, amount, currency, kind })),
  };
}

describe('extraction fixtures', () => {
  const traps = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'input.md'))) : [];
  for (const trap of traps) {
    it(trap, () => {
      const dir = path.join(FIXTURES, trap);
      const actual = extractionOf(path.join(dir, 'input.md'));
      const expectedFile = path.join(dir, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedFile)) throw new Error(`${trap} has no expected.json: write it, or run with UPDATE=1 and review it`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
