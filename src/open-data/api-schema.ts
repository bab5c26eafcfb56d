/**
 * The shape of the open-data API, version 1 (/api/v1/…). Field names are stable: a change
 * to them is a new API version. The descriptions document the fields on /daten/ and in
 * the published JSON Schema, so they are German.
 */
import { z } from 'zod';
import { agreementKinds, agreementStatuses, eventTypes, relationKinds, solutionUses, stepTypes } from '../schemas/agreement.ts';
import { legalForms, membershipEnds, organisationKinds } from '../schemas/organisation.ts';
import { verificationRoles } from '../schemas/verification.ts';

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

const actorRefV1 = z.strictObject({ type: z.enum(['organisation', 'land']), id: z.string() });

/** What steps and events share: a sourced fact, when it happened and/or when it was planned, and its details. */
const factV1 = {
  typeLabel: z.string(),
  date: nullable(dateV1).describe('Wann es geschehen ist; null, wenn nur ein geplantes Datum bekannt ist'),
  planned: nullable(dateV1).describe('Für wann es geplant war oder ist (getrennt vom tatsächlichen Datum)'),
  law: nullable(z.strictObject({ title: z.string(), citation: nullable(z.string()), url: nullable(z.string()) })).describe(
    'Zustimmungsgesetz bei „zustimmung“',
  ),
  approval: nullable(
    z.strictObject({ authority: z.string(), organisation: nullable(z.string()), fileNumber: nullable(z.string()) }),
  ).describe('Genehmigung durch die Aufsichtsbehörde: Behörde, ihre Kennung im Atlas, Aktenzeichen'),
  gazette: nullable(
    z.strictObject({ name: z.string(), issue: nullable(z.string()), page: nullable(z.string()), url: nullable(z.string()) }),
  ).describe('Amtliche Bekanntmachung: Amtsblatt oder Gesetzblatt, Ausgabe, Seite, Adresse'),
  body: nullable(z.strictObject({ name: z.string(), document: nullable(z.string()), url: nullable(z.string()) })).describe(
    'Gremium und Dokument bei Beschlüssen und Unterrichtungen (keine Zustimmung)',
  ),
  note: nullable(z.string()),
  sources: z.array(z.string()).describe('Kennungen der Quellen'),
};

