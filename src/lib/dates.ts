/**
 * Partial dates: a date known only to the day, month, quarter or year.
 *
 * Sources rarely give every date to the day ("im November 2019", "4. Quartal 2019").
 * A record stores the date exactly as precise as its sources are, as a string:
 * `2026-02-16`, `2019-11`, `2019-Q4` or `2013`. This module is the one place that
 * parses, compares and formats them.
 */

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface PartialDate {
  /** The canonical string form, e.g. `2019-Q4`. */
  readonly raw: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, set for day and month precision. */
  readonly month?: number;
  /** 1–4, set for quarter precision. */
  readonly quarter?: number;
  /** 1–31, set for day precision. */
  readonly day?: number;
}

/** The forms a contributor may write, for messages and documentation. */
export const PARTIAL_DATE_FORMS = ['JJJJ-MM-TT', 'JJJJ-MM', 'JJJJ-Qn', 'JJJJ'] as const;

const PATTERN = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$/;

const MONTH_NAMES = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; returns null for anything that is not a real calendar date. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1800) return null;
  const [, , monthText, dayText, quarterText] = match;
  if (quarterText) return { raw: value, precision: 'quarter', year, quarter: Number(quarterText) };
  if (!monthText) return { raw: value, precision: 'year', year };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (!dayText) return { raw: value, precision: 'month', year, month };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { raw: value, precision: 'day', year, month, day };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toPartialDate(value: string | PartialDate): PartialDate {
  if (typeof value !== 'string') return value;
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Not a partial date: ${JSON.stringify(value)}`);
  return parsed;
}

/** First calendar day the date may mean, as `YYYY-MM-DD`. */
export function earliestDay(value: string | PartialDate): string {
  const date = toPartialDate(value);
  switch (date.precision) {
    case 'day':
      return date.raw;
    case 'month':
      return `${date.year}-${pad(date.month!)}-01`;
    case 'quarter':
      return `${date.year}-${pad((date.quarter! - 1) * 3 + 1)}-01`;
    case 'year':
      return `${date.year}-01-01`;
  }
}

/** Last calendar day the date may mean, as `YYYY-MM-DD`. */
export function latestDay(value: string | PartialDate): string {
  const date = toPartialDate(value);
  switch (date.precision) {
    case 'day':
      return date.raw;
    case 'month':
      return `${date.year}-${pad(date.month!)}-${pad(daysInMonth(date.year, date.month!))}`;
    case 'quarter': {
      const lastMonth = date.quarter! * 3;
      return `${date.year}-${pad(lastMonth)}-${pad(daysInMonth(date.year, lastMonth))}`;
    }
    case 'year':
      return `${date.year}-12-31`;
  }
}

/** German reading form: "16. Februar 2026", "November 2019", "4. Quartal 2019", "2013". */
export function formatPartialDate(value: string | PartialDate): string {
  const date = toPartialDate(value);
  switch (date.precision) {
    case 'day':
      return `${date.day}. ${MONTH_NAMES[date.month! - 1]} ${date.year}`;
    case 'month':
      return `${MONTH_NAMES[date.month! - 1]} ${date.year}`;
    case 'quarter':
      return `${date.quarter}. Quartal ${date.year}`;
    case 'year':
      return String(date.year);
  }
}

/**
 * The date in ISO 8601 form as precise as it is known: a quarter becomes its year,
 * since ISO 8601 has no quarter that schema.org or feed readers understand.
 */
export function isoDate(value: string | PartialDate): string {
  const date = toPartialDate(value);
  return date.precision === 'quarter' ? String(date.year) : date.raw;
}

/** Orders dates by their first possible day; on a tie, the more precise one first. */
export function comparePartialDates(a: string | PartialDate, b: string | PartialDate): number {
  const byStart = earliestDay(a).localeCompare(earliestDay(b));
  if (byStart !== 0) return byStart;
  return latestDay(a).localeCompare(latestDay(b));
}

/** True if the date can only mean days after `today` (`YYYY-MM-DD`). */
export function isAfterDay(value: string | PartialDate, today: string): boolean {
  return earliestDay(value) > today;
}

/** True if `later` certainly lies before `earlier`: their possible ranges do not overlap. */
export function isCertainlyBefore(later: string | PartialDate, earlier: string | PartialDate): boolean {
  return latestDay(later) < earliestDay(earlier);
}

// Creating a formatter is costly; validation asks for today's date once per record.
const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });

let todayCache: { minute: number; day: string } | undefined;

/** Today in Germany as `YYYY-MM-DD`, the reference for "not in the future". */
export function todayInGermany(now: Date = new Date()): string {
  // Asked once per record; the answer can only change from one minute to the next.
  const minute = Math.floor(now.getTime() / 60_000);
  if (todayCache?.minute !== minute) todayCache = { minute, day: berlinDay.format(now) };
  return todayCache.day;
}

/** Formats a full timestamp (e.g. the last change of a file) as "23. November 2026". */
export function formatDay(date: Date): string {
  return formatPartialDate(berlinDay.format(date));
}
