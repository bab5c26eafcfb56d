/**
 * Names that look like another record's name without being it: "Dаtaport" with a Cyrillic
 * „а“, "Data\u200Bport" with a zero-width space, "Müller" with a decomposed „ü“ (NFD), or
 * simply the same name twice. Such a record passes every rule of its own, yet readers
 * and search take it for the other one. Names are compared by their UTS #39 skeleton
 * (Unicode's table of confusable characters, from the `unhomoglyph` package), after
 * dropping invisible characters, NFKC (fullwidth and mathematical letters) and ignoring
 * case and spacing. Organisations are compared with organisations, solutions with
 * solutions, by their name and short name.
 *
 * Each look-alike is reported once, in the record that introduces it, naming the other:
 * the one whose name holds the unusual characters; if neither does (the same name twice),
 * the one fewer records refer to, as a new record usually is; else the file changed last;
 * if that is a tie too, both.
 * A name with invisible characters (outside emoji), in NFD, or with letters of another
 * script inside a Latin word is reported even if it resembles nothing yet.
 */
import unhomoglyph from 'unhomoglyph';
import { dateBounds, readDateValue } from '../schemas/dates.ts';
import type { Collector } from './collector.ts';
import type { YamlSource } from './source-file.ts';

export interface NamedRecord {
  id: string;
  source: YamlSource;
  /** Path of the record in its file (empty for one record per file). */
  pathPrefix: (string | number)[];
  /** How many references other records make to this one. */
  dependants: number;
}

/** What a kind of record is called in messages, and which of its fields are names. */
export interface NameKind {
  /** With article in the genitive: "der Organisation". */
  ofThe: string;
  /** Fields compared with other records. */
  compared: readonly string[];
  /** Lists of further names, checked for unusual characters only (a former name may be another's name now). */
  listed?: { field: string; names: readonly string[] };
}

export const ORGANISATION_NAMES: NameKind = {
  ofThe: 'der Organisation',
  compared: ['name', 'shortName'],
  listed: { field: 'formerNames', names: ['name', 'shortName'] },
};
export const SOLUTION_NAMES: NameKind = { ofThe: 'der Lösung', compared: ['name', 'shortName'] };

const FIELD_LABELS: Record<string, string> = { name: 'Name', shortName: 'Kurzform' };

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** The UTS #39 skeleton: NFD, confusable characters mapped to their prototype, NFD again. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/** Equal for names a reader cannot tell apart. */
export function comparisonKey(name: string): string {
  const plain = skeleton(name.replace(INVISIBLE, '').normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ').trim();
  // Lower case can turn a letter into one with a prototype of its own ("M" into "m").
  return skeleton(plain);
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'kyrillisches'],
  [/\p{Script=Greek}/u, 'griechisches'],
  [/\p{Script=Armenian}/u, 'armenisches'],
  [/\p{Script=Cherokee}/u, 'Cherokee-'],
];

/** Printable ASCII and the letters of Latin-1 (Ä, ö, ß, é …), nothing else. */
const ORDINARY = /^[\x20-\x7E\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]*$/;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

