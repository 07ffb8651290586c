/**
 * The seed post, the product's first document, must come out exactly: Lazarus Group; origin KP;
 * victims RU, CN, PL, GB; regions including Europe; macOS, Windows, Telegram; AppleJeus; one figure.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build.ts';
import type { Collection } from '../collection.ts';
import { DEFAULT_CATALOG_DIR, DEFAULT_CONTENT_DIR } from '../content-config.ts';
import { exportRecords, type ExportRecord } from '../export/export-records.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SEED_SLUG = 'lazarus-telegram-crypto-theft';

let compilation: Collection;
let seed: ExportRecord;
beforeAll(async () => {
  ({ collection: compilation } = await build({
    contentDirs: [path.join(REPO, DEFAULT_CONTENT_DIR)],
    catalogDir: path.join(REPO, DEFAULT_CATALOG_DIR),
    includeDrafts: false,
    outDir: null,
  }));
  const record = exportRecords(compilation).find((entry) => entry.slug === SEED_SLUG);
  if (!record) throw new Error('the seed post is not among the shipped posts');
  seed = record;
});

describe('the seed post', () => {
  it('names Lazarus Group as the actor, by its catalog entry', () => {
    expect(seed.actors.map((actor) => actor.id)).toEqual(['lazarus-group']);
    expect(seed.actors[0]?.name).toBe('Lazarus Group');
    expect(seed.actors[0]?.aliases).toContain('Hidden Cobra');
  });

  it('has North Korea as the origin and Russia, China, Poland and the UK as victims', () => {
    expect(seed.countries.origin).toEqual(['KP']);
    expect([...seed.countries.victim].sort()).toEqual(['CN', 'GB', 'PL', 'RU']);
  });

  it('is in Europe, as the text says and as its victims are', () => {
    expect(seed.regions).toContain('Europe');
  });

  it('involves macOS, Windows and Telegram, and the AppleJeus malware', () => {
    expect(seed.platforms.map((platform) => platform.name).sort()).toEqual(['Telegram', 'Windows', 'macOS']);
    expect(seed.malware.map((family) => family.name)).toEqual(['AppleJeus']);
  });

  it('reports one figure: $571 million stolen', () => {
    expect(seed.figures).toEqual([
      {
        text: '$571 million',
        amount: 571_000_000,
        currency: 'USD',
        kind: 'theft',
        sentence: 'Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.',
      },
    ]);
  });

  it('keeps its source line as its source, and the title on one line', () => {
    expect(seed.source).toEqual({ name: 'E Hacking News - Latest Hacker News and IT Security News', url: 'https://ift.tt/309Z8NS' });
    expect(seed.title).toBe('Kaspersky Lab reports North Korean Hacker group Lazarus stealing cryptocurrencies using the Telegram messenger');
    expect(seed.date).toBe('2020-01-11T15:47:00+01:00');
  });

  it('carries its figure in US dollars for the charts', () => {
    const post = compilation.posts.find((entry) => entry.slug === SEED_SLUG);
    expect(post?.record.figures[0]?.usd).toBe(571_000_000);
  });
});
