import { describe, expect, it } from 'vitest';
import { feedDateToIso } from './feed-date.ts';

describe('feedDateToIso', () => {
  it('rewrites an RSS (RFC 822) date as ISO 8601, keeping the offset the feed gives', () => {
    expect(feedDateToIso('Sat, 11 Jan 2020 15:47:00 +0100')).toBe('2020-01-11T15:47:00+01:00');
    expect(feedDateToIso('Tue, 14 Mar 2023 09:30:00 +0900')).toBe('2023-03-14T09:30:00+09:00');
    expect(feedDateToIso('Mon, 13 Mar 2023 18:05:00 -0330')).toBe('2023-03-13T18:05:00-03:30');
  });

  it('reads the zone names RFC 822 defines, and the variants feeds write', () => {
    expect(feedDateToIso('Mon, 13 Mar 2023 18:05 EST')).toBe('2023-03-13T18:05:00-05:00');
    expect(feedDateToIso('Sun, 12 Mar 23 07:00:00 GMT')).toBe('2023-03-12T07:00:00+00:00');
    expect(feedDateToIso('12 March 1999 07:00:00 +01:00')).toBe('1999-03-12T07:00:00+01:00');
    expect(feedDateToIso('Thursday, 5 Jan 2023 7:05:09 PDT')).toBe('2023-01-05T07:05:09-07:00');
  });

  it('normalises an ISO date the way the compiler reads it', () => {
    expect(feedDateToIso('2021-01-11T15:47:00.000+01:00')).toBe('2021-01-11T15:47:00+01:00');
    expect(feedDateToIso(' 2024-05-20T09:00:00Z ')).toBe('2024-05-20T09:00:00+00:00');
  });

  it('keeps a time without a zone as written, with no offset invented', () => {
    expect(feedDateToIso('Sat, 11 Jan 2020 15:47:00')).toBe('2020-01-11T15:47:00');
  });

  it('refuses days that do not exist, ambiguous zone names and text that is no date', () => {
    expect(feedDateToIso('Mon, 31 Feb 2023 10:00:00 +0000')).toBeNull();
    expect(feedDateToIso('Mon, 01 May 2023 10:00:00 CEST')).toBeNull();
    expect(feedDateToIso('yesterday')).toBeNull();
    expect(feedDateToIso('Mon, 01 Foo 2023 10:00:00 +0000')).toBeNull();
  });
});
