/**
 * The CSV tables for spreadsheets and their Frictionless Data description. Each column is
 * defined once, with its type and German description; the CSV writer, datapackage.json
 * and the /daten/ page all read the same definitions.
 */
import { stringify } from 'csv-stringify/sync';
import type { AgreementV1 } from './api-schema.ts';

export interface Column<Row> {
  name: string;
  type: 'string' | 'date' | 'datetime' | 'boolean';
  description: string;
  value: (row: Row) => string | boolean | null;
}

/** Several values in one cell are separated like this. */
export const LIST_SEPARATOR = '; ';
const list = (values: string[]) => values.join(LIST_SEPARATOR);

export const agreementColumns: Column<AgreementV1>[] = [
  { name: 'id', type: 'string', description: 'Stabile Kennung der Vereinbarung', value: (row) => row.id },
  { name: 'url', type: 'string', description: 'Seite im Atlas', value: (row) => row.url },
  { name: 'title', type: 'string', description: 'Titel', value: (row) => row.title },
  { name: 'kind', type: 'string', description: 'Art (Kennung, z. B. kooperationsvertrag)', value: (row) => row.kind },
  { name: 'status', type: 'string', description: 'Status (Kennung, z. B. unterzeichnet)', value: (row) => row.status },
  {
    name: 'signed',
    type: 'string',
    description:
      'Gemeinsames Datum der Unterzeichnung wie erfasst (JJJJ-MM-TT, JJJJ-MM, JJJJ-Qn, JJJJ oder EDTF-Zeitraum); leer, wenn je Partei verschieden (siehe schritte.csv)',
    value: (row) => row.signed?.value ?? null,
  },
  {
    name: 'date',
    type: 'string',
    description: 'Datum, das die Vereinbarung einordnet (Unterzeichnung, sonst erste Unterzeichnung oder erster Beitritt) wie erfasst',
    value: (row) => row.date?.value ?? null,
  },
  {
    name: 'dateForm',
    type: 'string',
    description: 'Form dieses Datums: exact, before (spätestens), after (frühestens), between, unknown',
    value: (row) => row.date?.form ?? null,
  },
  {
    name: 'datePrecision',
    type: 'string',
    description: 'Genauigkeit eines genauen Datums: day, month, quarter oder year',
    value: (row) => row.date?.precision ?? null,
  },
  { name: 'dateEarliest', type: 'date', description: 'Frühester möglicher Tag', value: (row) => row.date?.earliest ?? null },
  { name: 'dateLatest', type: 'date', description: 'Spätester möglicher Tag', value: (row) => row.date?.latest ?? null },
  { name: 'effective', type: 'string', description: 'Wirksam ab, wie erfasst', value: (row) => row.effective?.value ?? null },
  { name: 'retroactive', type: 'boolean', description: 'Gilt laut Quelle rückwirkend', value: (row) => row.retroactive },
  { name: 'place', type: 'string', description: 'Ort der Unterzeichnung', value: (row) => row.place },
  {
    name: 'parties',
    type: 'string',
    description: 'Namen der Vertragsparteien, getrennt durch „; “',
    value: (row) => list(row.parties.map((party) => party.name)),
  },
  {
    name: 'partyIds',
    type: 'string',
    description: 'Kennungen der Vertragsparteien, getrennt durch „; “ (Einzelheiten in parteien.csv)',
    value: (row) => list(row.parties.map((party) => party.id)),
  },
  {
    name: 'laenderDirekt',
    type: 'string',
    description: 'ISO-3166-2-Codes der Länder, die selbst Vertragspartei sind (auch vertreten durch ein Ministerium)',
    value: (row) => list(row.laender.filter((land) => land.direct).map((land) => land.code)),
  },
  {
    name: 'laenderMittelbar',
    type: 'string',
    description:
      'ISO-3166-2-Codes der Länder, die nur über Organisationen beteiligt sind, deren Träger sie damals waren (keine Vertragspartei; der Sitz einer Organisation im Land zählt nicht)',
    value: (row) => list(row.laender.filter((land) => !land.direct && land.via.length > 0).map((land) => land.code)),
  },
  { name: 'bund', type: 'boolean', description: 'Der Bund oder eine Bundesbehörde ist Partei', value: (row) => row.federal },
  {
    name: 'solutions',
    type: 'string',
    description: 'Kennungen der betroffenen Lösungen',
    value: (row) => list(row.solutions.map((solution) => solution.id)),
  },
  { name: 'topics', type: 'string', description: 'Kennungen der Themen', value: (row) => list(row.topics.map((topic) => topic.id)) },
  {
    name: 'sourceUrls',
    type: 'string',
    description: 'Adressen der Quellen',
    value: (row) => list(row.sources.flatMap((source) => (source.url ? [source.url] : []))),
  },
  {
    name: 'sourceTitles',
    type: 'string',
    description: 'Titel der Quellen mit Herausgeber, in derselben Reihenfolge wie alle Quellen, getrennt durch „; “',
    value: (row) => list(row.sources.map((source) => `${source.title} (${source.publisher})`)),
  },
  {
    name: 'sourceDates',
    type: 'string',
    description:
      'Je Quelle Veröffentlichung und Abruf wie erfasst („veröffentlicht 2019-11, abgerufen 2026-02-16“), in derselben Reihenfolge wie sourceTitles',
    value: (row) =>
      list(
        row.sources.map(
          (source) =>
            [
              source.published?.value && `veröffentlicht ${source.published.value}`,
              source.accessed?.value && `abgerufen ${source.accessed.value}`,
            ]
              .filter(Boolean)
              .join(', ') || 'ohne Datum',
        ),
      ),
  },
  {
    name: 'signatories',
    type: 'string',
    description: 'Unterzeichnende: Name, Funktion und für wen (Kennung), getrennt durch „; “',
    value: (row) =>
      list(row.signatories.map((person) => [person.name, person.function, person.organisation ?? person.land].filter(Boolean).join(', '))),
  },
  {
    name: 'notes',
    type: 'string',
    description: 'Anmerkungen, etwa wo Quellen sich widersprechen („Feld: Text“), getrennt durch „ | “',
    value: (row) => row.notes.map((note) => (note.about ? `${note.about}: ${note.text}` : note.text)).join(' | '),
  },
  { name: 'summary', type: 'string', description: 'Zusammenfassung', value: (row) => row.summary },
  { name: 'lastChanged', type: 'datetime', description: 'Letzte Änderung des Eintrags', value: (row) => row.lastChanged },
];

