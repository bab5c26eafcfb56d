import { z } from 'zod';
import { isCertainlyBeforeValue, readDateValue, todayInGermany, type DateValue } from './dates.ts';
import {
  actorFields, checkSourceDates, checkSourceIds, exactlyOneActor, factDate, gndId, httpUrl, labelledEnum, line, reference, source,
  sourceRefs, text, wikidataId,
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
  'auslaendische-stelle': 'Ausländische öffentliche Stelle',
  sonstige: 'Sonstige Einrichtung',
});

export type OrganisationKind = z.output<typeof organisationKinds.schema>;

/** Municipal bodies: they belong to a Land and may carry an Amtlicher Regionalschlüssel. */
export const MUNICIPAL_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'landkreis', 'kreisfreie-stadt', 'gemeinde', 'amt', 'zweckverband', 'kommunaler-spitzenverband', 'kommunaler-it-verbund',
]);

/** Kinds that act for the federal level. */
export const FEDERAL_KINDS: ReadonlySet<OrganisationKind> = new Set(['bund', 'bundesbehoerde']);

/** Kinds an organisation outside Germany may have. */
export const FOREIGN_KINDS: ReadonlySet<OrganisationKind> = new Set(['auslaendische-stelle', 'unternehmen', 'sonstige']);

const regionNames = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });

/** The German name of a country by its ISO 3166-1 code ("LU" → "Luxemburg"); undefined if there is none. */
export function countryName(code: string): string | undefined {
  return /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
}

export const country = z
  .string({ error: 'Ländercode als Text erwartet, z. B. „LU“' })
  .regex(/^[A-Z]{2}$/, { error: 'Ländercode nach ISO 3166-1 mit zwei Großbuchstaben erwartet, z. B. „LU“ (Luxemburg) oder „FR“ (Frankreich)' })
  .refine((code) => countryName(code) !== undefined, { error: (issue) => `Keinen Staat mit dem Code „${String(issue.input)}“ gefunden` })
  .refine((code) => code !== 'DE', { error: '„country“ nur für Stellen außerhalb Deutschlands angeben; deutsche Stellen haben ein Land („land“) oder gehören zum Bund' })
  .describe('Staat einer ausländischen Stelle (ISO 3166-1, z. B. „LU“); fehlt bei deutschen Stellen');

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

