/**
 * The one CSV writer of Sitrep: chart downloads, the post list export and `npm run export` all write
 * through it, so every CSV an analyst opens is escaped the same way.
 *
 * RFC 4180: comma separated, CRLF line ends, a cell holding a comma, a quote or a line break is
 * quoted and its quotes doubled. Text cells that a spreadsheet would read as a formula are defused
 * (OWASP "CSV Injection"): post titles, sources and sentences come from the web and from attackers'
 * own words.
 */

import { downloadFileName } from './file-name.ts';

/** A cell: text, a number (written as is, no grouping), or empty. */
export type CsvCell = string | number | null;

/** A CSV download as a chart offers it: the file name, a header and one line per bar, period or value. */
export interface CsvTable {
  fileName: string;
  header: string[];
  rows: CsvCell[][];
}

// The OWASP list of characters a spreadsheet reads as the start of a formula (or, tab and CR, as
// padding before one). Prefixing a single quote makes Excel, LibreOffice and Google Sheets show the
// text as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  // A number is written as a number, so -5 stays a negative number in the sheet; only text that
  // happens to start with "-" is defused. NaN and Infinity have no CSV spelling: left empty.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of a header and rows, CRLF after every line (the last one too). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name for a CSV download: `sitrep-<what>-<view>.csv`, lower-case letters, digits and dashes
 * only, so it is safe on every file system whatever the view's query string holds.
 */
export function csvFileName(what: string, view: string): string {
  return downloadFileName(what, view, 'csv');
}
