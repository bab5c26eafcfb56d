import { z } from 'zod';
import { isAfterDay, isCertainlyBefore, parsePartialDate, todayInGermany } from '../lib/dates.ts';
import { httpUrl, labelledEnum, line, partialDate, reference, slug, source, text } from './common.ts';

export const agreementKinds = labelledEnum({
  staatsvertrag: 'Staatsvertrag',
  verwaltungsvereinbarung: 'Verwaltungsvereinbarung',
  kooperationsvereinbarung: 'Kooperationsvereinbarung',
  rahmenkooperationsvereinbarung: 'Rahmenkooperationsvereinbarung',
  kooperationsvertrag: 'Kooperationsvertrag',
  'gemeinsame-erklaerung': 'Gemeinsame Erklärung / Absichtserklärung',
  nachnutzungsvertrag: 'Nachnutzungsvertrag',
  sonstige: 'Sonstige Vereinbarung',
});

export const agreementStatuses = labelledEnum({
  angekuendigt: 'Angekündigt',
  unterzeichnet: 'Unterzeichnet',
  'in-kraft': 'In Kraft',
  beendet: 'Beendet',
  unbekannt: 'Unbekannt',
});

/** Dated events besides the signing, which has its own field. */
export const eventTypes = labelledEnum({
  angekuendigt: 'Angekündigt',
  'in-kraft': 'In Kraft getreten',
  beitritt: 'Beitritt',
  austritt: 'Austritt',
  geaendert: 'Geändert',
  beendet: 'Beendet',
});

/**
 * How this agreement relates to another one. Each relation is stored once, on the
 * newer record; the inverse label is what the other record's page shows.
 */
export const relationKinds = labelledEnum({
  'setzt-um': 'Setzt um',
  'baut-auf': 'Baut auf',
  aendert: 'Ändert',
  ersetzt: 'Ersetzt',
});

export const inverseRelationLabels: Record<RelationKind, string> = {
  'setzt-um': 'Umgesetzt durch',
  'baut-auf': 'Grundlage für',
  aendert: 'Geändert durch',
  ersetzt: 'Ersetzt durch',
};

const exactlyOneParty = (value: { land?: string | undefined; org?: string | undefined }) =>
  (value.land === undefined) !== (value.org === undefined);

/** A party to the agreement: a Land or an organisation. */
export const partySchema = z
  .strictObject({
    org: reference('den Organisationen').optional().describe('Organisation als Vertragspartei'),
    land: reference('den Ländern').optional().describe('Land als Vertragspartei'),
    role: line.optional().describe('Rolle, wo sie eine Rolle spielt, z. B. „federführend“'),
  })
  .refine(exactlyOneParty, { error: 'Genau eines von „org“ oder „land“ angeben' })
  .describe('Vertragspartei');

export const signatorySchema = z
  .strictObject({
    name: line.describe('Name wie in der Quelle, mit Titel, z. B. „Dr. Johann Bizer“'),
    function: line.optional().describe('Funktion zum Zeitpunkt der Unterzeichnung, wie in der Quelle genannt'),
    org: reference('den Organisationen').optional().describe('Organisation, für die unterzeichnet wurde'),
    land: reference('den Ländern').optional().describe('Land, für das unterzeichnet wurde'),
  })
  .describe('Unterzeichnende Person');

export const eventSchema = z
  .strictObject({
    type: eventTypes.schema.describe('Art des Ereignisses'),
    date: partialDate,
    parties: z
      .array(z.strictObject({ org: reference('den Organisationen').optional(), land: reference('den Ländern').optional() })
        .refine(exactlyOneParty, { error: 'Genau eines von „org“ oder „land“ angeben' }))
      .optional()
      .describe('Betroffene Parteien, z. B. bei Beitritt oder Austritt'),
    note: line.optional().describe('Erläuterung'),
    sources: z.array(slug).optional().describe('Kennungen der Quellen (Feld „id“ unter „sources“)'),
  })
  .describe('Ereignis');

export const relatedSchema = z
  .strictObject({
    agreement: reference('den Vereinbarungen').describe('Kennung der anderen Vereinbarung (Dateiname ohne .mdx)'),
    relation: relationKinds.schema.describe('Beziehung aus Sicht dieser Vereinbarung'),
    note: line.optional(),
  })
  .describe('Verwandte Vereinbarung');

