/**
 * The fields of a record as the change history and the calendars see them: for every
 * field path its German label and what kind of value it holds, and for every list how its
 * items are told apart. The kinds (date, choice from a labelled list, reference to another
 * record, yes/no, number) are read from the zod schemas, so a new field is described
 * without a second declaration; only the short German labels are written here.
 *
 * Items of a list are identified by what they are, never by their position or their
 * date: a party by its Land or organisation, a step by its type, a source by its id or
 * address. That identity names a changed field ("Hamburg, Unterzeichnung") and gives a
 * calendar event its stable UID, so that a corrected date is the same fact, changed.
 */
import type { z } from 'zod';
import {
  agreementKinds,
  agreementSchema,
  agreementStatuses,
  eventTypes,
  relationKinds,
  solutionUses,
  stepTypes,
} from '../schemas/agreement.ts';
import { referenceKindOf, type ReferenceKind } from '../schemas/common.ts';
import { legalForms, membershipEnds, organisationKinds, organisationSchema } from '../schemas/organisation.ts';
import { solutionSchema } from '../schemas/solution.ts';
import { verificationRoles } from '../schemas/verification.ts';

export type RecordKind = 'agreement' | 'organisation' | 'solution';

export type FieldNode =
  | { type: 'object'; fields: Record<string, FieldNode> }
  | { type: 'list'; item: FieldNode }
  | { type: 'date' }
  | { type: 'choice'; labels: Record<string, string> }
  | { type: 'reference'; kind: ReferenceKind }
  | { type: 'boolean' }
  | { type: 'number' }
  | { type: 'text' };

/** Every labelled list of values the schemas use, found by its values. */
const LABELLED = [
  agreementKinds,
  agreementStatuses,
  eventTypes,
  stepTypes,
  relationKinds,
  solutionUses,
  organisationKinds,
  legalForms,
  membershipEnds,
  verificationRoles,
];

function labelsOf(values: string[]): Record<string, string> {
  const key = [...values].sort().join('|');
  const table = LABELLED.find((entry) => [...entry.values].sort().join('|') === key);
  return table ? (table.labels as Record<string, string>) : Object.fromEntries(values.map((value) => [value, value]));
}

/** The shape of a schema as field nodes; wrappers (optional, default, refinements) are looked through. */
export function fieldTree(schema: z.core.$ZodType): FieldNode {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: z.core.$ZodType;
    in?: z.core.$ZodType;
    out?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    entries?: Record<string, string>;
  };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      return fieldTree(def.innerType!);
    case 'pipe':
      // The schemas preprocess only dates (YAML reads 2013 as a number, a day as a Date).
      return def.in!._zod.def.type === 'transform' ? { type: 'date' } : fieldTree(def.out!);
    case 'object':
      return { type: 'object', fields: Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, fieldTree(field)])) };
    case 'array':
      return { type: 'list', item: fieldTree(def.element!) };
    case 'enum':
      return { type: 'choice', labels: labelsOf(Object.values(def.entries!)) };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: 'number' };
    default: {
      const kind = referenceKindOf(schema);
      return kind ? { type: 'reference', kind } : { type: 'text' };
    }
  }
}

export const RECORD_TREES: Record<RecordKind, FieldNode> = {
  agreement: fieldTree(agreementSchema),
  organisation: fieldTree(organisationSchema),
  solution: fieldTree(solutionSchema),
};

/**
 * German labels, by the field's path without list positions ("parties.steps.date") or,
 * as a fallback, by its own name. A list's label names one of its items ("Quelle").
 * tests/unit/record-fields.test.ts checks that every field of every schema has one.
 */
