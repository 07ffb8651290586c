import { describe, expect, it } from 'vitest';
import { exportCatalog, postWith, seedLikePost } from '../../test-support/export-fixture.ts';
import { recordBuilder } from './record.ts';
import { RECORD_CSV_COLUMNS, recordsToCsv } from './record-csv.ts';

/** The CSV's lines split into unquoted cells, for CSV without quoted line breaks. */
function table(csv: string): string[][] {
  const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
  return csv
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(unquote));
}

describe('export records as CSV', () => {
  const build = recordBuilder(exportCatalog);

  it('writes a header and one row per post, lists joined with "; "', () => {
    const [header, row] = table(recordsToCsv([build(seedLikePost)]));
    expect(header).toEqual([...RECORD_CSV_COLUMNS]);
    const cell = (column: (typeof RECORD_CSV_COLUMNS)[number]) => row?.[RECORD_CSV_COLUMNS.indexOf(column)];
    expect(cell('actors')).toBe('Lazarus Group');
    expect(cell('victim_countries')).toBe('CN; GB; PL; RU');
    expect(cell('origin_countries')).toBe('KP');
    expect(cell('figures')).toBe('$571 million (571000000 USD, theft)');
    expect(cell('relevant')).toBe('true');
    expect(cell('language')).toBe('en');
  });

  it('defuses a hostile title and quotes it', () => {
    const csv = recordsToCsv([build(postWith({ title: '=HYPERLINK("https://evil.example","Open")' }))]);
    expect(csv).toContain(',"\'=HYPERLINK(""https://evil.example"",""Open"")",');
  });

  it('ends lines with CRLF as RFC 4180 asks', () => {
    const csv = recordsToCsv([build(seedLikePost), build(postWith({ slug: 'second' }))]);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes relevance and language when the records carry them', () => {
    const [, row] = table(recordsToCsv([build({ ...seedLikePost, relevant: true, language: 'en' })]));
    expect(row?.slice(-2)).toEqual(['true', 'en']);
  });
});