export interface PartyRow {
  agreement: AgreementV1;
  party: AgreementV1['parties'][number];
  /** `land`, or the organisation's kind (it-dienstleister, ministerium …). */
  kind: string;
  /** ISO-3166-2 code of the Land the party is or belongs to. */
  landCode: string | null;
  role: { text: string; source: 'eintrag' | 'abgeleitet' } | null;
}

export const partyColumns: Column<PartyRow>[] = [
  {
    name: 'agreementId',
    type: 'string',
    description: 'Kennung der Vereinbarung (Spalte id in vereinbarungen.csv)',
    value: (row) => row.agreement.id,
  },
  { name: 'agreementTitle', type: 'string', description: 'Titel der Vereinbarung', value: (row) => row.agreement.title },
  { name: 'partyType', type: 'string', description: 'organisation oder land', value: (row) => row.party.type },
  { name: 'partyId', type: 'string', description: 'Kennung der Partei', value: (row) => row.party.id },
  { name: 'partyName', type: 'string', description: 'Name der Partei', value: (row) => row.party.name },
  {
    name: 'partyKind',
    type: 'string',
    description: 'land oder die Art der Organisation (z. B. it-dienstleister, ministerium, landkreis)',
    value: (row) => row.kind,
  },
  {
    name: 'partyLand',
    type: 'string',
    description:
      'ISO-3166-2-Code des Landes, das die Partei ist oder zu dem sie gehört; leer beim Bund und länderübergreifenden Organisationen',
    value: (row) => row.landCode,
  },
  {
    name: 'role',
    type: 'string',
    description:
      'Rolle der Partei: wie im Eintrag angegeben, sonst abgeleitet (entwickelt oder nutzt eine Lösung nach, federführend bei einem Projekt, Träger einer gegründeten Organisation); leer, wo nicht bekannt',
    value: (row) => row.role?.text ?? null,
  },
  {
    name: 'roleSource',
    type: 'string',
    description: 'eintrag (im Eintrag angegeben) oder abgeleitet; leer ohne Rolle',
    value: (row) => row.role?.source ?? null,
  },
  {
    name: 'participation',
    type: 'string',
    description: 'partei (von Anfang an), geplant, beigetreten oder ausgetreten',
    value: (row) => row.party.participation,
  },
  {
    name: 'joined',
    type: 'string',
    description: 'Seit wann die Partei dabei ist, wie erfasst',
    value: (row) => row.party.joined?.value ?? null,
  },
  {
    name: 'left',
    type: 'string',
    description: 'Bis wann die Partei dabei war, wie erfasst',
    value: (row) => row.party.left?.value ?? null,
  },
];