const LABELS_BY_PATH: Record<string, string> = {
  sources: 'Quelle',
  // Agreements
  signed: 'Datum der Unterzeichnung',
  effective: 'Wirksam ab',
  retroactive: 'Rückwirkend',
  dateSources: 'Beleg der Daten',
  summarySources: 'Beleg der Zusammenfassung',
  place: 'Ort der Unterzeichnung',
  legalBasis: 'Rechtsgrundlage',
  'legalBasis.name': 'Gesetz',
  term: 'Laufzeit',
  'term.until': 'Befristet bis',
  'term.notice': 'Kündigungsfrist',
  'term.noticeMonths': 'Kündigungsfrist in Monaten',
  'term.renewal': 'Verlängerung',
  parties: 'Partei',
  'parties.group': 'Gruppe',
  'parties.group.name': 'Gruppe',
  'parties.group.members': 'Genanntes Mitglied der Gruppe',
  'parties.steps': 'Schritt',
  'parties.declarations': 'Protokollerklärung',
  signatories: 'Unterzeichnende Person',
  events: 'Ereignis',
  related: 'Verwandte Vereinbarung',
  'related.agreement': 'Vereinbarung',
  solutions: 'Lösung',
  'solutions.solution': 'Lösung',
  projects: 'Projekt',
  notes: 'Anmerkung',
  verification: 'Prüfung',
  'verification.checked': 'Zuletzt geprüft am',
  'verification.checkedBy': 'Geprüft von',
  'verification.confirmedBy': 'Bestätigung durch eine Partei',
  // Organisations
  seat: 'Sitz',
  country: 'Staat',
  ars: 'Amtlicher Regionalschlüssel',
  legalForm: 'Rechtsform',
  owners: 'Träger',
  'owners.stakes': 'Anteil',
  'owners.since': 'Träger seit',
  'owners.until': 'Träger bis',
  shareTransfers: 'Übertragung von Anteilen',
  'shareTransfers.from': 'Abgebende Seite',
  'shareTransfers.to': 'Erwerbende Seite',
  'shareTransfers.approvals': 'Zustimmung',
  members: 'Mitglied',
  'members.since': 'Mitglied seit',
  'members.until': 'Mitglied bis',
  'members.notice': 'Kündigung erklärt am',
  'members.end': 'Ende der Mitgliedschaft',
  memberCounts: 'Zahl der Mitglieder',
  founded: 'Gegründet',
  dissolved: 'Aufgelöst',
  foundedBy: 'Gegründet durch',
  formerNames: 'Früherer Name',
  'formerNames.since': 'Name galt seit',
  'formerNames.until': 'Name galt bis',
  // Solutions
  developedBy: 'Entwickelt von',
  since: 'Seit',
  reusers: 'Nachnutzer',
  'reusers.since': 'Nutzt seit',
  'reusers.until': 'Nutzte bis',
  links: 'Verweise',
  'links.opencode': 'Quellcode auf openCode',
  'links.efa': 'Angebot im EfA-Marktplatz',
};

const LABELS_BY_NAME: Record<string, string> = {
  title: 'Titel',
  kind: 'Art',
  summary: 'Zusammenfassung',
  status: 'Status',
  name: 'Name',
  shortName: 'Kurzform',
  description: 'Beschreibung',
  land: 'Land',
  org: 'Organisation',
  role: 'Rolle',
  type: 'Art',
  date: 'Datum',
  planned: 'Geplant für',
  note: 'Erläuterung',
  sources: 'Beleg',
  law: 'Zustimmungsgesetz',
  approval: 'Genehmigung',
  gazette: 'Bekanntmachung',
  body: 'Gremium',
  citation: 'Fundstelle',
  url: 'Adresse',
  authority: 'Behörde',
  fileNumber: 'Aktenzeichen',
  issue: 'Ausgabe',
  page: 'Seite',
  document: 'Dokument',
  text: 'Text',
  count: 'Anzahl',
  function: 'Funktion',
  topics: 'Thema',
  relation: 'Beziehung',
  use: 'Verwendung',
  lead: 'Federführung',
  id: 'Kennung',
  publisher: 'Herausgeber',
  published: 'Veröffentlicht',
  accessed: 'Abgerufen am',
  archive: 'Archivierte Fassung',
  about: 'Bezug',
  section: 'Vorschrift',
  percent: 'Anteil in Prozent',
  nominal: 'Nennbetrag',
  amount: 'Betrag',
  currency: 'Währung',
  asOf: 'Stand',
  label: 'Bezeichnung',
  since: 'Seit',
  until: 'Bis',
  agreement: 'Vereinbarung',
  website: 'Website',
  wikidata: 'Wikidata',
  gnd: 'GND',
  efa: 'EfA-Marktplatz',
};

/** Labels of a few fields whose meaning depends on where they stand. */
const LABELS_IN_CONTEXT: Record<string, string> = {
  'law.title': 'Zustimmungsgesetz',
  'law.citation': 'Fundstelle des Gesetzes',
  'gazette.name': 'Amtsblatt',
  'approval.authority': 'Genehmigende Behörde',
  'body.name': 'Gremium',
  'sources.title': 'Titel der Quelle',
  'sources.url': 'Adresse der Quelle',
};

