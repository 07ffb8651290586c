import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.ts';

describe('chart CSV', () => {
  it('quotes what needs quoting and writes numbers as they are', () => {
    expect(toCsv(['Period', 'USD'], [['Jan 2020', 571000000], ['Says "hi", twice', null]])).toBe('Period,USD\r\nJan 2020,571000000\r\n"Says ""hi"", twice",\r\n');
  });

  it('keeps a title that starts like a formula from running in a spreadsheet', () => {
    expect(toCsv(['Title'], [['=HYPERLINK("x")'], ['-5 things']])).toBe('Title\r\n"\'=HYPERLINK(""x"")"\r\n\'-5 things\r\n');
    expect(toCsv(['n'], [[-5]])).toBe('n\r\n-5\r\n');
  });

  it('names the file after the chart and the view', () => {
    expect(csvFileName('Reported money', '?actor=lazarus-group&from=2020-01-01')).toBe('sitrep-reported-money-actor-lazarus-group-from-2020-01-01.csv');
    expect(csvFileName('Posts over time', '')).toBe('sitrep-posts-over-time.csv');
  });
});
