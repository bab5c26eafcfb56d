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

/** The first and last month a date may mean (a day or a month: its own month). */
function monthSpan(date: PartialDate): [number, number] {
  if (date.precision === 'quarter') return [(date.quarter! - 1) * 3 + 1, date.quarter! * 3];
  if (date.precision === 'year') return [1, 12];
  return [date.month!, date.month!];
}

/** First calendar day the date may mean, as `YYYY-MM-DD`. */
export function earliestDay(value: string | PartialDate): string {
  const date = toPartialDate(value);
  return date.precision === 'day' ? date.raw : `${date.year}-${pad(monthSpan(date)[0])}-01`;
}

/** Last calendar day the date may mean, as `YYYY-MM-DD`. */
export function latestDay(value: string | PartialDate): string {
  const date = toPartialDate(value);
  const last = monthSpan(date)[1];
  return date.precision === 'day' ? date.raw : `${date.year}-${pad(last)}-${pad(daysInMonth(date.year, last))}`;
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

/*
 * Uncertain dates, after ISO 8601-2 / EDTF intervals with open ends. Sources often
 * bound a date without naming it: "vor November 2019", "im August oder September
 * 2013", or say nothing at all. A record says exactly that much:
 *
 *   `../2019-11`         on or before November 2019 ("spätestens November 2019")
 *   `2019-11/..`         on or after November 2019 ("frühestens November 2019")
 *   `2013-08/2013-09`    between August and September 2013
 *   `{ unknown: Grund }` unknown, with the reason (only in YAML, not as a string)
 *
 * Every partial date above is also an uncertain date of the form `exact`.
 */

export type UncertainDate =
  | { readonly form: 'exact'; readonly raw: string; readonly date: PartialDate }
  | { readonly form: 'before'; readonly raw: string; readonly date: PartialDate }
  | { readonly form: 'after'; readonly raw: string; readonly date: PartialDate }
  | { readonly form: 'between'; readonly raw: string; readonly from: PartialDate; readonly to: PartialDate }
  | { readonly form: 'unknown'; readonly reason: string };

/** A date as a record stores it: a string in one of the forms, or an unknown with its reason. */
export type DateValue = string | { readonly unknown: string };

/** The forms a contributor may write, for messages and documentation. */
export const UNCERTAIN_DATE_FORMS = [
  ...PARTIAL_DATE_FORMS,
  '../JJJJ-MM (spätestens)',
  'JJJJ-MM/.. (frühestens)',
  'JJJJ-MM/JJJJ-MM (zwischen)',
  '{ unknown: Grund } (unbekannt)',
] as const;

/** Parses the string forms of an uncertain date; null for anything else. */
export function parseUncertainDate(value: string): UncertainDate | null {
  if (value.startsWith('../')) {
    const date = parsePartialDate(value.slice(3));
    return date ? { form: 'before', raw: value, date } : null;
  }
  if (value.endsWith('/..')) {
    const date = parsePartialDate(value.slice(0, -3));
    return date ? { form: 'after', raw: value, date } : null;
  }
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const from = parsePartialDate(value.slice(0, slash));
    const to = parsePartialDate(value.slice(slash + 1));
    if (!from || !to || latestDay(to) < earliestDay(from)) return null;
    return { form: 'between', raw: value, from, to };
  }
  const date = parsePartialDate(value);
  return date ? { form: 'exact', raw: value, date } : null;
}

/** Reads a stored date value; null if it is in no known form. */
export function readDateValue(value: DateValue): UncertainDate | null {
  if (typeof value === 'string') return parseUncertainDate(value);
  return { form: 'unknown', reason: value.unknown };
}

function toUncertain(value: DateValue | UncertainDate): UncertainDate {
  if (typeof value === 'object' && 'form' in value) return value;
  const parsed = readDateValue(value);
  if (!parsed) throw new Error(`Not a date value: ${JSON.stringify(value)}`);
  return parsed;
}

/** The first and last calendar day (`YYYY-MM-DD`) the date may mean; open ends are undefined. */
export function dateBounds(value: DateValue | UncertainDate): { earliest?: string; latest?: string } {
  const date = toUncertain(value);
  switch (date.form) {
    case 'exact':
      return { earliest: earliestDay(date.date), latest: latestDay(date.date) };
    case 'before':
      return { latest: latestDay(date.date) };
    case 'after':
      return { earliest: earliestDay(date.date) };
    case 'between':
      return { earliest: earliestDay(date.from), latest: latestDay(date.to) };
    case 'unknown':
      return {};
  }
}

/** True if `a` certainly lies before `b`: a's last possible day is before b's first one. */
export function isCertainlyBeforeValue(a: DateValue | UncertainDate, b: DateValue | UncertainDate): boolean {
  const { latest } = dateBounds(a);
  const { earliest } = dateBounds(b);
  return latest !== undefined && earliest !== undefined && latest < earliest;
}

/** The day that places the date in time (its first possible day, else its last); undefined if unknown. */
export function sortDay(value: DateValue | UncertainDate): string | undefined {
  const { earliest, latest } = dateBounds(value);
  return earliest ?? latest;
}

/** German reading form: "16. Februar 2026", "spätestens November 2019", "zwischen August und September 2013", "unbekannt". */
export function formatDateValue(value: DateValue | UncertainDate): string {
  const date = toUncertain(value);
  switch (date.form) {
    case 'exact':
      return formatPartialDate(date.date);
    case 'before':
      return `spätestens ${formatPartialDate(date.date)}`;
    case 'after':
      return `frühestens ${formatPartialDate(date.date)}`;
    case 'between': {
      const { from, to } = date;
      // "zwischen August und September 2013" rather than "zwischen August 2013 und September 2013".
      const sameYear = from.year === to.year && from.precision === 'month' && to.precision === 'month';
      return `zwischen ${sameYear ? MONTH_NAMES[from.month! - 1] : formatPartialDate(from)} und ${formatPartialDate(to)}`;
    }
    case 'unknown':
      return 'unbekannt';
  }
}

/** Orders date values by the day that places them in time; unknown dates last. */
export function compareDateValues(a: DateValue | UncertainDate, b: DateValue | UncertainDate): number {
  const dayA = sortDay(a);
  const dayB = sortDay(b);
  if (dayA === undefined || dayB === undefined) return (dayA === undefined ? 1 : 0) - (dayB === undefined ? 1 : 0);
  return dayA.localeCompare(dayB) || (dateBounds(a).latest ?? '9999').localeCompare(dateBounds(b).latest ?? '9999');
}

/** Machine-readable form: ISO 8601 for exact dates, the EDTF interval otherwise; undefined if unknown. */
export function isoDateValue(value: DateValue | UncertainDate): string | undefined {
  const date = toUncertain(value);
  if (date.form === 'exact') return isoDate(date.date);
  return date.form === 'unknown' ? undefined : date.raw;
}

/**
 * Whether a period from `start` to `end` (exclusive) surely covers a day (`YYYY-MM-DD`):
 * it has surely begun (its start's last possible day is not later) and not ended (its
 * end's first possible day is later). A missing start means "from the beginning", a
 * missing end "until today"; an unknown start never surely covers a day.
 */
export function periodCovers(start: DateValue | undefined, end: DateValue | undefined, day: string): boolean {
  if (start !== undefined) {
    const { earliest, latest } = dateBounds(start);
    const begun = latest ?? earliest;
    if (begun === undefined || begun > day) return false;
  }
  if (end !== undefined) {
    const ended = sortDay(end);
    if (ended !== undefined && ended <= day) return false;
  }
  return true;
}
