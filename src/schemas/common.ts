/**
 * Building blocks shared by all record schemas.
 *
 * The schemas are plain zod so that Astro, the validator script and the tests use the
 * very same definitions. Descriptions are German because editors show them to
 * contributors (through the generated JSON Schema).
 */
import { z } from 'zod';
import { PARTIAL_DATE_FORMS, UNCERTAIN_DATE_FORMS, dateBounds, isAfterDay, parsePartialDate, parseUncertainDate, readDateValue } from './dates.ts';

/** A stable id that is also the last segment of the record's URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Kennung aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen erwartet (z. B. „it-niedersachsen“, ohne Umlaute)',
  });

/** The kinds of record a field can refer to. */
export const REFERENCE_KINDS = {
  land: { singular: 'Land', plural: 'den Ländern' },
  org: { singular: 'Organisation', plural: 'den Organisationen' },
  topic: { singular: 'Thema', plural: 'den Themen' },
  agreement: { singular: 'Vereinbarung', plural: 'den Vereinbarungen' },
  solution: { singular: 'Lösung', plural: 'den Lösungen' },
} as const;

export type ReferenceKind = keyof typeof REFERENCE_KINDS;

/** Metadata key that marks a field as a reference; the validator finds references by it. */
export const REFERENCE_META = 'x-reference';

/**
 * A reference to another record by its id. The target kind is declared here, once, as
 * schema metadata: the validator walks the schema to find every reference, so a new
 * reference field is checked without being listed anywhere else.
 */
export function reference(kind: ReferenceKind) {
  return slug.meta({ [REFERENCE_META]: kind, description: `Kennung eines Eintrags aus ${REFERENCE_KINDS[kind].plural}` });
}

/** The target kind of a reference field, if the schema is one. */
export function referenceKindOf(schema: z.core.$ZodType): ReferenceKind | undefined {
  const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
  const kind = meta?.[REFERENCE_META];
  return typeof kind === 'string' && kind in REFERENCE_KINDS ? (kind as ReferenceKind) : undefined;
}

/**
 * "A Land or an organisation": the shape of every party, owner, signatory's principal
 * and developer. Declared once; `what` names the role in messages.
 */
export function actorFields(what: string) {
  return {
    land: reference('land').optional().describe(`Land als ${what}`),
    org: reference('org').optional().describe(`Organisation als ${what} (auch der Bund, eine Kommune oder ein Zweckverband)`),
  };
}

/** The rule that goes with `actorFields`: exactly one of the two. */
export const exactlyOneActor = (value: { land?: string | undefined; org?: string | undefined }) =>
  (value.land === undefined) !== (value.org === undefined);

/** An actor on its own, e.g. a developer of a solution. */
export function actorReference(what: string) {
  return z.strictObject(actorFields(what)).refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' });
}

/**
 * YAML turns `2026-02-16` into a Date (in Astro's parser) and `2013` into a number.
 * Dates are data with a precision, so both are read back as the string that was written.
 */
function yamlScalarToString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A date as precise as the sources are: day, month, quarter or year. */
export const partialDate = z
  .preprocess(
    yamlScalarToString,
    z
      .string({ error: `Datum erwartet (${PARTIAL_DATE_FORMS.join(', ')})` })
      .regex(/^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]))?$/, {
        error: `Datum in einer dieser Formen erwartet: ${PARTIAL_DATE_FORMS.join(', ')} (z. B. 2026-02-16, 2019-11, 2019-Q4, 2013)`,
        // A value in the wrong form needs no second message about the calendar.
        abort: true,
      })
      .refine((value) => parsePartialDate(value) !== null, {
        error: (issue) => `Das Datum „${String(issue.input)}“ gibt es im Kalender nicht`,
      }),
  )
  .describe(`Datum so genau wie die Quellen: ${PARTIAL_DATE_FORMS.join(', ')}`);

const DAY_PATTERN = String.raw`\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]))?`;
const UNCERTAIN_PATTERN = new RegExp(`^(?:\\.\\./${DAY_PATTERN}|${DAY_PATTERN}/\\.\\.|${DAY_PATTERN}(?:/${DAY_PATTERN})?)$`);

/**
 * A date of a fact (signing, a party's step, an owner's period): as precise as the
 * sources, bounded where they only bound it, or unknown with a reason.
 */
export const factDate = z
  .preprocess(
    yamlScalarToString,
    z.union(
      [
        z
          .string()
          .regex(UNCERTAIN_PATTERN, {
            error: `Datum in einer dieser Formen erwartet: ${UNCERTAIN_DATE_FORMS.join(', ')} (z. B. 2026-02-16, 2019-11, ../2019-11, 2013-08/2013-09)`,
            abort: true,
          })
          .refine((value) => parseUncertainDate(value) !== null, {
            error: (issue) => (String(issue.input).includes('/')
              ? `Der Zeitraum „${String(issue.input)}“ enthält ein Datum, das es im Kalender nicht gibt, oder endet vor seinem Beginn`
              : `Das Datum „${String(issue.input)}“ gibt es im Kalender nicht`),
          }),
        z.strictObject({ unknown: z.string().trim().min(1, { error: 'Bitte den Grund nennen, warum das Datum unbekannt ist' }).describe('Warum das Datum unbekannt ist') }),
      ],
      { error: `Datum erwartet (${UNCERTAIN_DATE_FORMS.join(', ')})` },
    ),
  )
  .describe(`Datum so genau wie die Quellen: ${UNCERTAIN_DATE_FORMS.join(', ')}`);

