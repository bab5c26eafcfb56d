/**
 * The shape of the open-data API, version 1 (/api/v1/…). Field names are stable: a change
 * to them is a new API version. The descriptions document the fields on /daten/ and in
 * the published JSON Schema, so they are German.
 */
import { z } from 'zod';
import { agreementKinds, agreementStatuses, eventTypes, relationKinds, solutionUses, stepTypes } from '../schemas/agreement.ts';
import { legalForms, organisationKinds } from '../schemas/organisation.ts';

export const API_VERSION = 'v1';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
/** A described list of records of one shape. */
const listOf = <S extends z.ZodRawShape>(description: string, shape: S) => z.array(z.strictObject(shape)).describe(description);

export const dateV1 = z
  .strictObject({
    value: nullable(z.string()).describe(
      'Datum wie erfasst: JJJJ-MM-TT, JJJJ-MM, JJJJ-Qn, JJJJ oder ein EDTF-Zeitraum (../2019-11, 2019-11/.., 2013-08/2013-09); null, wenn unbekannt',
    ),
    form: z
      .enum(['exact', 'before', 'after', 'between', 'unknown'])
      .describe('exact: genau so bekannt; before: spätestens; after: frühestens; between: in einem Zeitraum; unknown: unbekannt'),
    precision: nullable(z.enum(['day', 'month', 'quarter', 'year'])).describe(
      'Genauigkeit eines genauen Datums: day, month, quarter oder year',
    ),
    earliest: nullable(z.string()).describe('Frühester möglicher Tag (JJJJ-MM-TT); null, wenn nach unten offen'),
    latest: nullable(z.string()).describe('Spätester möglicher Tag (JJJJ-MM-TT); null, wenn nach oben offen'),
    label: z.string().describe('Deutsche Schreibweise, z. B. „November 2019“ oder „spätestens November 2019“'),
    reason: nullable(z.string()).describe('Bei unbekanntem Datum: warum'),
  })
  .describe('Datum mit Genauigkeit');

const stepV1 = z.strictObject({
  type: stepTypes.schema.describe(`Art des Schritts: ${stepTypes.values.join(', ')}`),
  typeLabel: z.string(),
  date: dateV1,
  law: nullable(z.strictObject({ title: z.string(), citation: nullable(z.string()), url: nullable(z.string()) })).describe(
    'Zustimmungsgesetz bei „zustimmung“',
  ),
  note: nullable(z.string()),
  sources: z.array(z.string()).describe('Kennungen der Quellen'),
});

const partyV1 = z.strictObject({
  type: z.enum(['organisation', 'land']).describe('organisation oder land'),
  id: z.string().describe('Kennung der Organisation oder des Landes'),
  name: z.string().describe('Name, wie er auf der Website steht'),
  role: nullable(z.string()).describe('Rolle in der Vereinbarung, wenn angegeben'),
  url: z.string().describe('Seite der Partei im Atlas'),
  participation: z
    .enum(['partei', 'geplant', 'beigetreten', 'ausgetreten'])
    .describe('partei: von Anfang an; geplant: Beitritt angekündigt; beigetreten: später beigetreten; ausgetreten'),
  joined: nullable(dateV1).describe('Seit wann die Partei dabei ist'),
  left: nullable(dateV1).describe('Bis wann die Partei dabei war'),
  steps: z.array(stepV1).describe('Was die Partei wann getan hat'),
  declarations: z.array(z.strictObject({ text: z.string(), sources: z.array(z.string()) })).describe('Protokollerklärungen'),
});

const sourceV1 = z.strictObject({
  id: nullable(z.string()),
  url: nullable(z.string()).describe('Adresse; null bei gedruckten Quellen'),
  title: z.string(),
  publisher: z.string(),
  published: nullable(dateV1),
  accessed: nullable(dateV1).describe('Wann die Quelle gelesen wurde'),
  archive: nullable(z.string()).describe('Archivierte Fassung'),
});