export const projectSchema = z
  .strictObject({
    name: line.describe('Name des Projekts oder der Lösung'),
    description: text.optional().describe('Was es ist, in einem Satz'),
    lead: reference('den Organisationen').optional().describe('Federführende Organisation'),
    url: httpUrl.optional(),
  })
  .describe('Projekt oder Lösung');

export const noteSchema = z
  .strictObject({
    about: line.optional().describe('Worauf sich die Anmerkung bezieht, z. B. „Datum der Unterzeichnung“'),
    text: text.describe('Was die Quellen unterschiedlich darstellen und wie der Eintrag damit umgeht'),
    sources: z.array(slug).optional().describe('Kennungen der betroffenen Quellen'),
  })
  .describe('Anmerkung');

const SIGNED_STATUSES = new Set(['unterzeichnet', 'in-kraft', 'beendet']);

export const agreementSchema = z
  .strictObject({
    title: line.max(200, { error: 'Titel bitte kürzer als 200 Zeichen' }).describe('Titel der Vereinbarung'),
    kind: agreementKinds.schema.describe('Art der Vereinbarung'),
    summary: text
      .max(600, { error: 'Zusammenfassung bitte kürzer als 600 Zeichen; Details gehören in den Text' })
      .describe('Zusammenfassung in zwei bis drei Sätzen, in eigenen Worten'),
    status: agreementStatuses.schema.describe('Stand laut den Quellen'),
    signed: partialDate.optional().describe('Datum der Unterzeichnung, so genau wie bekannt'),
    place: line.optional().describe('Ort der Unterzeichnung'),
    parties: z.array(partySchema).min(2, { error: 'Mindestens zwei Vertragsparteien angeben' }),
    signatories: z.array(signatorySchema).default([]).describe('Unterzeichnende, soweit bekannt'),
    events: z.array(eventSchema).default([]).describe('Weitere Ereignisse in zeitlicher Reihenfolge'),
    topics: z.array(reference('den Themen')).min(1, { error: 'Mindestens ein Thema angeben' }),
    related: z.array(relatedSchema).default([]),
    projects: z.array(projectSchema).default([]).describe('Genannte Projekte oder Lösungen'),
    sources: z
      .array(source)
      .min(1, { error: 'Mindestens eine Quelle angeben' })
      .refine((sources) => sources.some((src) => src.url !== undefined), { error: 'Mindestens eine Quelle braucht eine Webadresse („url“), damit andere sie prüfen können' }),
    notes: z.array(noteSchema).default([]).describe('Anmerkungen, z. B. wo Quellen voneinander abweichen'),
  })
  .superRefine((record, ctx) => {
    // zod runs this even when fields have issues of their own; such dates are skipped here.
    const isDate = (value: string | undefined): value is string => value !== undefined && parsePartialDate(value) !== null;
    const today = todayInGermany();
    const dated: { path: (string | number)[]; date: string }[] = [];
    if (isDate(record.signed)) dated.push({ path: ['signed'], date: record.signed });
    record.events.forEach((event, index) => {
      if (isDate(event.date)) dated.push({ path: ['events', index, 'date'], date: event.date });
    });
    record.sources.forEach((src, index) => {
      if (isDate(src.published)) dated.push({ path: ['sources', index, 'published'], date: src.published });
    });
    for (const { path, date } of dated) {
      if (isAfterDay(date, today)) {
        ctx.addIssue({ code: 'custom', path, input: date, message: `Datum liegt in der Zukunft (heute ist ${today})` });
      }
    }

    if (record.status === 'angekuendigt' && record.signed) {
      ctx.addIssue({
        code: 'custom', path: ['status'], input: record.status,
        message: 'Status „angekuendigt“, aber ein Datum der Unterzeichnung ist angegeben: Status auf „unterzeichnet“ setzen oder „signed“ entfernen',
      });
    }
    if (SIGNED_STATUSES.has(record.status) && !record.signed) {
      ctx.addIssue({
        code: 'custom', path: ['signed'], input: undefined,
        message: `Status „${record.status}“ braucht ein Datum der Unterzeichnung; wenn nur das Jahr bekannt ist, genügt z. B. „2019“`,
      });
    }
    const eventTypesPresent = new Set(record.events.map((event) => event.type));
    if (record.status === 'beendet' && !eventTypesPresent.has('beendet')) {
      ctx.addIssue({ code: 'custom', path: ['events'], input: record.events, message: 'Status „beendet“ braucht ein Ereignis vom Typ „beendet“ mit Datum' });
    }
    if (eventTypesPresent.has('beendet') && record.status !== 'beendet') {
      ctx.addIssue({ code: 'custom', path: ['status'], input: record.status, message: 'Es gibt ein Ereignis „beendet“: Status bitte auf „beendet“ setzen' });
    } else if (eventTypesPresent.has('in-kraft') && record.status !== 'in-kraft') {
      ctx.addIssue({ code: 'custom', path: ['status'], input: record.status, message: 'Es gibt ein Ereignis „in-kraft“: Status bitte auf „in-kraft“ setzen' });
    }

    record.events.forEach((event, index) => {
      const previous = record.events[index - 1];
      if (!isDate(event.date)) return;
      if (previous && isDate(previous.date) && isCertainlyBefore(event.date, previous.date)) {
        ctx.addIssue({
          code: 'custom', path: ['events', index, 'date'], input: event.date,
          message: `Ereignisse bitte in zeitlicher Reihenfolge: ${event.date} liegt vor dem vorigen Ereignis (${previous.date})`,
        });
      }
      if (isDate(record.signed) && event.type !== 'angekuendigt' && isCertainlyBefore(event.date, record.signed)) {
        ctx.addIssue({
          code: 'custom', path: ['events', index, 'date'], input: event.date,
          message: `„${eventTypes.labels[event.type]}“ (${event.date}) kann nicht vor der Unterzeichnung (${record.signed}) liegen`,
        });
      }
    });

    const sourceIds = new Set<string>();
    record.sources.forEach((src, index) => {
      if (!src.id) return;
      if (sourceIds.has(src.id)) {
        ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], input: src.id, message: `Quellen-Kennung „${src.id}“ ist doppelt vergeben` });
      }
      sourceIds.add(src.id);
    });
    const checkSourceRefs = (refs: string[] | undefined, path: (string | number)[]) =>
      refs?.forEach((ref, index) => {
        if (!sourceIds.has(ref)) {
          const known = [...sourceIds];
          ctx.addIssue({
            code: 'custom', path: [...path, index], input: ref,
            message: known.length
              ? `Keine Quelle mit der Kennung „${ref}“; vorhanden: ${known.join(', ')}`
              : `Keine Quelle mit der Kennung „${ref}“: Quellen unter „sources“ brauchen dafür ein Feld „id“`,
          });
        }
      });
    record.events.forEach((event, index) => checkSourceRefs(event.sources, ['events', index, 'sources']));
    record.notes.forEach((note, index) => checkSourceRefs(note.sources, ['notes', index, 'sources']));

    const duplicates = <T>(items: T[], key: (item: T) => string, path: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const value = key(item);
        if (value === '') return;
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [path, index], input: value, message: `${what} „${value}“ steht doppelt in der Liste` });
        seen.add(value);
      });
    };
    duplicates(record.parties, (party) => party.org ?? party.land ?? '', 'parties', 'Vertragspartei');
    duplicates(record.topics, (topic) => topic, 'topics', 'Thema');
    duplicates(record.related, (related) => related.agreement, 'related', 'Vereinbarung');
    duplicates(record.sources, (src) => src.url ?? '', 'sources', 'Quelle');
  })
  .describe('Vereinbarung (Frontmatter einer MDX-Datei in src/content/agreements/)');

export type Agreement = z.output<typeof agreementSchema>;
export type AgreementKind = z.output<typeof agreementKinds.schema>;
export type AgreementStatus = z.output<typeof agreementStatuses.schema>;
export type RelationKind = z.output<typeof relationKinds.schema>;
export type Party = z.output<typeof partySchema>;
export type AgreementEvent = z.output<typeof eventSchema>;
