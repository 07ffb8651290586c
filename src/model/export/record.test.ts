import { describe, expect, it } from 'vitest';
import { exportRecordSchema } from '../format/export-format.ts';
import { exportCatalog, postWith, seedLikePost } from '../../test-support/export-fixture.ts';
import { recordBuilder } from './record.ts';

describe('export record', () => {
  const build = recordBuilder(exportCatalog);

  it('names the seed-like post\'s entities as the catalog does, with the actor\'s aliases', () => {
    const record = build(seedLikePost);
    expect(record.actors).toEqual([{ id: 'lazarus-group', name: 'Lazarus Group', aliases: ['Hidden Cobra', 'APT38'] }]);
    expect(record.malware).toEqual([{ id: 'applejeus', name: 'AppleJeus' }]);
    expect(record.countries).toEqual({ victim: ['CN', 'GB', 'PL', 'RU'], origin: ['KP'] });
    expect(record.regions).toContain('Eastern Asia');
    expect(record.platforms.map((platform) => platform.name)).toEqual(['Telegram', 'macOS', 'Windows']);
    expect(record.figures).toEqual([
      {
        text: '$571 million',
        amount: 571000000,
        currency: 'USD',
        kind: 'theft',
        sentence: 'Last fall, Group-IB said that a North Korean group of hackers stole $571 million in cryptocurrencies.',
      },
    ]);
    expect(record.date).toBe('2020-01-11T15:47:00+01:00');
  });

  it('passes the schema that documents the format', () => {
    expect(exportRecordSchema.safeParse(build(seedLikePost)).success).toBe(true);
  });

  it('keeps an id the catalog lacks as its own name instead of dropping it', () => {
    const record = recordBuilder(null)(seedLikePost);
    expect(record.actors).toEqual([{ id: 'lazarus-group', name: 'lazarus-group', aliases: [] }]);
    expect(record.regions).toContain('eastern-asia');
  });

  it('carries whether the post is security news and its language', () => {
    const record = build(seedLikePost);
    expect(record.relevant).toBe(true);
    expect(record.language).toBe('en');
    const labelled = build({ ...postWith({}), relevant: false, language: 'es' });
    expect(labelled.relevant).toBe(false);
    expect(labelled.language).toBe('es');
  });
});
