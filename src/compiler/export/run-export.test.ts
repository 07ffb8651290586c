/**
 * `npm run export` over the shipped posts: the view of its flags holds what the explorer lists for
 * the same URL, and every format, STIX included, is what docs/export-formats.md says.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../model/format/export-format.ts';
import { parseViewState } from '../../model/view/view-state.ts';
import { stixReferenceErrors, stixSchemaErrors } from '../../test-support/stix-schemas.ts';
import { DEFAULT_CATALOG_DIR } from '../content-config.ts';
import { compileForExport, type ExportSource, exportView } from './run-export.ts';
import type { ViewFlags } from './export-view.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
let source: ExportSource;

beforeAll(async () => {
  source = await compileForExport({ contentDirs: [path.join(REPO, 'public/content/posts')], catalogDir: path.join(REPO, DEFAULT_CATALOG_DIR), includeDrafts: false, search: true });
}, 120_000);

const json = async (flags: ViewFlags) => {
  const result = await exportView(source, { format: 'json', flags });
  expect(result.errors).toEqual([]);
  return { ...result, records: JSON.parse(result.output) as ExportRecord[] };
};

describe('npm run export', () => {
  it('exports security news only by default, every post with --all, newest first', async () => {
    const posts = source.collection.posts;
    const { records } = await json({});
    expect(records.map((record) => record.slug)).toEqual(posts.filter(({ record }) => record.relevance.relevant).map(({ slug }) => slug));
    expect(records.every((record) => record.relevant)).toBe(true);
    const all = await json({ all: true });
    expect(all.records.map((record) => record.slug)).toEqual(posts.map(({ slug }) => slug));
    expect(all.records.some((record) => !record.relevant)).toBe(true);
  });

  it('selects the posts of --actor lazarus-group --victim GB --from 2019-01-01, as the explorer does for that URL', async () => {
    const { records, rows, view } = await json({ actor: ['lazarus-group'], victim: ['GB'], from: '2019-01-01' });
    expect(records.map((record) => record.slug)).toContain('lazarus-telegram-crypto-theft');
    for (const record of records) {
      expect(record.countries.victim).toContain('GB');
      expect(record.date >= '2019-01-01').toBe(true);
      expect(record.actors.length).toBeGreaterThan(0);
    }
    // The explorer, given the same URL, lists the same rows.
    const url = parseViewState(new URLSearchParams('actor=lazarus-group&victim=GB&from=2019-01-01'), source.engine.known);
    expect(url.ignored).toEqual([]);
    expect(view?.filters).toEqual(url.state.filters);
    expect([...rows]).toEqual([...source.engine.query(url.state).rows]);
  });

  it('searches with the app\'s search: an alias finds the posts tagged with its group, and an unknown word finds nothing, said so', async () => {
    // No shipped post says "Hidden Cobra": every post found is one filed under Lazarus Group.
    const hiddenCobra = await json({ q: 'hidden cobra' });
    const lazarus = await json({ actor: ['lazarus-group'] });
    expect(hiddenCobra.records.length).toBeGreaterThan(1);
    expect(hiddenCobra.records.map((record) => record.slug)).toEqual(lazarus.records.map((record) => record.slug));
    expect(hiddenCobra.notes.join('\n')).toMatch(/"hidden cobra" is a name of Lazarus Group/);
    const nothing = await json({ q: 'zyxwvutsrq' });
    expect(nothing.records).toEqual([]);
    expect(nothing.notes).toEqual(['no post contains "zyxwvutsrq", so the search finds nothing']);
  });

  it('writes a STIX 2.1 bundle that the OASIS schemas accept, every reference inside it', async () => {
    const result = await exportView(source, { format: 'stix', flags: { all: true }, siteUrl: 'https://intel.example.org/sitrep/' });
    const bundle = JSON.parse(result.output) as { objects?: { type: string; external_references?: { source_name: string; url?: string }[] }[] };
    expect(stixSchemaErrors(bundle)).toEqual([]);
    expect(stixReferenceErrors(bundle)).toEqual([]);
    const reports = (bundle.objects ?? []).filter((object) => object.type === 'report');
    // Every exported post is a report, but those that name nothing STIX can hold, which are named on stderr.
    expect(reports.length + result.notes.length).toBe(result.rows.length);
    expect(result.notes.every((note) => /is left out of the STIX bundle: it names no threat actor/.test(note))).toBe(true);
    expect(reports.flatMap((report) => report.external_references ?? []).some((reference) => reference.url?.startsWith('https://intel.example.org/sitrep/posts/'))).toBe(true);
    // The same posts give the same bytes.
    expect((await exportView(source, { format: 'stix', flags: { all: true }, siteUrl: 'https://intel.example.org/sitrep/' })).output).toBe(result.output);
  });

  it('writes CSV with one row per post of the view', async () => {
    const result = await exportView(source, { format: 'csv', flags: { actor: ['lazarus-group'] } });
    const lines = result.output.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^slug,title,date,url,/);
    expect(lines).toHaveLength(result.rows.length + 1);
  });

  it('exports nothing when a flag cannot be used, and says which and why', async () => {
    const result = await exportView(source, { format: 'json', flags: { actor: ['lazarus'], from: 'last year' } });
    expect(result.output).toBe('');
    expect(result.errors).toEqual(['--actor lazarus: no such actor; did you mean lazarus-group (Lazarus Group)?', '--from last year: not a date (YYYY-MM-DD, such as 2019-01-01)']);
  });
});
