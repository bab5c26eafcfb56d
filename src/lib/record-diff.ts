/**
 * What changed between two versions of a record, field by field, in German words:
 * "Status: unterzeichnet → in Kraft", "Quelle ergänzt: „…“ (…)", "Datum der Unterzeichnung
 * genauer: 2019 → 18. Juni 2019". Labels and value kinds come from record-fields.ts;
 * names of Länder, organisations, topics, agreements and solutions from the caller.
 *
 * The versions are data as written (record-versions.ts), possibly not valid under
 * today's schema: every value is formatted defensively and nothing here throws.
 */
import { dateBounds, formatDateValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { ReferenceKind } from '../schemas/common.ts';
import { alternativeKeys, fieldLabel, itemKeys, LONG_TEXT, nodeAt, type FieldNode, type RecordKind } from './record-fields.ts';
import type { RecordVersion } from './record-versions.ts';

/** Names of the records a field can refer to; an id without a name stays the id. */
export type Names = Record<ReferenceKind, (id: string) => string>;

export const plainNames: Names = { land: String, org: String, topic: String, agreement: String, solution: String };

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const MAX_TEXT = 160;

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > MAX_TEXT ? `${single.slice(0, MAX_TEXT - 1)}…` : single;
}

/** Equal as data: the same JSON, whatever the order of keys; a missing list equals an empty one. */
function same(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : isObject(value)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .filter((key) => value[key] !== undefined && !(Array.isArray(value[key]) && (value[key] as unknown[]).length === 0))
              .map((key) => [key, canonical(value[key])]),
          )
        : value;
  const empty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A date as written: "2019", 2019 (YAML reads a year as a number), "2019-06-18" or { unknown: … }. */
function asDate(value: unknown): DateValue | undefined {
  const candidate = typeof value === 'number' ? String(value) : value;
  if (typeof candidate === 'string' && readDateValue(candidate)) return candidate;
  if (isObject(candidate) && typeof candidate.unknown === 'string') return { unknown: candidate.unknown };
  return undefined;
}

/** Whether `after` says the same as `before`, only more precisely (narrower, within its bounds). */
function refines(before: DateValue, after: DateValue): boolean {
  const b = dateBounds(before);
  const a = dateBounds(after);
  if (a.earliest === undefined && a.latest === undefined) return false;
  const within =
    (b.earliest === undefined || (a.earliest !== undefined && a.earliest >= b.earliest)) &&
    (b.latest === undefined || (a.latest !== undefined && a.latest <= b.latest));
  return within && (a.earliest !== b.earliest || a.latest !== b.latest);
}

export class RecordDiff {
  readonly lines: string[] = [];
  readonly #kind: RecordKind;
  readonly #names: Names;
  /** The record's own sources (both versions), to name the ones a fact cites. */
  readonly #sourceTitles = new Map<string, string>();

  constructor(kind: RecordKind, names: Names) {
    this.#kind = kind;
    this.#names = names;
  }

  /** The German lines that tell `before` from `after`. */
  static describe(kind: RecordKind, before: RecordVersion, after: RecordVersion, names: Names = plainNames): string[] {
    const diff = new RecordDiff(kind, names);
    for (const data of [before.data, after.data]) {
      for (const source of asList(data?.sources)) {
        if (isObject(source) && typeof source.id === 'string' && typeof source.title === 'string')
          diff.#sourceTitles.set(source.id, source.title);
      }
    }
    diff.#object([], [], before.data ?? {}, after.data ?? {});
    if ((before.body ?? '') !== (after.body ?? '')) {
      diff.lines.push(!before.body ? 'Text ergänzt' : !after.body ? 'Text entfernt' : 'Text überarbeitet');
    }
    return diff.lines;
  }