export const agreementV1 = z
  .strictObject({
    id: z.string().describe('Stabile Kennung, zugleich letzter Teil der Adresse'),
    url: z.string().describe('Seite der Vereinbarung im Atlas'),
    title: z.string().describe('Titel'),
    kind: agreementKinds.schema.describe(`Art: ${agreementKinds.values.join(', ')}`),
    kindLabel: z.string().describe('Art als Text, z. B. „Kooperationsvertrag“'),
    summary: z.string().describe('Zusammenfassung in eigenen Worten'),
    status: agreementStatuses.schema.describe(`Status: ${agreementStatuses.values.join(', ')}`),
    statusLabel: z.string().describe('Status als Text, z. B. „Unterzeichnet“'),
    signed: nullable(dateV1).describe(
      'Gemeinsames Datum der Unterzeichnung; fehlt es, stehen die Unterzeichnungen je Partei unter parties[].steps',
    ),
    date: nullable(dateV1).describe(
      'Datum, das die Vereinbarung zeitlich einordnet: Unterzeichnung, sonst erste Unterzeichnung oder Beitritt einer Partei',
    ),
    effective: nullable(dateV1).describe('Wirksam ab'),
    dateSources: z.array(z.string()).describe('Kennungen der Quellen für Unterzeichnung und „wirksam ab“'),
    retroactive: z.boolean().describe('true, wenn die Vereinbarung laut Quelle rückwirkend gilt'),
    federal: z.boolean().describe('true, wenn der Bund oder eine Bundesbehörde Partei ist'),
    place: nullable(z.string()).describe('Ort der Unterzeichnung'),
    parties: z.array(partyV1).describe('Vertragsparteien'),
    laender: listOf('Beteiligte Länder: direct trennt Vertragsparteien von mittelbar Beteiligten', {
      id: z.string(),
      name: z.string(),
      code: z.string().describe('ISO-3166-2-Code'),
      direct: z
        .boolean()
        .describe('true, wenn das Land selbst Vertragspartei ist (auch vertreten durch ein Ministerium oder die Staatskanzlei)'),
      representedBy: z.array(z.string()).describe('Kennungen der Ministerien oder Staatskanzleien, die für das Land Partei sind'),
      via: z
        .array(z.string())
        .describe(
          'Kennungen der Organisationen, über die das Land nur mittelbar beteiligt ist: Es war ihr Träger, als sie Partei wurden (ihr Sitz im Land allein zählt nicht)',
        ),
      planned: z.boolean().describe('true, wenn der Beitritt des Landes geplant ist'),
    }),
    signatories: listOf('Unterzeichnende', {
      name: z.string(),
      function: nullable(z.string()),
      organisation: nullable(z.string()).describe('Kennung der Organisation'),
      land: nullable(z.string()).describe('Kennung des Landes'),
      sources: z.array(z.string()),
    }),
    events: listOf('Ereignisse, die alle Parteien betreffen', {
      type: eventTypes.schema.describe(`Art: ${eventTypes.values.join(', ')}`),
      typeLabel: z.string(),
      date: dateV1,
      note: nullable(z.string()),
      sources: z.array(z.string()),
    }),
    topics: z.array(z.strictObject({ id: z.string(), label: z.string() })).describe('Themen'),
    related: listOf('Verwandte Vereinbarungen in beide Richtungen', {
      id: z.string().describe('Kennung der anderen Vereinbarung'),
      relation: relationKinds.schema.describe(`Beziehung: ${relationKinds.values.join(', ')}`),
      direction: z
        .enum(['outgoing', 'incoming'])
        .describe(
          'outgoing: diese Vereinbarung setzt die andere um, baut auf ihr auf, ändert, ersetzt sie, tritt ihr bei oder folgt auf sie; incoming: umgekehrt',
        ),
      label: z.string().describe('Beziehung aus Sicht dieser Vereinbarung, z. B. „Umgesetzt durch“'),
    }),
    lineage: z
      .array(z.string())
      .describe(
        'Vertragsgeschichte: Kennungen von Gründungsvertrag, Änderungen und Beitritten in zeitlicher Reihenfolge (leer, wenn keine)',
      ),
    solutions: listOf('Betroffene Lösungen', {
      id: z.string(),
      use: solutionUses.schema.describe(`Was die Vereinbarung mit der Lösung regelt: ${solutionUses.values.join(', ')}`),
      note: nullable(z.string()),
    }),
    founded: z.array(z.string()).describe('Kennungen der Organisationen, die die Vereinbarung gegründet hat'),
    projects: listOf('Genannte Projekte', {
      name: z.string(),
      description: nullable(z.string()),
      lead: nullable(z.string()).describe('Kennung der federführenden Organisation'),
      url: nullable(z.string()),
    }),
    sources: z.array(sourceV1).describe('Quellen'),
    notes: listOf('Anmerkungen, etwa wo Quellen sich widersprechen', {
      about: nullable(z.string()),
      text: z.string(),
      sources: z.array(z.string()).describe('Kennungen der betroffenen Quellen'),
    }),
    lastChanged: nullable(z.string()).describe('Letzte Änderung des Eintrags (ISO 8601)'),
  })
  .describe('Vereinbarung (API v1)');

