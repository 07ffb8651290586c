/**
 * The explorer's "Export": the posts of a view as one file, in the formats of docs/export-formats.md
 * (CSV, JSON records, a STIX 2.1 bundle), named after the view. Pure: the app gathers the records,
 * this writes them.
 */
import type { ExportRecord } from '../format/export-format.ts';
import { EXPORT_FORMATS, type ExportFormat } from './export-choices.ts';
import { downloadFileName } from './file-name.ts';
import { recordsToCsv } from './record-csv.ts';
import { stixBundle, type StixCatalog, type StixSkipped } from './stix.ts';

/** A file to download. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
  /** Posts in the file: for STIX, the reports. */
  count: number;
  /** Posts a STIX bundle left out, and why; empty for the other formats. */
  skipped: StixSkipped[];
}

/** Choices of the caller. */
export interface ViewExportOptions {
  /** The view's canonical query string (`?actor=lazarus-group`), for the file name. */
  view: string;
  /** The app's absolute root URL: STIX reports link to each post's page in Sitrep. */
  appUrl?: string;
  /** When the view held more posts than the file: how many, for the file name. */
  limitedFrom?: number;
}

/** The records as JSON, as `npm run export` prints them: an array, indented by two spaces, with a final newline. */
export function recordsToJson(records: readonly ExportRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The file of `records` in `format`, named `sitrep-posts[-first-N]-<view>.<extension>`. */
export function viewExportFile(format: ExportFormat, records: readonly ExportRecord[], catalog: StixCatalog, options: ViewExportOptions): ExportFile {
  const meta = EXPORT_FORMATS.find((entry) => entry.format === format) ?? EXPORT_FORMATS[0];
  const what = options.limitedFrom !== undefined && options.limitedFrom > records.length ? `posts first ${records.length}` : 'posts';
  const file = { name: downloadFileName(what, options.view, meta?.extension ?? format), type: meta?.type ?? 'text/plain' };
  if (format === 'csv') return { ...file, text: recordsToCsv(records), count: records.length, skipped: [] };
  if (format === 'json') return { ...file, text: recordsToJson(records), count: records.length, skipped: [] };
  const { bundle, skipped } = stixBundle(records, catalog, options.appUrl ? { appUrl: options.appUrl } : {});
  return { ...file, text: `${JSON.stringify(bundle, null, 2)}\n`, count: records.length - skipped.length, skipped };
}
