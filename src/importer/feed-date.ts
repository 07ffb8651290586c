/**
 * Feed dates to the ISO 8601 form posts use, keeping the offset the feed gives: Atom's RFC 3339
 * (`2020-01-11T15:47:00.000+01:00`) as it is, RSS's RFC 822 (`Sat, 11 Jan 2020 15:47:00 +0100`)
 * rewritten field by field, never through a `Date`, which would move it to the reader's zone.
 */
import { parsePostDate } from '../model/post-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 section 5 and RFC 5322 4.3: the zone names feeds still use. Military letters and local
// names such as CEST or IST are left out on purpose: they are ambiguous, and a wrong offset moves
// a post to another day.
const ZONES: Record<string, string> = {
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

// [Day,] D Mon YYYY HH:MM[:SS] [zone]; day names and full month names are tolerated, as feeds write them.
const RFC_822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,4}))?$/;

/**
 * `Sat, 11 Jan 2020 15:47:00 +0100` -> `2020-01-11T15:47:00+01:00`; an ISO date is normalised the
 * way the compiler reads it. `null` when the text is not a date this function can place in time.
 */
export function feedDateToIso(text: string): string | null {
  const trimmed = text.trim();
  const iso = parsePostDate(trimmed);
  if (iso) return iso.iso;

  const match = RFC_822.exec(trimmed);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  if (day === undefined || monthName === undefined || yearText === undefined || hour === undefined || minute === undefined) {
    return null;
  }
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  // RFC 5322 4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
  const year = yearText.length === 4 ? yearText : String(Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900));
  const offset = zone === undefined ? '' : offsetOf(zone);
  if (offset === null) return null;

  const candidate = `${year}-${pad(month)}-${pad(Number(day))}T${pad(Number(hour))}:${minute}:${second ?? '00'}${offset}`;
  // parsePostDate rejects 31 February and 25:00, so the result is a date the compiler accepts.
  return parsePostDate(candidate)?.iso ?? null;
}

function offsetOf(zone: string): string | null {
  if (/^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    return `${digits.slice(0, 3)}:${digits.slice(3)}`;
  }
  return ZONES[zone.toUpperCase()] ?? null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