export const organisationV1 = z
  .strictObject({
    id: z.string().describe('Stabile Kennung, zugleich letzter Teil der Adresse'),
    url: z.string().describe('Seite der Organisation im Atlas'),
    name: z.string().describe('Vollständiger Name'),
    shortName: nullable(z.string()).describe('Gebräuchliche Kurzform'),
    kind: organisationKinds.schema.describe(`Art: ${organisationKinds.values.join(', ')}`),
    kindLabel: z.string().describe('Art als Text'),
    legalForm: nullable(legalForms.schema).describe(`Rechtsform: ${legalForms.values.join(', ')}`),
    seat: nullable(z.string()).describe('Sitz'),
    land: nullable(z.string()).describe('Kennung des Landes, zu dem die Organisation gehört'),
    ars: nullable(z.string()).describe('Amtlicher Regionalschlüssel (12 Ziffern)'),
    owners: listOf('Träger mit Anteil und Zeitraum, wo bekannt', {
      type: z.enum(['organisation', 'land']),
      id: z.string(),
      share: nullable(z.number()).describe('Anteil in Prozent'),
      since: nullable(dateV1),
      until: nullable(dateV1),
      agreement: nullable(z.string()).describe('Vereinbarung, mit der die Trägerschaft begann'),
      note: nullable(z.string()),
    }),
    founded: nullable(dateV1).describe('Gegründet am'),
    dissolved: nullable(dateV1).describe('Aufgelöst am'),
    foundedBy: nullable(z.string()).describe('Vereinbarung, die die Organisation gegründet hat'),
    formerNames: z
      .array(z.strictObject({ name: z.string(), shortName: nullable(z.string()), since: nullable(dateV1), until: dateV1 }))
      .describe('Frühere Namen'),
    website: nullable(z.string()).describe('Website'),
    wikidata: nullable(z.string()).describe('Wikidata-Kennung'),
    gnd: nullable(z.string()).describe('GND-Kennung'),
    description: z.string().describe('Kurzbeschreibung'),
    agreements: z.array(z.string()).describe('Kennungen der Vereinbarungen, an denen die Organisation Partei ist'),
    sources: z.array(sourceV1).describe('Quellen für die Angaben zur Organisation'),
  })
  .describe('Organisation (API v1)');

export const landV1 = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    name: z.string(),
    code: z.string().describe('ISO-3166-2-Code'),
    wikidata: z.string(),
    ars: z.string().describe('Länderschlüssel (erste zwei Ziffern der Regionalschlüssel)'),
    agreements: listOf('Vereinbarungen mit Beteiligung des Landes und der Weg der Beteiligung', {
      id: z.string(),
      direct: z.boolean().describe('true: Land ist Vertragspartei; false: nur mittelbar über Organisationen oder geplant'),
      via: z.array(z.string()),
      planned: z.boolean(),
    }),
    organisations: z.array(z.string()).describe('Kennungen der Organisationen, die zum Land gehören oder deren Träger es ist'),
  })
  .describe('Land (API v1)');

