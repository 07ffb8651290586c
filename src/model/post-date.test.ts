import { describe, expect, it } from 'vitest';
import { formatDay, parsePostDate } from './post-date.ts';

describe('parsePostDate', () => {
  it('keeps the author offset and orders by the instant', () => {
    const date = parsePostDate('2020-01-11T15:47:00+01:00');
    expect(date).toEqual({ iso: '2020-01-11T15:47:00+01:00', epochMs: Date.UTC(2020, 0, 11, 14, 47), day: '2020-01-11' });
  });

  it('reads the day in the author offset, not in UTC', () => {
    // 00:30 in Tokyo is still the previous day in UTC; readers must see the author's day.
    expect(parsePostDate('2024-05-31T00:30:00+09:00')?.day).toBe('2024-05-31');
  });

  it('accepts Jekyll dates, Z and compact offsets', () => {
    expect(parsePostDate('2016-09-09 10:00:00 +0200')?.iso).toBe('2016-09-09T10:00:00+02:00');
    expect(parsePostDate('2016-09-09T10:00:00Z')?.iso).toBe('2016-09-09T10:00:00+00:00');
    expect(parsePostDate('2016-09-09T10:00')?.iso).toBe('2016-09-09T10:00:00');
    expect(parsePostDate('2016-09-09')).toEqual({ iso: '2016-09-09', epochMs: Date.UTC(2016, 8, 9), day: '2016-09-09' });
  });

  it('reads a month, day or hour written without its leading zero, as some feeds write them', () => {
    expect(parsePostDate('2020-03-9T08:25:00.002-07:00')?.iso).toBe('2020-03-09T08:25:00-07:00');
    expect(parsePostDate('2020-3-9 8:05')?.day).toBe('2020-03-09');
    expect(parsePostDate('2020-3-9 8:05')?.iso).toBe('2020-03-09T08:05:00');
    expect(parsePostDate('2020-2-30')).toBeNull();
  });

  it('rejects impossible dates and other text', () => {
    for (const text of ['2020-02-30', '2020-13-01', '2020-01-01T25:00:00', 'yesterday', '11/01/2020', '2020-01-01T10:00:00+25:00']) {
      expect(parsePostDate(text), text).toBeNull();
    }
  });
});

describe('formatDay', () => {
  it('writes the day out in full', () => {
    expect(formatDay('2020-01-11')).toBe('11 January 2020');
  });
});
