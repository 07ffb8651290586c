/**
 * `npm run export`: one record per post, for analysts' own tools, built by the app's own record
 * builder (src/model/export/record.ts), so the command line and the explorer's export agree. The
 * record shape is fixed (docs/export-formats.md); fields stay present, empty when nothing was found.
 */
import { recordBuilder } from '../../model/export/record.ts';
import { recordsToCsv } from '../../model/export/record-csv.ts';
import type { ExportRecord } from '../../model/format/export-format.ts';
import type { Collection } from '../collection.ts';

export type { ExportRecord };

/** The records of a collection's posts, newest first, or of the given rows, in their order. */
export function exportRecords(collection: Collection, rows?: ArrayLike<number>): ExportRecord[] {
  const build = recordBuilder(collection.catalog);
  const posts = rows ? Array.from(rows, (row) => collection.posts[row]).filter((post) => post !== undefined) : collection.posts;
  return posts.map(({ slug, record }) =>
    build({
      slug,
      title: record.title,
      date: record.date.iso,
      url: record.url,
      source: record.source,
      entities: record.entities,
      figures: record.figures,
      relevant: record.relevance.relevant,
      language: record.language,
    }),
  );
}

/**
 * The records as CSV, one row per post; lists are joined with "; ". Written by the app's one CSV
 * writer (src/model/export), so spreadsheet formulas in titles are defused here as in the browser.
 */
export function toCsv(records: ExportRecord[]): string {
  return recordsToCsv(records);
}
