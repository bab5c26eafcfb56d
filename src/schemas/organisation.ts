import { z } from 'zod';
import { isCertainlyBeforeValue, readDateValue } from './dates.ts';
import {
  actorFields, exactlyOneActor, factDate, gndId, httpUrl, labelledEnum, line, reference, source, text, wikidataId,
} from './common.ts';

export const organisationKinds = labelledEnum({
  bund: 'Bund (Bundesrepublik Deutschland)',
  bundesbehoerde: 'Bundesministerium oder Bundesbehörde',
  'it-dienstleister': 'IT-Dienstleister',
  'kommunaler-it-verbund': 'Kommunaler IT-Verbund',
  ministerium: 'Ministerium oder Senatsverwaltung',
  staatskanzlei: 'Staatskanzlei oder Senatskanzlei',
  landkreis: 'Landkreis',
  'kreisfreie-stadt': 'Kreisfreie Stadt',
  gemeinde: 'Stadt oder Gemeinde (kreisangehörig)',
  amt: 'Amt oder Verbandsgemeinde',
  zweckverband: 'Zweckverband',
  'kommunaler-spitzenverband': 'Kommunaler Spitzenverband',
  unternehmen: 'Unternehmen',
  sonstige: 'Sonstige Einrichtung',
});

export type OrganisationKind = z.output<typeof organisationKinds.schema>;

/** Municipal bodies: they belong to a Land and may carry an Amtlicher Regionalschlüssel. */
export const MUNICIPAL_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'landkreis', 'kreisfreie-stadt', 'gemeinde', 'amt', 'zweckverband', 'kommunaler-spitzenverband', 'kommunaler-it-verbund',
]);

/** Kinds that act for the federal level. */
export const FEDERAL_KINDS: ReadonlySet<OrganisationKind> = new Set(['bund', 'bundesbehoerde']);

export const legalForms = labelledEnum({
  aoer: 'Anstalt des öffentlichen Rechts (AöR)',
  koerperschaft: 'Körperschaft des öffentlichen Rechts',
  gebietskoerperschaft: 'Gebietskörperschaft',
  gmbh: 'Gesellschaft mit beschränkter Haftung (GmbH)',
  eg: 'Eingetragene Genossenschaft (eG)',
  verein: 'Eingetragener Verein (e. V.)',
  landesbetrieb: 'Landesbetrieb',
  behoerde: 'Behörde',
  sonstige: 'Sonstige Rechtsform',
});

/** The period check shared by owners and former names: an end never before its start. */
function periodInOrder(value: { since?: unknown; until?: unknown }) {
  const { since, until } = value as { since?: string; until?: string };
  if (since === undefined || until === undefined) return true;
  if (!readDateValue(since) || !readDateValue(until)) return true;
  return !isCertainlyBeforeValue(until, since);
}

export const formerNameSchema = z
  .strictObject({
    name: line.describe('Früherer Name'),
    shortName: line.optional().describe('Frühere Kurzform'),
    since: factDate.optional().describe('Name galt seit'),
    until: factDate.describe('Name galt bis'),
  })
  .refine(periodInOrder, { error: 'Der Name galt bis („until“) vor seinem Beginn („since“)', path: ['until'] })
  .describe('Früherer Name');

/** An owner ("Träger") of an organisation: a Land or another organisation, for a period. */
export const ownerSchema = z
  .strictObject({
    ...actorFields('Träger'),
    share: z
      .number({ error: 'Anteil in Prozent als Zahl erwartet' })
      .gt(0, { error: 'Anteil muss größer als 0 % sein' })
      .max(100, { error: 'Anteil darf höchstens 100 % sein' })
      .optional()
      .describe('Anteil in Prozent, wenn bekannt'),
    since: factDate.optional().describe('Träger seit'),
    until: factDate.optional().describe('Träger bis'),
    agreement: reference('agreement').optional().describe('Vereinbarung, durch die die Trägerschaft begann (z. B. ein Beitrittsstaatsvertrag)'),
    note: line.optional().describe('Einschränkung, z. B. „nur Steuerverwaltung“'),
  })
  .refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' })
  .refine(periodInOrder, { error: 'Die Trägerschaft endet („until“) vor ihrem Beginn („since“)', path: ['until'] })
  .describe('Träger');

export const organisationSchema = z
  .strictObject({
    name: line.describe('Vollständiger Name'),
    shortName: line.optional().describe('Gebräuchliche Kurzform, z. B. „ITDZ Berlin“'),
    kind: organisationKinds.schema.describe('Art der Organisation'),
    legalForm: legalForms.schema.optional().describe('Rechtsform'),
    seat: line.optional().describe('Sitz (Ort)'),
    land: reference('land').optional().describe('Land, zu dem die Organisation gehört (bei Kommunen Pflicht)'),
    ars: z
      .string({ error: 'Regionalschlüssel als Text in Anführungszeichen erwartet, z. B. „010020000000“' })
      .regex(/^\d{12}$/, { error: 'Amtlicher Regionalschlüssel mit genau 12 Ziffern erwartet, z. B. „010020000000“' })
      .optional()
      .describe('Amtlicher Regionalschlüssel (12 Ziffern), bei Gebietskörperschaften'),
    owners: z.array(ownerSchema).default([]).describe('Träger oder Eigentümer, mit Zeitraum'),
    founded: factDate.optional().describe('Gegründet am (Errichtung, Eintragung oder Entstehung), so genau wie die Quellen'),
    dissolved: factDate.optional().describe('Aufgelöst oder in einer anderen Organisation aufgegangen am'),
    foundedBy: reference('agreement').optional().describe('Vereinbarung, durch die die Organisation gegründet wurde'),
    formerNames: z.array(formerNameSchema).default([]).describe('Frühere Namen, z. B. nach einer Umbenennung'),
    website: httpUrl.optional().describe('Website'),
    wikidata: wikidataId.optional(),
    gnd: gndId.optional(),
    description: text.describe('Kurzbeschreibung in eigenen Worten'),
    sources: z.array(source).default([]).describe('Quellen für die Angaben zur Organisation'),
  })
  .superRefine((org, ctx) => {
    if (MUNICIPAL_KINDS.has(org.kind) && org.land === undefined) {
      ctx.addIssue({ code: 'custom', path: ['land'], input: undefined, message: `Eine Organisation der Art „${organisationKinds.labels[org.kind]}“ braucht ihr Land („land“)` });
    }
    if (FEDERAL_KINDS.has(org.kind) && org.land !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['land'], input: org.land, message: 'Bund und Bundesbehörden gehören zu keinem Land: „land“ bitte entfernen' });
    }
  })
  .describe('Organisation');

export type Organisation = z.output<typeof organisationSchema>;
export type Owner = z.output<typeof ownerSchema>;
