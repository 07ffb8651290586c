/**
 * Post dates as authors write them: an instant plus the author's own UTC offset, so a post written
 * at 15:47 in Paris reads "11 January 2020" everywhere, whatever the reader's time zone.
 */

/** A parsed post date. `iso` keeps the author's offset; `epochMs` orders posts. */
export interface PostDate {
  /** Normalised ISO 8601: `2020-01-11T15:47:00+01:00`, or `2020-01-11` for a date without time. */
  iso: string;
  /** Milliseconds since the epoch; a date without an offset is read as UTC. */
  epochMs: number;
  /** The calendar day in the author's offset, `YYYY-MM-DD`: what readers see and filters compare. */
  day: string;
}

// YYYY-MM-DD, optionally followed by a time (T or space) and an offset (Z, +01:00, +0100, " +0100").
// Feeds sometimes drop a leading zero ("2020-03-9T8:25:00"): month, day and hour take one digit too.
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses the date forms found in front matter (ISO 8601 and Jekyll's `2016-09-09 10:00:00 +0200`); `null` if invalid. */
export function parsePostDate(text: string): PostDate | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, moText, dText, hText, mi, s, fraction, offsetText] = match;
  const [mo, d, h] = [moText, dText, hText].map((part) => part?.padStart(2, '0'));
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const localMs = Date.UTC(year, month - 1, day, hour, minute, second, fraction ? Number(`0.${fraction}`) * 1000 : 0);
  // Date.UTC rolls 31 February over into March: reject days the month does not have.
  if (new Date(localMs).getUTCDate() !== day) return null;

  const dayText = `${y}-${mo}-${d}`;
  if (h === undefined) return { iso: dayText, epochMs: localMs, day: dayText };

  const time = `${h}:${mi}:${s ?? '00'}`;
  const offset = normaliseOffset(offsetText);
  if (offset === undefined) return null;
  const offsetMinutes = offset === null ? 0 : offsetToMinutes(offset);
  return {
    iso: `${dayText}T${time}${offset ?? ''}`,
    epochMs: localMs - offsetMinutes * 60_000,
    day: dayText,
  };
}

/** `Z` -> `+00:00`, `+0100` -> `+01:00`; `null` when absent; `undefined` when out of range. */
function normaliseOffset(text: string | undefined): string | null | undefined {
  if (text === undefined) return null;
  if (text === 'Z') return '+00:00';
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 14 || minutes > 59) return undefined;
  return `${text[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
}

function offsetToMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

const LONG_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "11 January 2020" for a `YYYY-MM-DD` day (the author's calendar day, not the reader's). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  return LONG_DAY.format(Date.UTC(y, m - 1, d));
}
