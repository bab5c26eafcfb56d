/**
 * Dates inside German sentences, said as a person would: "am 16. Mai 2019", "im Mai 2019",
 * "spätestens im Oktober 2023", "zwischen 2. April und 16. Mai 2019". The reading forms
 * of single dates (DateLabel, formatDateValue) stay in src/schemas/dates.ts; this module
 * adds the prepositions and the grouping of several parties' dates into one sentence
 * ("Länder zwischen 2. April und 16. Mai 2019, Bund am 16. Mai 2019").
 */
import { dateBounds, formatPartialDate, readDateValue, type DateValue, type PartialDate } from '../schemas/dates.ts';

/** "am 16. Mai 2019", "im Mai 2019", "im 2. Quartal 2019", "im Jahr 2019". */
function onDate(date: PartialDate): string {
  const text = formatPartialDate(date);
  if (date.precision === 'day') return `am ${text}`;
  if (date.precision === 'year') return `im Jahr ${text}`;
  return `im ${text}`;
}

/** "2. April", "April", "2. Quartal" … : a date without its year, for the first half of a span in one year. */
function withoutYear(date: PartialDate): string {
  return formatPartialDate(date).replace(/\s\d{4}$/, '');
}

/** "zwischen 18. und 24. Oktober 2005", "zwischen 2. April und 16. Mai 2019", "zwischen 2018 und 2019". */
export function spanPhrase(from: PartialDate, to: PartialDate): string {
  if (from.year === to.year && from.precision !== 'year' && to.precision !== 'year') {
    const sameMonth = from.precision === 'day' && to.precision === 'day' && from.month === to.month;
    const first = sameMonth ? `${from.day}.` : withoutYear(from);
    return `zwischen ${first} und ${formatPartialDate(to)}`;
  }
  return `zwischen ${formatPartialDate(from)} und ${formatPartialDate(to)}`;
}

/**
 * A date as part of a sentence, with its preposition: "am 16. Mai 2019", "spätestens im
 * Oktober 2023", "frühestens 2019", "zwischen 2. April und 16. Mai 2019", "an einem
 * unbekannten Tag".
 */
export function dateInSentence(value: DateValue): string {
  const date = readDateValue(value);
  if (!date) return 'an einem unbekannten Tag';
  switch (date.form) {
    case 'exact':
      return onDate(date.date);
    case 'before':
      return `spätestens ${onDate(date.date)}`;
    case 'after':
      return `frühestens ${onDate(date.date)}`;
    case 'between':
      return spanPhrase(date.from, date.to);
    case 'unknown':
      return 'an einem unbekannten Tag';
  }
}

/** The reason a date is unknown, if it is. */
export function unknownReason(value: DateValue): string | undefined {
  return typeof value === 'object' ? value.unknown : undefined;
}

/** "A", "A und B", "A, B und C". */
export function joinGerman(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

/** Upper-case first letter: every generated sentence starts as a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase('de-DE') + text.slice(1);
}

/** A generated sentence: starts upper-case, ends with one full stop. */
export function asSentence(text: string): string {
  const trimmed = capitalise(text.trim());
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface DatedName {
  name: string;
  /** Whether the name is a Land, so that a group of Länder can be named as such. */
  land: boolean;
  date: DateValue;
}

export interface DateGroup {
  /** Who, named as a person would: "Bayern, Berlin und Hessen", "alle 16 Länder", "7 Parteien". */
  who: string;
  names: string[];
  date: DateValue;
  /** "am 16. Mai 2019" … */
  when: string;
}

/**
 * In the order a reader follows: by the last day a date can mean ("im April" before "am 19.
 * Juli" before "spätestens am 8. September"), on a tie the wider range first ("zwischen 2.
 * April und 16. Mai" before "am 16. Mai"); unknown dates last.
 */
function byRange(a: DateValue, b: DateValue): number {
  const [x, y] = [dateBounds(a), dateBounds(b)];
  const known = (bounds: { earliest?: string; latest?: string }) => bounds.earliest !== undefined || bounds.latest !== undefined;
  if (!known(x) || !known(y)) return Number(!known(x)) - Number(!known(y));
  return (x.latest ?? '9999').localeCompare(y.latest ?? '9999') || (x.earliest ?? '').localeCompare(y.earliest ?? '');
}

/** Parties that share the very same recorded date, the earliest group first. */
export function groupByDate(items: DatedName[], landCount = 16): DateGroup[] {
  const groups = new Map<string, { date: DateValue; items: DatedName[] }>();
  for (const item of items) {
    const key = JSON.stringify(item.date);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { date: item.date, items: [item] });
  }
  return [...groups.values()]
    .sort((a, b) => byRange(a.date, b.date))
    .map(({ date, items: members }) => ({
      who: namesOf(members, landCount),
      names: members.map((member) => member.name),
      date,
      when: dateInSentence(date),
    }));
}

/** A group's name: its members up to five, else "alle 16 Länder", "9 Länder" or "7 Parteien". */
function namesOf(members: DatedName[], landCount: number): string {
  if (members.length <= 5) return joinGerman(members.map((member) => member.name));
  if (members.every((member) => member.land)) return members.length === landCount ? `alle ${landCount} Länder` : `${members.length} Länder`;
  return `${members.length} Parteien`;
}

/** "Bayern, Berlin und Hessen zwischen 2. April und 16. Mai 2019, Bund am 16. Mai 2019". */
export function groupedDatesPhrase(groups: DateGroup[]): string {
  return groups.map((group) => `${group.who} ${group.when}`).join(', ');
}