export interface StepRow {
  agreement: AgreementV1;
  /** A named party, or a group the source does not name one by one. */
  party: { type: 'organisation' | 'land' | 'gruppe'; id: string | null; name: string };
  step: AgreementV1['parties'][number]['steps'][number];
}

/** One row per step of a party: the table of actions treaty databases publish. */
export const stepColumns: Column<StepRow>[] = [
  {
    name: 'agreementId',
    type: 'string',
    description: 'Kennung der Vereinbarung (Spalte id in vereinbarungen.csv)',
    value: (row) => row.agreement.id,
  },
  {
    name: 'partyType',
    type: 'string',
    description: 'organisation, land oder gruppe (eine Gruppe, die die Quelle nicht einzeln nennt)',
    value: (row) => row.party.type,
  },
  { name: 'partyId', type: 'string', description: 'Kennung der Partei; leer bei einer Gruppe', value: (row) => row.party.id },
  { name: 'partyName', type: 'string', description: 'Name der Partei oder der Gruppe', value: (row) => row.party.name },
  {
    name: 'step',
    type: 'string',
    description: 'Art des Schritts (z. B. unterzeichnung, zustimmung, genehmigung, bekanntmachung, inkrafttreten, beitritt, austritt)',
    value: (row) => row.step.type,
  },
  {
    name: 'date',
    type: 'string',
    description: 'Datum wie erfasst; leer, wenn nur ein geplantes Datum bekannt ist',
    value: (row) => row.step.date?.value ?? null,
  },
  {
    name: 'dateForm',
    type: 'string',
    description: 'exact, before, after, between oder unknown',
    value: (row) => row.step.date?.form ?? null,
  },
  {
    name: 'precision',
    type: 'string',
    description: 'Genauigkeit eines genauen Datums: day, month, quarter oder year',
    value: (row) => row.step.date?.precision ?? null,
  },
  { name: 'earliest', type: 'date', description: 'Frühester möglicher Tag', value: (row) => row.step.date?.earliest ?? null },
  { name: 'latest', type: 'date', description: 'Spätester möglicher Tag', value: (row) => row.step.date?.latest ?? null },
  {
    name: 'planned',
    type: 'string',
    description: 'Geplantes Datum wie erfasst (getrennt vom tatsächlichen)',
    value: (row) => row.step.planned?.value ?? null,
  },
  { name: 'law', type: 'string', description: 'Zustimmungsgesetz (Titel), bei zustimmung', value: (row) => row.step.law?.title ?? null },
  {
    name: 'lawCitation',
    type: 'string',
    description: 'Fundstelle des Zustimmungsgesetzes',
    value: (row) => row.step.law?.citation ?? null,
  },
  {
    name: 'detail',
    type: 'string',
    description: 'Genehmigende Behörde mit Aktenzeichen, Amtsblatt mit Ausgabe und Seite, oder Gremium mit Dokument',
    value: (row) => {
      const { approval, gazette, body } = row.step;
      const parts = approval
        ? [approval.authority, approval.fileNumber && `Az. ${approval.fileNumber}`]
        : gazette
          ? [gazette.name, gazette.issue, gazette.page]
          : body
            ? [body.name, body.document]
            : [];
      return parts.filter(Boolean).join(', ') || null;
    },
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Adressen der Quellen des Schritts',
    value: (row) => list(row.step.sources.flatMap((id) => row.agreement.sources.find((source) => source.id === id)?.url ?? [])),
  },
];

/**
 * Spreadsheets run a cell that starts with =, +, -, @ as a formula. Records come from
 * anyone, so such cells get a leading apostrophe, which spreadsheets show as text.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV for German spreadsheets: UTF-8 with byte order mark, semicolons, CRLF. */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null) return '';
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      return defuse(value);
    }),
  );
  return stringify([columns.map((column) => column.name), ...records], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

export const CSV_DIALECT = { delimiter: ';', lineTerminator: '\r\n', header: true, doubleQuote: true, quoteChar: '"' } as const;