  #label(path: string[]): string {
    return fieldLabel(path) ?? `Feld „${path.at(-1) ?? ''}“`;
  }

  #object(path: string[], context: string[], before: Raw, after: Raw) {
    let node = nodeAt(this.#kind, path);
    // The items of a list have the fields of the list's item.
    while (node?.type === 'list') node = node.item;
    const order = node?.type === 'object' ? Object.keys(node.fields) : [];
    const keys = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) this.#field([...path, key], context, before[key], after[key]);
  }

  #field(path: string[], context: string[], before: unknown, after: unknown) {
    if (same(before, after)) return;
    const node = nodeAt(this.#kind, path);
    if (node?.type === 'list' || Array.isArray(before) || Array.isArray(after)) {
      this.#list(path, context, node?.type === 'list' ? node.item : undefined, asList(before), asList(after));
      return;
    }
    const objectish = (value: unknown) => value === undefined || value === null || isObject(value);
    const group = node?.type === 'object' || (node === undefined && (isObject(before) || isObject(after)));
    if (group && objectish(before) && objectish(after)) {
      // A group of fields (a term, a law, a group of parties) is as transparent as its fields.
      this.#object(path, context, isObject(before) ? before : {}, isObject(after) ? after : {});
      return;
    }
    this.#scalar(path, context, node, before, after);
  }

  #scalar(path: string[], context: string[], node: FieldNode | undefined, before: unknown, after: unknown) {
    const label = this.#label(path);
    const where = context.length ? ` (${context.join(', ')})` : '';
    const missing = (value: unknown) => value === undefined || value === null || value === '';
    if (node?.type === 'text' && LONG_TEXT.has(path.at(-1) ?? '')) {
      this.lines.push(`${label} ${missing(before) ? 'ergänzt' : missing(after) ? 'entfernt' : 'überarbeitet'}${where}`);
      return;
    }
    const b = this.#value(path, node, before);
    const a = this.#value(path, node, after);
    if (missing(before)) this.lines.push(`${label} ergänzt${where}: ${a}`);
    else if (missing(after)) this.lines.push(`${label} entfernt${where} (bisher: ${b})`);
    else {
      const beforeDate = node?.type === 'date' ? asDate(before) : undefined;
      const afterDate = node?.type === 'date' ? asDate(after) : undefined;
      const precise = beforeDate !== undefined && afterDate !== undefined && refines(beforeDate, afterDate);
      this.lines.push(`${label}${precise ? ' genauer' : ''}${where}: ${b} → ${a}`);
    }
  }

  #list(path: string[], context: string[], item: FieldNode | undefined, before: unknown[], after: unknown[]) {
    const label = this.#label(path);
    const where = context.length ? ` (${context.join(', ')})` : '';
    const beforeKeys = itemKeys(path, before);
    const afterKeys = itemKeys(path, after);
    // Pairs of (before, after) positions: first by identity, then leftovers by an alternative identity.
    const pairOf = new Map<number, number>();
    const paired = new Set<number>();
    afterKeys.forEach((key, index) => {
      const old = beforeKeys.indexOf(key);
      if (old >= 0) {
        pairOf.set(index, old);
        paired.add(old);
      }
    });
    afterKeys.forEach((_key, index) => {
      if (pairOf.has(index)) return;
      const alternatives = alternativeKeys(path, after[index]);
      const old = before.findIndex(
        (item, position) =>
          !paired.has(position) && alternativeKeys(path, item).some((key, rank) => key !== undefined && key === alternatives[rank]),
      );
      if (old >= 0) {
        pairOf.set(index, old);
        paired.add(old);
      }
    });
    after.forEach((value, index) => {
      const position = pairOf.get(index);
      if (position === undefined) {
        this.lines.push(`${label} ergänzt${where}: ${this.#describeItem(path, item, value)}`);
        return;
      }
      const old = before[position];
      if (same(old, value)) return;
      if (isObject(old) && isObject(value)) this.#object(path, [...context, this.#contextName(path, item, old, value)], old, value);
      else this.lines.push(`${label}${where}: ${this.#describeItem(path, item, old)} → ${this.#describeItem(path, item, value)}`);
    });
    before.forEach((value, index) => {
      if (!paired.has(index)) this.lines.push(`${label} entfernt${where}: ${this.#describeItem(path, item, value)}`);
    });
  }

  /** One value in words, as the field's kind says. */
  #value(path: string[], node: FieldNode | undefined, value: unknown): string {
    if (value === undefined || value === null) return '–';
    switch (node?.type) {
      case 'date': {
        const date = asDate(value);
        if (!date) break;
        const words = formatDateValue(date);
        return typeof date === 'object' ? `${words} (${shorten(date.unknown)})` : words;
      }
      case 'choice': {
        const label = node.labels[String(value)];
        if (label === undefined) break;
        // Status words read as adjectives in a sentence: "unterzeichnet → in Kraft".
        return path.at(-1) === 'status' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
      }
      case 'reference':
        if (typeof value === 'string') return this.#names[node.kind](value);
        break;
      case 'boolean':
        if (typeof value === 'boolean') return value ? 'ja' : 'nein';
        break;
      case 'number':
        if (typeof value === 'number') return `${value.toLocaleString('de-DE')}${path.at(-1) === 'percent' ? ' %' : ''}`;
        break;
    }
    if (typeof value === 'string') return shorten(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return shorten(JSON.stringify(value) ?? '');
  }

  /** A Land, an organisation or a group of parties by name; undefined if the item is none of these. */
  #actor(value: Raw): string | undefined {
    if (typeof value.land === 'string') return this.#names.land(value.land);
    if (typeof value.org === 'string') return this.#names.org(value.org);
    if (isObject(value.group) && typeof value.group.name === 'string') return value.group.name;
    return undefined;
  }

  #date(value: unknown): string | undefined {
    const date = asDate(value);
    return date === undefined ? undefined : formatDateValue(date);
  }

  /** An item of a list in words, e.g. "Unterzeichnung, 18. Juni 2019" or "„Titel“ (Herausgeber)". */
  #describeItem(path: string[], node: FieldNode | undefined, value: unknown): string {
    const list = path.at(-1) ?? '';
    if (!isObject(value)) {
      if (typeof value === 'string' && (list === 'sources' || list === 'dateSources') && path.length > 1)
        return `„${shorten(this.#sourceTitles.get(value) ?? value)}“`;
      return this.#value(path, node, value);
    }
    const fields = node?.type === 'object' ? node.fields : {};
    const text = (key: string) =>
      typeof value[key] === 'string' || typeof value[key] === 'number' ? shorten(String(value[key])) : undefined;
    const choice = (key: string) => {
      const field = fields[key];
      return field?.type === 'choice' ? (field.labels[String(value[key])] ?? text(key)) : text(key);
    };
    const dated = (label: string | undefined) => {
      const date = this.#date(value.date);
      const planned = this.#date(value.planned);
      return [label, date ?? (planned ? `geplant für ${planned}` : undefined)].filter(Boolean).join(', ');
    };
    switch (list) {
      case 'steps':
      case 'events':
        return dated(choice('type'));
      case 'sources':
        return `„${text('title') ?? text('url') ?? ''}“${text('publisher') ? ` (${text('publisher')})` : ''}`;
      case 'legalBasis':
        return [text('section'), text('name')].filter(Boolean).join(' ');
      case 'related':
        return `${typeof value.agreement === 'string' ? this.#names.agreement(value.agreement) : ''}${choice('relation') ? ` (${choice('relation')})` : ''}`;
      case 'solutions':
        return typeof value.solution === 'string' ? this.#names.solution(value.solution) : '';
      case 'notes':
        return text('about') ?? text('text') ?? '';
      case 'declarations':
        return text('text') ?? '';
      case 'stakes': {
        const amount = isObject(value.nominal) && typeof value.nominal.amount === 'number' ? value.nominal.amount : undefined;
        const share = [
          typeof value.percent === 'number' ? `${value.percent.toLocaleString('de-DE')} %` : undefined,
          amount === undefined
            ? undefined
            : `${amount.toLocaleString('de-DE')} ${typeof value.nominal === 'object' && value.nominal && 'currency' in value.nominal ? String(value.nominal.currency) : 'EUR'}`,
        ].filter(Boolean);
        return [share.join(', '), this.#date(value.asOf) && `Stand ${this.#date(value.asOf)}`].filter(Boolean).join(', ');
      }
      case 'shareTransfers': {
        const side = (side: unknown) => (isObject(side) ? this.#actor(side) : undefined);
        const parties = [side(value.from) && `von ${side(value.from)}`, side(value.to) && `an ${side(value.to)}`].filter(Boolean).join(' ');
        return [parties, this.#date(value.date)].filter(Boolean).join(', ');
      }
      case 'approvals':
        return text('authority') ?? '';
      case 'memberCounts':
        return [`${text('count') ?? ''} ${text('label') ?? ''}`.trim(), this.#date(value.asOf) && `Stand ${this.#date(value.asOf)}`]
          .filter(Boolean)
          .join(', ');
    }
    const actor = this.#actor(value);
    if (actor !== undefined) {
      const since = this.#date(value.since);
      return since ? `${actor} (seit ${since})` : actor;
    }
    return text('name') ?? text('title') ?? text('label') ?? shorten(JSON.stringify(value));
  }

  /** How a changed item is named in front of its changed fields: "Hamburg", "Unterzeichnung", "Quelle „…“". */
  #contextName(path: string[], node: FieldNode | undefined, before: Raw, after: Raw): string {
    const list = path.at(-1) ?? '';
    if (list === 'steps' || list === 'events') {
      const field = node?.type === 'object' ? node.fields.type : undefined;
      return field?.type === 'choice' ? (field.labels[String(after.type)] ?? String(after.type)) : String(after.type);
    }
    const actor = this.#actor(after);
    if (actor !== undefined) return actor;
    // Named as it was, so that a changed title is recognisable.
    const title =
      list === 'sources' && (typeof before.title === 'string' ? before.title : typeof after.title === 'string' ? after.title : undefined);
    return title ? `${this.#label(path)} „${shorten(title)}“` : `${this.#label(path)} ${this.#describeItem(path, node, before)}`;
  }
}
