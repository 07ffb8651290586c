/**
 * CSV text for a chart's data download (RFC 4180: comma separated, CRLF, quotes doubled), built in
 * the browser from the same rows the table view shows.
 */

/** A cell: text, a number (written as is, no grouping), or empty. */
export type CsvCell = string | number | null;

// A text cell starting like a formula would run in a spreadsheet; post titles come from the web.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of a header and rows, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for a chart's CSV: `sitrep-<chart>-<view>.csv`, letters, digits and dashes only. */
export function csvFileName(chart: string, view: string): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80);
  const viewPart = slug(view);
  return `sitrep-${slug(chart)}${viewPart ? `-${viewPart}` : ''}.csv`;
}