/** The label of a field; `path` is its place without list positions, e.g. ["parties", "steps", "date"]. */
export function fieldLabel(path: readonly string[]): string | undefined {
  const full = path.join('.');
  const name = path.at(-1) ?? '';
  return LABELS_BY_PATH[full] ?? LABELS_IN_CONTEXT[path.slice(-2).join('.')] ?? LABELS_BY_NAME[name];
}

/** Running text: a change says that it was revised, not the whole text before and after. */
export const LONG_TEXT: ReadonlySet<string> = new Set(['summary', 'description', 'text', 'note', 'renewal', 'notice']);

type Raw = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** "land:hamburg", "org:dataport" or "group:die Länder": a Land, an organisation or a group of parties. */
export function actorKey(item: Raw): string {
  const land = str(item.land);
  const org = str(item.org);
  const group = str((item.group as Raw | undefined)?.name);
  return land ? `land:${land}` : org ? `org:${org}` : group ? `group:${group}` : '';
}

/** What tells the items of each list apart, by the list's path; a list not named here uses its items' text. */
const ITEM_KEYS: Record<string, (item: Raw) => string> = {
  parties: actorKey,
  'parties.group.members': actorKey,
  'parties.steps': (item) => str(item.type) ?? '',
  'parties.declarations': (item) => str(item.text) ?? '',
  events: (item) => str(item.type) ?? '',
  signatories: (item) => str(item.name) ?? '',
  legalBasis: (item) => `${str(item.section) ?? ''} ${str(item.name) ?? ''}`.trim(),
  related: (item) => str(item.agreement) ?? '',
  solutions: (item) => str(item.solution) ?? '',
  projects: (item) => str(item.name) ?? '',
  sources: (item) => str(item.url) ?? str(item.id) ?? str(item.title) ?? '',
  notes: (item) => str(item.about) ?? str(item.text) ?? '',
  'verification.confirmedBy': actorKey,
  owners: actorKey,
  'owners.stakes': (item) => JSON.stringify(item.asOf ?? null),
  shareTransfers: (item) => `${actorKey((item.from as Raw | undefined) ?? {})}>${actorKey((item.to as Raw | undefined) ?? {})}`,
  'shareTransfers.approvals': (item) => str(item.authority) ?? '',
  members: actorKey,
  memberCounts: (item) => str(item.label) ?? '',
  formerNames: (item) => str(item.name) ?? '',
  developedBy: actorKey,
  reusers: actorKey,
};

/**
 * Other ways to recognise an item whose identity changed: a source that got an id or a new
 * address is still the same source if its id or title is.
 */
const ALTERNATIVE_KEYS: Record<string, ((item: Raw) => string | undefined)[]> = {
  sources: [(item) => str(item.id), (item) => str(item.url), (item) => str(item.title)],
};

/** The alternative identities of an item, for pairing items left over after matching by identity. */
export function alternativeKeys(path: readonly string[], item: unknown): (string | undefined)[] {
  const alternatives = ALTERNATIVE_KEYS[path.join('.')] ?? [];
  return item !== null && typeof item === 'object' ? alternatives.map((keyOf) => keyOf(item as Raw)) : [];
}

/**
 * The identities of a list's items, in order: their key, and "#2", "#3" … for the second
 * and third item with the same key (a party that withdrew and joined again, two council
 * decisions). Scalar items (topics, source ids) are their own identity.
 */
export function itemKeys(path: readonly string[], items: readonly unknown[]): string[] {
  const keyOf = ITEM_KEYS[path.join('.')];
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? keyOf
          ? keyOf(item as Raw)
          : JSON.stringify(item)
        : (str(item) ?? JSON.stringify(item ?? null));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/** The node of a field path in a record's tree (list positions left out), if the schema knows it. */
export function nodeAt(kind: RecordKind, path: readonly string[]): FieldNode | undefined {
  let node: FieldNode | undefined = RECORD_TREES[kind];
  for (const segment of path) {
    while (node?.type === 'list') node = node.item;
    node = node?.type === 'object' ? node.fields[segment] : undefined;
  }
  return node;
}