const stepV1 = z.strictObject({
  type: stepTypes.schema.describe(`Art des Schritts: ${stepTypes.values.join(', ')}`),
  ...factV1,
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
  group: nullable(z.string()).describe(
    'Name der Gruppe, wenn die Quelle die Partei nur als Mitglied einer Gruppe nennt (z. B. „die Länder“)',
  ),
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
    summarySources: z.array(z.string()).describe('Kennungen der Quellen für Zahlen und Daten der Zusammenfassung'),
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
    legalBasis: listOf('Rechtsgrundlagen, z. B. § 23 GkG NRW', {
      name: z.string(),
      section: nullable(z.string()),
      url: nullable(z.string()),
    }),
    term: nullable(
      z.strictObject({
        until: nullable(dateV1).describe('Befristet bis'),
        notice: nullable(z.string()).describe('Kündigungsfrist wie in der Quelle'),
        noticeMonths: nullable(z.number().int()).describe('Kündigungsfrist in Monaten'),
        renewal: nullable(z.string()).describe('Verlängerung'),
        sources: z.array(z.string()),
      }),
    ).describe('Laufzeit und Kündigung'),
    parties: z
      .array(partyV1)
      .describe('Vertragsparteien, die die Quellen namentlich nennen (auch namentlich genannte Mitglieder einer Gruppe)'),
    groups: listOf('Parteien, die die Quelle nur als Gruppe nennt', {
      name: z.string().describe('Wer die Gruppe ist, wie die Quelle sie nennt'),
      count: nullable(z.number().int()).describe('Wie viele, wenn die Quelle es sagt'),
      members: z.array(actorRefV1).describe('Namentlich genannte Mitglieder'),
      role: nullable(z.string()),
      participation: z.enum(['partei', 'geplant', 'beigetreten', 'ausgetreten']),
      steps: z.array(stepV1),
      sources: z.array(z.string()),
    }),
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
      ...factV1,
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
    verification: nullable(
      z.strictObject({
        checked: dateV1.describe('Zuletzt gegen die Quellen geprüft am'),
        checkedBy: verificationRoles.schema.describe(`Wer geprüft hat, als Rolle: ${verificationRoles.values.join(', ')}`),
        checkedByLabel: z.string().describe('Die Rolle als Text, z. B. „Redaktion“'),
        confirmedBy: listOf('Vertragsparteien, die den Eintrag bestätigt haben, je mit Quelle', {
          ...actorRefV1.shape,
          date: nullable(dateV1).describe('Wann die Partei bestätigt hat'),
          note: nullable(z.string()),
          sources: z.array(z.string()).describe('Kennungen der Quellen der Bestätigung (Schreiben, E-Mail, öffentliche Erklärung)'),
        }),
      }),
    ).describe(
      'Prüfung: wann zuletzt gegen die Quellen geprüft, von wem (als Rolle), welche Parteien bestätigt haben; null, wenn nicht erfasst',
    ),
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
    country: nullable(z.string()).describe('Staat einer ausländischen Stelle (ISO 3166-1); null bei deutschen Stellen'),
    countryName: nullable(z.string()).describe('Name dieses Staats'),
    owners: listOf('Träger oder Gesellschafter mit Zeitraum und Anteilen, wo bekannt', {
      type: z.enum(['organisation', 'land']),
      id: z.string(),
      stakes: listOf('Anteile, je mit dem Stand, für den die Quelle sie angibt', {
        percent: nullable(z.number()).describe('Anteil in Prozent'),
        nominal: nullable(z.strictObject({ amount: z.number(), currency: z.string() })).describe('Nennbetrag'),
        asOf: dateV1.describe('Stand'),
        sources: z.array(z.string()),
      }),
      since: nullable(dateV1),
      until: nullable(dateV1),
      agreement: nullable(z.string()).describe('Vereinbarung, mit der die Trägerschaft begann'),
      note: nullable(z.string()),
      sources: z.array(z.string()),
    }),
    shareTransfers: listOf('Käufe und Verkäufe von Anteilen', {
      date: dateV1,
      from: nullable(actorRefV1).describe('Wer Anteile abgab'),
      to: nullable(actorRefV1).describe('Wer Anteile erwarb'),
      percent: nullable(z.number()),
      nominal: nullable(z.strictObject({ amount: z.number(), currency: z.string() })),
      approvals: listOf('Zustimmungen Dritter', {
        authority: z.string(),
        actor: nullable(actorRefV1),
        date: nullable(dateV1),
        fileNumber: nullable(z.string()),
        sources: z.array(z.string()),
      }),
      note: nullable(z.string()),
      sources: z.array(z.string()),
    }),
    members: listOf('Mitglieder, soweit die Quellen sie nennen, mit Zeitraum', {
      type: z.enum(['organisation', 'land']),
      id: z.string(),
      since: nullable(dateV1),
      until: nullable(dateV1),
      notice: nullable(dateV1).describe('Kündigung erklärt am'),
      end: nullable(membershipEnds.schema).describe(`Wie die Mitgliedschaft endete: ${membershipEnds.values.join(', ')}`),
      agreement: nullable(z.string()),
      note: nullable(z.string()),
      sources: z.array(z.string()),
    }),
    memberCounts: listOf('Zahl der Mitglieder laut Quellen, mit Stand', {
      count: z.number().int(),
      label: nullable(z.string()),
      asOf: dateV1,
      sources: z.array(z.string()),
    }),
    memberships: z.array(z.string()).describe('Kennungen der Organisationen, deren Mitglied diese Organisation ist oder war'),
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
    since: nullable(dateV1).describe('Seit wann es die Lösung gibt'),
    reusers: listOf('Wer die Lösung nachnutzt: laut Eintrag mit Beginn (und Ende), sonst laut Vereinbarung ohne Beginn', {
      type: z.enum(['organisation', 'land']),
      id: z.string(),
      since: nullable(dateV1).describe('Beginn der Nutzung laut Quelle (nicht das Datum der Vereinbarung)'),
      until: nullable(dateV1).describe('Ende der Nutzung'),
      agreement: nullable(z.string()).describe('Vereinbarung, die die Nachnutzung erlaubt'),
      basis: z
        .enum(['eintrag', 'vereinbarung'])
        .describe(
          'eintrag: der Eintrag der Lösung nennt den Nachnutzer; vereinbarung: nur als Partei einer Nachnutzungsvereinbarung bekannt',
        ),
      note: nullable(z.string()),
      sources: z.array(z.string()),
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

export const knownMissingV1 = z
  .strictObject({
    id: z.string(),
    url: z.string().describe('Adresse des Eintrags in der Liste auf der Seite „Datenqualität“'),
    title: z.string().describe('Titel, wie die Quelle die Vereinbarung nennt, oder eine kurze Beschreibung'),
    kind: nullable(z.string()).describe('Art (Kennung), wenn die Quelle sie nennt'),
    kindLabel: nullable(z.string()),
    parties: z.array(z.string()).describe('Parteien, wie die Quelle sie nennt (Text, keine Verweise)'),
    laender: z.array(z.string()).describe('Kennungen der betroffenen Länder'),
    date: nullable(dateV1).describe('Datum, so genau wie die Quelle'),
    source: sourceV1,
    note: nullable(z.string()),
  })
  .describe('Bekannte, noch nicht erfasste Vereinbarung (API v1)');

export const knownTotalV1 = z
  .strictObject({
    id: z.string(),
    url: z.string().describe('Adresse der Zeile auf der Seite „Abdeckung“'),
    what: z.string().describe('Was gezählt wird, wie in der Quelle'),
    count: z.number().int(),
    approximate: z.boolean().describe('true, wenn die Quelle „etwa“, „rund“, „über“ oder Ähnliches sagt'),
    land: nullable(z.string()).describe('Kennung des Landes, für das die Zahl gilt'),
    kinds: z.array(z.string()).describe('Arten von Vereinbarungen, die die Zahl zählt, wenn eindeutig'),
    asOf: nullable(dateV1).describe('Stand der Zahl; null, wenn die Quelle keinen nennt'),
    source: sourceV1,
    note: nullable(z.string()),
  })
  .describe('Gesamtzahl aus einer Quelle (API v1)');

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

/** One record changed in one commit, for "changes since" (one file per month). */
export const changeV1 = z
  .strictObject({
    commit: z.string().describe('Git-Commit der Änderung'),
    date: z.string().describe('Wann die Änderung veröffentlicht wurde (ISO 8601)'),
    record: z
      .strictObject({
        kind: z.enum(['agreement', 'organisation', 'solution']).describe('agreement, organisation oder solution'),
        id: z.string().describe('Kennung des Eintrags heute (nach Umbenennungen)'),
        idThen: z.string().describe('Kennung in diesem Commit'),
        url: nullable(z.string()).describe('Seite des Eintrags; null, wenn er nicht mehr im Atlas ist'),
        api: nullable(z.string()).describe('Der Eintrag in der Schnittstelle (bei Vereinbarungen); null sonst oder wenn entfernt'),
      })
      .describe('Der geänderte Eintrag'),
    change: z.enum(['added', 'modified', 'removed']).describe('added: neu; modified: geändert; removed: entfernt'),
    title: z.string().describe('Titel oder Name des Eintrags in dieser Fassung'),
    lines: z.array(z.string()).describe('Was sich geändert hat, Feld für Feld in Worten, z. B. „Status: unterzeichnet → in Kraft“'),
  })
  .describe('Änderung eines Eintrags (API v1)');

/** The changes of one month, with the envelope every list shares. */
export const changeMonthV1 = collectionV1(changeV1).extend({ month: z.string().describe('Monat (JJJJ-MM, deutsche Zeit)') });

/** The months that have changes, newest first, each with its file. */
export const changeMonthsV1 = collectionV1(
  z.strictObject({
    month: z.string().describe('Monat (JJJJ-MM)'),
    count: z.number().int().describe('Zahl der Änderungen in diesem Monat'),
    url: z.string().describe('Datei mit den Änderungen des Monats'),
  }),
);

export type ChangeV1 = z.output<typeof changeV1>;
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
    'bekannt-nicht-erfasst-v1.schema.json': schema(
      collectionV1(knownMissingV1),
      'Kooperationsatlas API v1: Bekannte, noch nicht erfasste Vereinbarungen',
    ),
    'gesamtzahlen-v1.schema.json': schema(collectionV1(knownTotalV1), 'Kooperationsatlas API v1: Gesamtzahlen aus Quellen'),
    'aenderungen-v1.schema.json': schema(changeMonthV1, 'Kooperationsatlas API v1: Änderungen eines Monats'),
    'aenderungen-monate-v1.schema.json': schema(changeMonthsV1, 'Kooperationsatlas API v1: Monate mit Änderungen'),
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