interface Unusual {
  /** German, e.g. "ein kyrillisches „а“ (U+0430) an Stelle 2". */
  text: string;
  /** Whether no ordinary name has it: an invisible character, a letter of another script inside a Latin word, NFD. */
  never: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** The unusual characters of a name; none for an ordinary name. */
function unusual(name: string): Unusual[] {
  // Nearly every name is ASCII with German letters: the Latin-1 letters are composed (NFC) and have no other form.
  if (ORDINARY.test(name)) return [];
  const found: Unusual[] = [];
  const characters = [...name];
  // Letters of another script inside a Latin word ("Nоrd" with a Cyrillic о); a Greek "Ω" on its own is a word of its own.
  const wordOf = new Map<number, boolean>();
  let word: number[] = [];
  const closeWord = () => {
    const latin = word.some((index) => /\p{Script=Latin}/u.test(characters[index]!));
    for (const index of word) wordOf.set(index, latin);
    word = [];
  };
  characters.forEach((character, index) => (/[\p{L}\p{M}]/u.test(character) ? word.push(index) : closeWord()));
  closeWord();
  characters.forEach((character, index) => {
    const at = `an Stelle ${index + 1}`;
    if (/\p{Default_Ignorable_Code_Point}/u.test(character)) {
      // A joiner or variation selector inside an emoji (👩‍💻, ❤️) belongs to it.
      const inEmoji = EMOJI.test(characters[index - 1] ?? '') || EMOJI.test(characters[index + 1] ?? '');
      found.push({ text: `ein unsichtbares Zeichen (${codePoint(character)}) ${at}`, never: !inEmoji });
    } else if (/\p{L}/u.test(character) && !/\p{Script=Latin}/u.test(character)) {
      const script = SCRIPTS.find(([pattern]) => pattern.test(character))?.[1] ?? 'nicht lateinisches';
      found.push({ text: `ein ${script} „${character}“ (${codePoint(character)}) ${at}`, never: wordOf.get(index) === true });
    } else if (/\p{L}|\p{N}/u.test(character) && character.normalize('NFKC') !== character) {
      found.push({ text: `die Sonderform „${character}“ (${codePoint(character)}) ${at}`, never: false });
    }
  });
  if (name.normalize('NFC') !== name) found.push({ text: 'Umlaute oder Akzente in zerlegter Form (Unicode NFD statt NFC)', never: true });
  return found;
}

/** What makes a name unusual, in German, e.g. "ein kyrillisches „а“ (U+0430) an Stelle 2"; empty for an ordinary name. */
export function unusualCharacters(name: string): string[] {
  return unusual(name).map((entry) => entry.text);
}

/** Problems a name has on its own: what no ordinary name has. */
function ownProblems(name: string): string[] {
  return unusual(name)
    .filter((entry) => entry.never)
    .map((entry) => entry.text);
}

/** "a, b und c"; from four items on, the first three and how many more. */
function list(items: string[]): string {
  if (items.length > 3) return `${items.slice(0, 3).join(', ')} und ${items.length - 3} weitere`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

interface Name {
  record: NamedRecord;
  field: string;
  value: string;
  key: string;
  unusual: string[];
}

function stringAt(data: unknown, key: string): string | undefined {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function recordData(record: NamedRecord): unknown {
  let data = record.source.data;
  for (const segment of record.pathPrefix) data = (data as Record<string | number, unknown> | null)?.[segment];
  return data;
}

const FIX_OWN =
  'Solche Zeichen sehen aus wie gewöhnliche Buchstaben oder gar nicht, machen den Namen aber für Suche und Vergleich zu einem anderen; bitte den Namen mit gewöhnlichen Zeichen neu eintippen.';

/**
 * Whether two bodies lived one after the other: one was dissolved no later than the
 * other was founded (dates at any precision; unknown or missing dates never tell).
 */
function successive(a: unknown, b: unknown): boolean {
  const dates = (data: unknown) => ({ founded: stringAt(data, 'founded'), dissolved: stringAt(data, 'dissolved') });
  const endsBefore = (first: { dissolved?: string | undefined }, second: { founded?: string | undefined }) => {
    if (!first.dissolved || !second.founded || !readDateValue(first.dissolved) || !readDateValue(second.founded)) return false;
    const end = dateBounds(first.dissolved).latest;
    const start = dateBounds(second.founded).earliest;
    return end !== undefined && start !== undefined && end <= start;
  };
  const [first, second] = [dates(a), dates(b)];
  return endsBefore(first, second) || endsBefore(second, first);
}

/**
 * Checks the names of one kind of record (all organisations, or all solutions): each on
 * its own, and each against every other record's names.
 */
export function checkLookAlikeNames(
  records: NamedRecord[],
  kind: NameKind,
  collector: Collector,
  /** When a file was last changed (ms), to tell which of two equal names came later; asked only then. */
  modifiedAt: (file: string) => number | undefined = () => undefined,
) {
  const names: Name[] = [];
  for (const record of records) {
    const data = recordData(record);
    for (const field of kind.compared) {
      const value = stringAt(data, field);
      if (value !== undefined) names.push({ record, field, value, key: comparisonKey(value), unusual: unusualCharacters(value) });
    }
    if (kind.listed) {
      const entries = (data as Record<string, unknown> | null)?.[kind.listed.field];
      if (Array.isArray(entries)) {
        entries.forEach((entry, index) => {
          for (const field of kind.listed!.names) {
            const value = stringAt(entry, field);
            const problems = value === undefined ? [] : ownProblems(value);
            if (problems.length > 0) {
              collector.at(
                record.source,
                [...record.pathPrefix, kind.listed!.field, index, field],
                `Der Name „${value}“ enthält ${list(problems)}. ${FIX_OWN}`,
              );
            }
          }
        });
      }
    }
  }

  /** Of two records with equally ordinary names, the one likely added later: fewer records use it, else it changed last. */
  const likelyNewer = (a: Name, b: Name): Name | undefined => {
    if (a.record.dependants !== b.record.dependants) return a.record.dependants < b.record.dependants ? a : b;
    const [timeA, timeB] = [modifiedAt(a.record.source.file), modifiedAt(b.record.source.file)];
    if (timeA === undefined || timeB === undefined || timeA === timeB) return undefined;
    return timeA > timeB ? a : b;
  };

  // The names of other records sharing a key; each pair is looked at once.
  const byKey = new Map<string, Name[]>();
  for (const name of names) byKey.set(name.key, [...(byKey.get(name.key) ?? []), name]);
  const reported = new Set<Name>();
  const report = (name: Name, other: Name) => {
    if (reported.has(name)) return;
    reported.add(name);
    const same = name.unusual.length === 0 && name.value === other.value;
    const what =
      name.unusual.length > 0
        ? `, enthält aber ${list(name.unusual)}`
        : same
          ? ''
          : ' (bis auf Groß- und Kleinschreibung, Leerzeichen oder gleich aussehende Zeichen)';
    const shortForm = other.field === 'shortName';
    const likeWhat = same
      ? shortForm
        ? 'gleicht der Kurzform'
        : 'gleicht dem Namen'
      : shortForm
        ? 'sieht aus wie die Kurzform'
        : 'sieht aus wie der Name';
    collector.at(
      name.record.source,
      [...name.record.pathPrefix, name.field],
      `${FIELD_LABELS[name.field] ?? name.field} „${name.value}“ ${likeWhat} „${other.value}“ ${kind.ofThe} „${other.record.id}“ (${other.record.source.file})${what}. Ist es dieselbe, bitte deren Kennung „${other.record.id}“ verwenden statt eines neuen Eintrags; sonst den Namen so fassen, dass er sich erkennbar unterscheidet.`,
    );
  };
  for (const group of byKey.values()) {
    for (const [index, a] of group.entries()) {
      for (const b of group.slice(index + 1)) {
        if (a.record === b.record) continue;
        // A successor may carry its predecessor's name: one was dissolved before the other was founded.
        const aOdd = a.unusual.length > 0;
        if (!aOdd && b.unusual.length === 0 && successive(recordData(a.record), recordData(b.record))) continue;
        const bOdd = b.unusual.length > 0;
        const newer = aOdd !== bOdd ? (aOdd ? a : b) : likelyNewer(a, b);
        if (newer) {
          report(newer, newer === a ? b : a);
        } else {
          report(a, b);
          report(b, a);
        }
      }
    }
  }

  // What a name has on its own, where no look-alike said it already.
  for (const name of names) {
    if (reported.has(name)) continue;
    const problems = ownProblems(name.value);
    if (problems.length > 0) {
      collector.at(
        name.record.source,
        [...name.record.pathPrefix, name.field],
        `${FIELD_LABELS[name.field] ?? name.field} „${name.value}“ enthält ${list(problems)}. ${FIX_OWN}`,
      );
    }
  }
}