export const solutionV1 = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    name: z.string(),
    shortName: nullable(z.string()),
    description: z.string(),
    developedBy: z
      .array(z.strictObject({ type: z.enum(['organisation', 'land']), id: z.string() }))
      .describe('Wer die Lösung entwickelt hat'),
    links: z.strictObject({ website: nullable(z.string()), opencode: nullable(z.string()), efa: nullable(z.string()) }),
    topics: z.array(z.string()),
    wikidata: nullable(z.string()).describe('Wikidata-Kennung'),
    agreements: z.array(z.strictObject({ id: z.string(), use: solutionUses.schema })).describe('Vereinbarungen zur Lösung'),
    reusers: listOf('Wer die Lösung seit wann auf Grund welcher Vereinbarung nachnutzt', {
      type: z.enum(['organisation', 'land']),
      id: z.string(),
      since: nullable(dateV1),
      agreement: z.string(),
    }),
    sources: z.array(sourceV1),
  })
  .describe('Lösung (API v1)');

export const topicV1 = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    label: z.string(),
    description: z.string(),
    agreements: z.array(z.string()),
  })
  .describe('Thema (API v1)');

/** Every list endpoint wraps its records the same way. */
export function collectionV1<T extends z.ZodType>(item: T) {
  return z.strictObject({
    apiVersion: z.literal(API_VERSION),
    license: z.string().describe('Lizenz der Daten'),
    licenseUrl: z.string(),
    attribution: z.string().describe('Namensnennung nach der Lizenz'),
    dataVersion: nullable(z.string()).describe('Git-Commit des Datenstands'),
    generated: z.string().describe('Zeitpunkt des Datenstands (ISO 8601)'),
    count: z.number().int(),
    data: z.array(item),
  });
}

export type AgreementV1 = z.output<typeof agreementV1>;
export type OrganisationV1 = z.output<typeof organisationV1>;
export type LandV1 = z.output<typeof landV1>;
export type TopicV1 = z.output<typeof topicV1>;
export type SolutionV1 = z.output<typeof solutionV1>;
export type DateV1 = z.output<typeof dateV1>;

/** JSON Schemas of the API's responses, published next to the data. */
export function apiJsonSchemas(): Record<string, object> {
  const schema = (type: z.ZodType, title: string) => ({ ...z.toJSONSchema(type, { io: 'output', target: 'draft-2020-12' }), title });
  return {
    'vereinbarung-v1.schema.json': schema(agreementV1, 'Kooperationsatlas API v1: Vereinbarung'),
    'vereinbarungen-v1.schema.json': schema(collectionV1(agreementV1), 'Kooperationsatlas API v1: Liste der Vereinbarungen'),
    'organisationen-v1.schema.json': schema(collectionV1(organisationV1), 'Kooperationsatlas API v1: Liste der Organisationen'),
    'laender-v1.schema.json': schema(collectionV1(landV1), 'Kooperationsatlas API v1: Liste der Länder'),
    'themen-v1.schema.json': schema(collectionV1(topicV1), 'Kooperationsatlas API v1: Liste der Themen'),
    'loesungen-v1.schema.json': schema(collectionV1(solutionV1), 'Kooperationsatlas API v1: Liste der Lösungen'),
  };
}

/** The top-level fields of an API record with their descriptions, for the documentation page. */
export function fieldDocs(schema: z.ZodObject): { name: string; description: string }[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let current: z.ZodType | undefined = field as z.ZodType;
    let description: string | undefined;
    while (current && !description) {
      description = current.description;
      const def = current._zod.def as { innerType?: z.ZodType };
      current = def.innerType;
    }
    return { name, description: description ?? '' };
  });
}