/** The period check shared by owners, members and former names: an end never before its start. */
function periodInOrder(value: { since?: unknown; until?: unknown }) {
  const { since, until } = value as { since?: DateValue; until?: DateValue };
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

const percent = z
  .number({ error: 'Anteil in Prozent als Zahl erwartet' })
  .gt(0, { error: 'Anteil muss größer als 0 % sein' })
  .max(100, { error: 'Anteil darf höchstens 100 % sein' });

export const nominalSchema = z
  .strictObject({
    amount: z.number({ error: 'Betrag als Zahl erwartet' }).positive({ error: 'Betrag muss größer als 0 sein' }).describe('Betrag'),
    currency: z.enum(['EUR', 'DEM'], { error: 'Währung „EUR“ oder „DEM“ erwartet' }).default('EUR').describe('Währung'),
  })
  .describe('Nennbetrag der Anteile');

/**
 * What an owner holds, as the source states it on one date: a percentage and/or a
 * nominal amount, each only with the date it is valid for ("Stand"), so that no page
 * shows a figure for a date its source does not give.
 */
export const stakeSchema = z
  .strictObject({
    percent: percent.optional().describe('Anteil in Prozent'),
    nominal: nominalSchema.optional(),
    asOf: factDate.describe('Stand: der Tag, für den die Quelle die Zahl angibt'),
    sources: sourceRefs,
  })
  .refine((stake) => stake.percent !== undefined || stake.nominal !== undefined, {
    error: 'Anteil angeben: „percent“ (Prozent) oder „nominal“ (Betrag) oder beides',
  })
  .describe('Anteil mit Stand');

/** An owner ("Träger", shareholder) of an organisation: a Land or another organisation, for a period. */
export const ownerSchema = z
  .strictObject({
    ...actorFields('Träger'),
    stakes: z.array(stakeSchema).default([]).describe('Anteile, je mit Stand laut Quelle'),
    since: factDate.optional().describe('Träger seit'),
    until: factDate.optional().describe('Träger bis'),
    agreement: reference('agreement').optional().describe('Vereinbarung, durch die die Trägerschaft begann (z. B. ein Beitrittsstaatsvertrag)'),
    note: line.optional().describe('Einschränkung, z. B. „nur Steuerverwaltung“'),
    sources: sourceRefs,
  })
  .refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' })
  .refine(periodInOrder, { error: 'Die Trägerschaft endet („until“) vor ihrem Beginn („since“)', path: ['until'] })
  .describe('Träger');

/** How a membership ended. */
export const membershipEnds = labelledEnum({
  kuendigung: 'Kündigung',
  austritt: 'Austritt',
  ausschluss: 'Ausschluss',
  streichung: 'Gestrichen (aus der Mitgliederliste)',
  aufloesung: 'Auflösung des Mitglieds',
  verschmelzung: 'Verschmelzung',
  sonstige: 'Sonstiges Ende',
});

/**
 * A member of a cooperative (eG), an association or a Zweckverband. The organisation
 * joined is not a party to its own membership: the membership is stated on its file.
 */
export const memberSchema = z
  .strictObject({
    ...actorFields('Mitglied'),
    since: factDate.optional().describe('Mitglied seit (Beitritt wirksam)'),
    until: factDate.optional().describe('Mitglied bis (Ende wirksam)'),
    notice: factDate.optional().describe('Kündigung oder Austritt erklärt am (wenn es vom Ende abweicht)'),
    end: membershipEnds.schema.optional().describe('Wie die Mitgliedschaft endete'),
    agreement: reference('agreement').optional().describe('Vereinbarung oder Satzung, mit der die Mitgliedschaft begann'),
    note: line.optional().describe('Erläuterung'),
    sources: sourceRefs,
  })
  .refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' })
  .refine(periodInOrder, { error: 'Die Mitgliedschaft endet („until“) vor ihrem Beginn („since“)', path: ['until'] })
  .refine((member) => periodInOrder({ since: member.notice, until: member.until }), {
    error: 'Die Kündigung („notice“) liegt nach dem Ende der Mitgliedschaft („until“)',
    path: ['notice'],
  })
  .refine((member) => periodInOrder({ since: member.since, until: member.notice }), {
    error: 'Die Kündigung („notice“) liegt vor dem Beginn der Mitgliedschaft („since“)',
    path: ['notice'],
  })
  .refine((member) => member.end === undefined || member.until !== undefined || member.notice !== undefined, {
    error: '„end“ (wie die Mitgliedschaft endete) braucht ein Datum: „until“ (Ende wirksam) oder „notice“ (erklärt am)',
    path: ['end'],
  })
  .describe('Mitglied');

/** A number of members a source states for a date, where it does not name them all. */
export const memberCountSchema = z
  .strictObject({
    count: z.int({ error: 'Anzahl als ganze Zahl erwartet' }).nonnegative({ error: 'Anzahl darf nicht negativ sein' }).describe('Anzahl'),
    label: line.optional().describe('Welche Mitglieder, wie in der Quelle, z. B. „öffentliche Mitglieder“'),
    asOf: factDate.describe('Stand laut Quelle'),
    sources: sourceRefs,
  })
  .describe('Zahl der Mitglieder laut Quelle');

/** A body that approved a transfer of shares (a council, a supervisory authority, a ministry). */
export const transferApprovalSchema = z
  .strictObject({
    authority: line.describe('Wer zugestimmt oder genehmigt hat, wie in der Quelle'),
    ...actorFields('zustimmende Stelle'),
    date: factDate.optional().describe('Datum der Zustimmung'),
    fileNumber: line.optional().describe('Aktenzeichen'),
    sources: sourceRefs,
  })
  .refine((value) => value.land === undefined || value.org === undefined, { error: 'Höchstens eines von „land“ oder „org“ angeben' })
  .describe('Zustimmung zu einer Übertragung');

const actorRef = (what: string) =>
  z.strictObject(actorFields(what)).refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' });

/** A purchase or sale of shares: who gave, who got, how much, and who had to approve. */
export const shareTransferSchema = z
  .strictObject({
    date: factDate.describe('Wann die Übertragung wirksam wurde'),
    from: actorRef('Abgebende Seite').optional().describe('Wer Anteile abgab (fehlt bei einer Kapitalerhöhung oder Neugründung)'),
    to: actorRef('Erwerbende Seite').optional().describe('Wer Anteile erwarb (fehlt, wenn die Gesellschaft sie einzog)'),
    percent: percent.optional().describe('Übertragener Anteil in Prozent'),
    nominal: nominalSchema.optional(),
    approvals: z.array(transferApprovalSchema).default([]).describe('Zustimmungen Dritter, die die Übertragung brauchte'),
    note: line.optional().describe('Erläuterung'),
    sources: sourceRefs,
  })
  .refine((transfer) => transfer.from !== undefined || transfer.to !== undefined, { error: 'Angeben, wer Anteile abgab („from“) oder erwarb („to“)' })
  .describe('Übertragung von Anteilen');

export const organisationSchema = z
  .strictObject({
    name: line.describe('Vollständiger Name'),
    shortName: line.optional().describe('Gebräuchliche Kurzform, z. B. „ITDZ Berlin“'),
    kind: organisationKinds.schema.describe('Art der Organisation'),
    legalForm: legalForms.schema.optional().describe('Rechtsform'),
    seat: line.optional().describe('Sitz (Ort)'),
    land: reference('land').optional().describe('Land, zu dem die Organisation gehört (bei Kommunen Pflicht)'),
    country: country.optional(),
    ars: z
      .string({ error: 'Regionalschlüssel als Text in Anführungszeichen erwartet, z. B. „010020000000“' })
      .regex(/^\d{12}$/, { error: 'Amtlicher Regionalschlüssel mit genau 12 Ziffern erwartet, z. B. „010020000000“' })
      .optional()
      .describe('Amtlicher Regionalschlüssel (12 Ziffern), bei Gebietskörperschaften'),
    owners: z.array(ownerSchema).default([]).describe('Träger, Gesellschafter oder Eigentümer, mit Zeitraum und Anteilen'),
    shareTransfers: z.array(shareTransferSchema).default([]).describe('Käufe und Verkäufe von Anteilen, in zeitlicher Reihenfolge'),
    members: z.array(memberSchema).default([]).describe('Mitglieder (einer Genossenschaft, eines Vereins, eines Zweckverbands), soweit die Quellen sie nennen'),
    memberCounts: z.array(memberCountSchema).default([]).describe('Zahl der Mitglieder laut Quellen, je mit Stand'),
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
    const problem = (path: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });
    if (org.country !== undefined) {
      if (!FOREIGN_KINDS.has(org.kind)) {
        problem(['kind'], org.kind, `Eine Stelle außerhalb Deutschlands („country“) hat die Art „auslaendische-stelle“, „unternehmen“ oder „sonstige“, nicht „${org.kind}“`);
      }
      if (org.land !== undefined) problem(['land'], org.land, 'Eine Stelle außerhalb Deutschlands („country“) gehört zu keinem Land: „land“ bitte entfernen');
      if (org.ars !== undefined) problem(['ars'], org.ars, 'Eine Stelle außerhalb Deutschlands hat keinen Amtlichen Regionalschlüssel');
    } else if (org.kind === 'auslaendische-stelle') {
      problem(['country'], undefined, 'Eine ausländische öffentliche Stelle braucht ihren Staat („country“), z. B. „LU“');
    }
    // The shares of one company never add up to more than 100 % on one date.
    const byDate = new Map<string, { sum: number; paths: (string | number)[][] }>();
    org.owners.forEach((owner, ownerIndex) =>
      owner.stakes.forEach((stake, index) => {
        if (stake.percent === undefined || typeof stake.asOf !== 'string' || !readDateValue(stake.asOf)) return;
        const entry = byDate.get(stake.asOf) ?? { sum: 0, paths: [] };
        entry.sum += stake.percent;
        entry.paths.push(['owners', ownerIndex, 'stakes', index, 'percent']);
        byDate.set(stake.asOf, entry);
      }),
    );
    for (const [date, { sum, paths }] of byDate) {
      if (sum > 100 + 1e-9) {
        problem(paths.at(-1)!, sum, `Die Anteile mit Stand ${date} ergeben zusammen ${sum.toLocaleString('de-DE')} %, mehr als 100 %: Anteile oder Stand prüfen`);
      }
    }
    checkSourceDates(org.sources, todayInGermany(), problem);
    checkSourceIds(org, problem);
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
export type Member = z.output<typeof memberSchema>;
export type Stake = z.output<typeof stakeSchema>;
export type ShareTransfer = z.output<typeof shareTransferSchema>;