/** Only web addresses may appear in pages: no `javascript:`, `data:` or `file:`. */
/** A URL's characters as they may stand in a URI (RFC 3986): printable ASCII, the rest percent-encoded. */
const URI_CHARACTERS = /^[\x21-\x7e]+$/;

export const httpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'Webadresse erwartet, die mit https:// oder http:// beginnt',
  })
  // Browsers accept "Ländern" in an address, but the open data promise URIs (JSON Schema
  // format "uri"), which hold only ASCII: the validator offers the encoded form.
  .refine((url) => URI_CHARACTERS.test(url), {
    error: (issue) =>
      `Die Webadresse enthält Umlaute, Leerzeichen oder andere Zeichen, die kodiert werden müssen; kodiert lautet sie „${new URL(issue.input as string).href}“`,
  });

/** A single line of text: titles, names, functions. */
export const line = z
  .string({ error: 'Text erwartet' })
  .trim()
  .min(1, { error: 'Darf nicht leer sein' })
  .regex(/^[^\n\r]*$/, { error: 'Nur eine Zeile Text erwartet' });

/** Running text such as a summary; plain text, rendered escaped. */
export const text = z.string({ error: 'Text erwartet' }).trim().min(1, { error: 'Darf nicht leer sein' });

export const wikidataId = z
  .string()
  .regex(/^Q[1-9]\d*$/, { error: 'Wikidata-Kennung erwartet, z. B. „Q1197“' })
  .describe('Wikidata-Kennung (Q-Nummer)');

export const gndId = z
  .string()
  .regex(/^[0-9X-]{6,12}$/, { error: 'GND-Kennung erwartet, z. B. „2023426-0“' })
  .describe('GND-Kennung der Deutschen Nationalbibliothek');

/**
 * Builds a zod enum and its German labels from one table, so that values,
 * labels, validator messages and documentation never drift apart.
 */
export function labelledEnum<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { schema: z.enum(values), labels, values };
}

/** A source backing the record's claims. */
export const source = z
  .strictObject({
    id: slug.optional().describe('Kurze Kennung, auf die sich Anmerkungen und Ereignisse beziehen können'),
    url: httpUrl.optional().describe('Adresse der Quelle; fehlt nur bei gedruckten Quellen'),
    title: line.describe('Titel der Quelle'),
    publisher: line.describe('Herausgeber oder Medium, z. B. „IT.Niedersachsen“ oder „Kommune21“'),
    published: partialDate.optional().describe('Veröffentlichungsdatum der Quelle'),
    accessed: partialDate.optional().describe('Tag, an dem die Quelle gelesen wurde („abgerufen am“)'),
    archive: httpUrl.optional().describe('Archivierte Fassung, z. B. im Internet Archive'),
  })
  .describe('Quelle');

export type Source = z.output<typeof source>;

/** References from a fact to the record's own sources, by their `id`. */
export const sourceRefs = z.array(slug).optional().describe('Kennungen der Quellen (Feld „id“ unter „sources“)');

type Problem = (path: (string | number)[], input: unknown, message: string) => void;

/** Sources were published and read in the past. */
export function checkSourceDates(sources: readonly Source[], today: string, problem: Problem) {
  sources.forEach((src, index) => {
    for (const field of ['published', 'accessed'] as const) {
      const value = src[field];
      if (value && readDateValue(value) && isAfterDay(dateBounds(value).earliest ?? value, today)) {
        problem(['sources', index, field], value, `Datum liegt in der Zukunft (heute ist ${today})`);
      }
    }
  });
}

/**
 * A record's source ids are unique, and every reference to one resolves. References are
 * found by their field name wherever they stand (`sources` lists of ids on facts, owners,
 * members, notes …, and `dateSources`, `summarySources`), so a new sourced field needs no entry here.
 */
export function checkSourceIds(record: { sources: readonly Source[] }, problem: Problem) {
  const ids = new Set<string>();
  record.sources.forEach((src, index) => {
    if (!src.id) return;
    if (ids.has(src.id)) problem(['sources', index, 'id'], src.id, `Quellen-Kennung „${src.id}“ ist doppelt vergeben`);
    ids.add(src.id);
  });
  const known = [...ids];
  const check = (refs: unknown[], path: (string | number)[]) =>
    refs.forEach((ref, index) => {
      if (typeof ref !== 'string' || ids.has(ref)) return;
      problem(
        [...path, index],
        ref,
        known.length
          ? `Keine Quelle mit der Kennung „${ref}“; vorhanden: ${known.join(', ')}`
          : `Keine Quelle mit der Kennung „${ref}“: Quellen unter „sources“ brauchen dafür ein Feld „id“`,
      );
    });
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        // The record's own list of sources holds no references.
        if (path.length === 0 && key === 'sources') continue;
        // `sources`, and fields named for what they source (`dateSources`, `summarySources`).
        if ((key === 'sources' || key.endsWith('Sources')) && Array.isArray(item)) check(item, [...path, key]);
        else walk(item, [...path, key]);
      }
    }
  };
  walk(record, []);
}
