/**
 * Export records as CSV, one row per post (docs/export-formats.md#csv): what `npm run export -- --format
 * csv` prints and what the explorer downloads. Lists are joined with "; " so a row stays one row.
 */
import type { ExportRecord } from '../format/export-format.ts';
import { type CsvCell, toCsv } from './csv.ts';

/** The columns, in order. New columns are only ever added at the end, so scripts that index them keep working. */
export const RECORD_CSV_COLUMNS = [
  'slug',
  'title',
  'date',
  'url',
  'source_name',
  'source_url',
  'actors',
  'malware',
  'victim_countries',
  'origin_countries',
  'regions',
  'platforms',
  'figures',
  'relevant',
  'language',
] as const;

const join = (values: readonly string[]) => values.join('; ');

function row(record: ExportRecord): CsvCell[] {
  return [
    record.slug,
    record.title,
    record.date,
    record.url ?? '',
    record.source?.name ?? '',
    record.source?.url ?? '',
    join(record.actors.map((actor) => actor.name)),
    join(record.malware.map((malware) => malware.name)),
    join(record.countries.victim),
    join(record.countries.origin),
    join(record.regions),
    join(record.platforms.map((platform) => platform.name)),
    join(record.figures.map((figure) => `${figure.text} (${figure.amount} ${figure.currency}, ${figure.kind})`)),
    String(record.relevant),
    record.language,
  ];
}

/** The CSV of export records: a header line, then one line per record, in the order given. */
export function recordsToCsv(records: readonly ExportRecord[]): string {
  return toCsv(RECORD_CSV_COLUMNS, records.map(row));
}
