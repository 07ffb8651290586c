import { describe, expect, it } from 'vitest';
import { exportRecordSchema } from '../format/export-format.ts';
import type { PostBody } from '../format/data-format.ts';
import { exportCatalog, noEntities, postWith, seedLikePost } from '../../test-support/export-fixture.ts';
import { stixSchemaErrors } from '../../test-support/stix-schemas.ts';
import { recordBuilder, recordPostOf } from './record.ts';
import { RECORD_CSV_COLUMNS } from './record-csv.ts';
import { recordsToJson, viewExportFile } from './view-export.ts';

const build = recordBuilder(exportCatalog);
const offTopic = postWith({ slug: 'galaxy-racer-mod-apk', title: '=HYPERLINK("https://evil.example","Open") Galaxy Racer', relevant: false, entities: noEntities, figures: [] });
const records = [build(seedLikePost), build(offTopic)];
const view = '?actor=lazarus-group&q=telegram';

describe("the explorer's export of a view", () => {
  it('names each file after the view and its format', () => {
    expect(viewExportFile('csv', records, exportCatalog, { view }).name).toBe('sitrep-posts-actor-lazarus-group-q-telegram.csv');
    expect(viewExportFile('json', records, exportCatalog, { view }).name).toBe('sitrep-posts-actor-lazarus-group-q-telegram.json');
    expect(viewExportFile('stix', records, exportCatalog, { view }).name).toBe('sitrep-posts-actor-lazarus-group-q-telegram.stix.json');
    expect(viewExportFile('json', records, exportCatalog, { view: '' }).name).toBe('sitrep-posts.json');
    expect(viewExportFile('csv', records, exportCatalog, { view: '?all=1', limitedFrom: 12_345 }).name).toBe('sitrep-posts-first-2-all-1.csv');
  });

  it('writes CSV with one row per post, in the order given, formulas defused', () => {
    const file = viewExportFile('csv', records, exportCatalog, { view });
    const lines = file.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(RECORD_CSV_COLUMNS.join(','));
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['lazarus-telegram-crypto-theft', 'galaxy-racer-mod-apk']);
    expect(lines[2]).toContain(`"'=HYPERLINK(`);
    expect(file.count).toBe(2);
  });

  it('writes JSON records as npm run export prints them, each valid under the documented schema', () => {
    const file = viewExportFile('json', records, exportCatalog, { view });
    expect(file.text).toBe(recordsToJson(records));
    const parsed: unknown[] = JSON.parse(file.text);
    expect(parsed.map((record) => exportRecordSchema.parse(record).slug)).toEqual(['lazarus-telegram-crypto-theft', 'galaxy-racer-mod-apk']);
  });

  it('writes a valid STIX 2.1 bundle with a report per post that names something, and says which posts it left out', () => {
    const file = viewExportFile('stix', records, exportCatalog, { view, appUrl: 'https://intel.example.org/sitrep/' });
    const bundle = JSON.parse(file.text);
    expect(stixSchemaErrors(bundle)).toEqual([]);
    const reports = bundle.objects.filter((object: { type: string }) => object.type === 'report');
    expect(reports.map((report: { name: string }) => report.name)).toEqual([seedLikePost.title]);
    expect(reports[0].external_references).toContainEqual(expect.objectContaining({ source_name: 'sitrep', url: 'https://intel.example.org/sitrep/posts/lazarus-telegram-crypto-theft' }));
    expect(file.count).toBe(1);
    expect(file.skipped).toEqual([{ slug: 'galaxy-racer-mod-apk', reason: 'it names no threat actor, malware, country or region' }]);
  });

  it('builds the same record from a post data file as from the compiled post', () => {
    const body: PostBody = {
      format: 2,
      title: seedLikePost.title,
      date: seedLikePost.date,
      source: seedLikePost.source,
      url: seedLikePost.url,
      tags: [],
      html: '<p>…</p>',
      text: ['…'],
      entities: seedLikePost.entities,
      figures: [...seedLikePost.figures],
      relevance: { relevant: true, reasons: ['a threat group'] },
      language: 'en',
    };
    expect(build(recordPostOf(seedLikePost.slug, body))).toEqual(build(seedLikePost));
  });
});
