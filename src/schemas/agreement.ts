/**
 * An agreement, modelled like the best treaty databases: the agreement itself, and per
 * party a log of what that party did when (signed, approved by its parliament, entered
 * into force, acceded, withdrew). Dates are as honest as the sources: exact to the day,
 * month, quarter or year, bounded ("spätestens November 2019"), or unknown with a reason.
 */
import { z } from 'zod';
import {
  dateBounds, isAfterDay, isCertainlyBeforeValue, readDateValue, todayInGermany, type DateValue,
} from './dates.ts';
import {
  actorFields, actorReference, checkSourceDates, checkSourceIds, factDate, httpUrl, labelledEnum, line, reference, slug, source, sourceRefs, text,
} from './common.ts';
import { checkVerification, verificationSchema } from './verification.ts';

export const agreementKinds = labelledEnum({
  staatsvertrag: 'Staatsvertrag',
  errichtungsvertrag: 'Errichtungs- oder Gründungsvertrag',
  beitrittsstaatsvertrag: 'Beitrittsstaatsvertrag',
  aenderungsstaatsvertrag: 'Änderungsstaatsvertrag',
  verwaltungsabkommen: 'Verwaltungsabkommen',
  verwaltungsvereinbarung: 'Verwaltungsvereinbarung',
  kooperationsvereinbarung: 'Kooperationsvereinbarung',
  rahmenkooperationsvereinbarung: 'Rahmenkooperationsvereinbarung',
  kooperationsvertrag: 'Kooperationsvertrag',
  rahmenvertrag: 'Rahmenvertrag (Beschaffung)',
  nachnutzungsvertrag: 'Nachnutzungs- oder Mitnutzungsvereinbarung',
  beitrittsvereinbarung: 'Beitrittsvereinbarung (Beitritt zu einer Vereinbarung, die kein Staatsvertrag ist)',
  zusatzvereinbarung: 'Zusatzvereinbarung (ergänzt eine Hauptvereinbarung)',
  aenderungsvereinbarung: 'Änderungsvereinbarung (ändert eine Vereinbarung, die kein Staatsvertrag ist)',
  'oeffentlich-rechtliche-vereinbarung': 'Öffentlich-rechtliche Vereinbarung (kommunale Gemeinschaftsarbeit)',
  zweckvereinbarung: 'Zweckvereinbarung',
  zweckverbandssatzung: 'Zweckverbandssatzung (Gründung oder Änderung eines Zweckverbands)',
  arbeitsgemeinschaft: 'Vereinbarung über eine Arbeitsgemeinschaft',
  'gemeinsame-erklaerung': 'Gemeinsame Erklärung / Absichtserklärung',
  sonstige: 'Sonstige Vereinbarung',
});

export const agreementStatuses = labelledEnum({
  angekuendigt: 'Angekündigt',
  unterzeichnet: 'Unterzeichnet',
  'in-kraft': 'In Kraft',
  beendet: 'Beendet',
  unbekannt: 'Unbekannt',
});

/** Events that concern the agreement as a whole; what one party does is a step of that party. */
export const eventTypes = labelledEnum({
  angekuendigt: 'Angekündigt',
  genehmigung: 'Genehmigt durch die Aufsichtsbehörde',
  bekanntmachung: 'Amtlich bekannt gemacht',
  'in-kraft': 'In Kraft getreten',
  geaendert: 'Geändert',
  beendet: 'Beendet',
});

/**
 * What one party does, in the order it usually happens. `rank` orders the steps of a
 * party: a step may not lie certainly before a step of lower rank (approval before
 * signature, withdrawal before accession). Steps without a rank can come at any time.
 */
export const stepTypes = labelledEnum({
  'beitritt-geplant': 'Beitritt angekündigt',
  kabinettsbeschluss: 'Kabinettsbeschluss',
  gremienbeschluss: 'Beschluss eines Gremiums (Rat, Kreistag, Verbandsversammlung)',
  unterrichtung: 'Unterrichtung des Parlaments (zur Kenntnis, keine Zustimmung)',
  unterzeichnung: 'Unterzeichnung',
  beitritt: 'Beitritt',
  zustimmung: 'Parlamentarische Zustimmung (Zustimmungsgesetz)',
  genehmigung: 'Genehmigung durch die Aufsichtsbehörde',
  bekanntmachung: 'Amtliche Bekanntmachung (Amtsblatt, Gesetzblatt)',
  inkrafttreten: 'Inkrafttreten für diese Partei',
  kuendigung: 'Kündigung',
  austritt: 'Austritt',
  ende: 'Ende',
});

export type StepType = z.output<typeof stepTypes.schema>;

export const STEP_RANK: Partial<Record<StepType, number>> = {
  unterzeichnung: 1,
  beitritt: 1,
  zustimmung: 2,
  genehmigung: 2,
  inkrafttreten: 3,
  kuendigung: 4,
  austritt: 5,
  ende: 6,
};

/** Steps that make a party a party (rather than a planned one). */
export const JOINING_STEPS: ReadonlySet<StepType> = new Set(['unterzeichnung', 'beitritt', 'zustimmung', 'inkrafttreten']);
/** Steps after which a party no longer takes part. */
export const LEAVING_STEPS: ReadonlySet<StepType> = new Set(['austritt', 'ende']);

/**
 * How this agreement relates to another one. Each relation is stored once, on the
 * newer record; the inverse label is what the other record's page shows. `folgt-auf`
 * is a follow-on agreement: the same parties regulate the same task for the period
 * after the earlier agreement ran out.
 */
export const relationKinds = labelledEnum({
  'setzt-um': 'Setzt um',
  'baut-auf': 'Baut auf',
  aendert: 'Ändert',
  ersetzt: 'Ersetzt',
  'tritt-bei': 'Tritt bei',
  'folgt-auf': 'Folgt auf',
  ergaenzt: 'Ergänzt',
});

export const inverseRelationLabels: Record<RelationKind, string> = {
  'setzt-um': 'Umgesetzt durch',
  'baut-auf': 'Grundlage für',
  aendert: 'Geändert durch',
  ersetzt: 'Ersetzt durch',
  'tritt-bei': 'Beitritt durch',
  'folgt-auf': 'Fortgesetzt durch',
  ergaenzt: 'Ergänzt durch',
};

/** Relations that make up an agreement's history (its lineage): amendments, replacements, accessions, supplements. */
export const LINEAGE_RELATIONS: ReadonlySet<RelationKind> = new Set(['aendert', 'ersetzt', 'tritt-bei', 'folgt-auf', 'ergaenzt']);

/** What an agreement does with a software solution. */
export const solutionUses = labelledEnum({
  nachnutzung: 'Nachnutzung',
  entwicklung: 'Gemeinsame Entwicklung',
  betrieb: 'Betrieb',
  erwaehnt: 'Erwähnt',
});


export const lawSchema = z
  .strictObject({
    title: line.describe('Titel des Zustimmungsgesetzes, z. B. „Gesetz zu dem Staatsvertrag …“'),
    citation: line.optional().describe('Fundstelle im Gesetzblatt, z. B. „Nds. GVBl. 2013 S. 312“'),
    url: httpUrl.optional().describe('Adresse des Gesetzes oder des Gesetzblatts'),
  })
  .describe('Zustimmungsgesetz');

export const approvalSchema = z
  .strictObject({
    authority: line.describe('Aufsichtsbehörde wie in der Quelle, z. B. „Bezirksregierung Arnsberg“'),
    org: reference('org').optional().describe('Die Aufsichtsbehörde, wenn sie im Atlas erfasst ist'),
    fileNumber: line.optional().describe('Aktenzeichen der Genehmigung'),
  })
  .describe('Genehmigung durch die Aufsichtsbehörde');

export const gazetteSchema = z
  .strictObject({
    name: line.describe('Name des Amtsblatts oder Gesetzblatts, z. B. „Amtsblatt für den Regierungsbezirk Arnsberg“ oder „Bundesanzeiger“'),
    issue: line.optional().describe('Ausgabe oder Nummer, z. B. „Nr. 12“'),
    page: line.optional().describe('Seite, z. B. „S. 134“'),
    url: httpUrl.optional().describe('Adresse der Ausgabe oder der Bekanntmachung'),
  })
  .describe('Fundstelle im Amtsblatt oder Gesetzblatt');

export const bodySchema = z
  .strictObject({
    name: line.describe('Gremium wie in der Quelle, z. B. „Rat der Stadt Münster“, „Landtag Schleswig-Holstein, Finanzausschuss“'),
    document: line.optional().describe('Drucksache, Vorlage oder Umdruck, z. B. „Umdruck 19/1234“'),
    url: httpUrl.optional().describe('Adresse des Dokuments'),
  })
  .describe('Gremium und Dokument');

/**
 * Details that belong to facts of certain types, declared once: the schema field, and
 * the step and event types it may accompany. The check and the docs read this table.
 */
export const FACT_DETAILS = {
  law: { label: 'Zustimmungsgesetz', types: ['zustimmung'] },
  approval: { label: 'Genehmigung', types: ['genehmigung'] },
  gazette: { label: 'Fundstelle der Bekanntmachung', types: ['bekanntmachung'] },
  body: { label: 'Gremium', types: ['gremienbeschluss', 'unterrichtung', 'kabinettsbeschluss'] },
} as const satisfies Record<string, { label: string; types: readonly string[] }>;

export type FactDetail = keyof typeof FACT_DETAILS;

/**
 * What a party's step and an event for all parties share: a sourced fact of some type,
 * with the date it happened and/or the date it was planned for. A fact with only a
 * planned date has not (yet) been shown to happen; pages say "geplant".
 */
const datedFact = <T extends z.ZodType>(type: T) => ({
  type,
  date: factDate.optional().describe('Wann es geschehen ist'),
  planned: factDate
    .optional()
    .describe('Für wann es geplant ist oder war, z. B. „möglichst zum 1. Januar 2019“ (2019-01-01); getrennt vom tatsächlichen Datum'),
  note: line.optional().describe('Erläuterung'),
  sources: sourceRefs,
  law: lawSchema.optional().describe('Bei „zustimmung“: das Zustimmungsgesetz'),
  approval: approvalSchema.optional().describe('Bei „genehmigung“: Behörde und Aktenzeichen'),
  gazette: gazetteSchema.optional().describe('Bei „bekanntmachung“: Amtsblatt oder Gesetzblatt, Ausgabe, Seite'),
  body: bodySchema.optional().describe('Bei Beschlüssen und Unterrichtungen: das Gremium und sein Dokument'),
});

/** A fact needs a date it happened or a date it was planned for; each detail goes with its types only. */
function checkFact(fact: { type: string; date?: unknown; planned?: unknown } & Partial<Record<FactDetail, unknown>>, ctx: z.RefinementCtx) {
  if (fact.date === undefined && fact.planned === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      input: undefined,
      message: 'Datum angeben: „date“, wann es geschehen ist, oder „planned“, für wann es geplant ist (ist das Datum unbekannt: „{ unknown: Grund }“)',
    });
  }
  for (const [field, { label, types }] of Object.entries(FACT_DETAILS)) {
    if (fact[field as FactDetail] === undefined || (types as readonly string[]).includes(fact.type)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [field],
      input: fact[field as FactDetail],
      message: `„${field}“ (${label}) gehört nur zu ${types.map((type) => `„${type}“`).join(' oder ')}, nicht zu „${fact.type}“`,
    });
  }
}

export const stepSchema = z
  .strictObject(datedFact(stepTypes.schema.describe('Art des Schritts')))
  .superRefine(checkFact)
  .describe('Schritt einer Partei');

export const declarationSchema = z
  .strictObject({
    text: text.describe('Inhalt der Erklärung in eigenen Worten'),
    sources: sourceRefs,
  })
  .describe('Protokollerklärung');

/**
 * Parties a source does not name one by one: "die Länder", "die meisten Kommunen des
 * Kreises Lippe", "zwölf öffentliche Mitglieder". The record says who the group is, how
 * many if the source says so, and only the members the source names.
 */
export const partyGroupSchema = z
  .strictObject({
    name: line.describe('Wer die Gruppe ist, wie die Quelle sie nennt, z. B. „die Länder“ oder „Kommunen des Kreises Lippe“'),
    count: z
      .int({ error: 'Anzahl als ganze Zahl erwartet' })
      .positive({ error: 'Anzahl muss größer als 0 sein' })
      .optional()
      .describe('Wie viele es sind, nur wenn die Quelle es sagt'),
    members: z
      .array(actorReference('Mitglied der Gruppe'))
      .default([])
      .describe('Mitglieder, die die Quelle namentlich nennt (nie ergänzen, was sie nicht nennt)'),
  })
  .refine((group) => group.count === undefined || group.members.length <= group.count, {
    error: (issue) => {
      const group = issue.input as { count: number; members: unknown[] };
      return `Die Gruppe nennt ${group.members.length} Mitglieder, laut „count“ sind es aber nur ${group.count}: Anzahl oder Mitglieder prüfen`;
    },
    path: ['members'],
  })
  .describe('Gruppe von Parteien, die die Quelle nicht einzeln nennt');

/** A party to the agreement: a Land, an organisation (the Bund, a ministry, a Kommune …) or a group, with its steps. */
export const partySchema = z
  .strictObject({
    ...actorFields('Vertragspartei'),
    group: partyGroupSchema.optional().describe('Statt „land“ oder „org“: eine Gruppe, die die Quelle nicht einzeln nennt'),
    role: line.optional().describe('Rolle, wo sie eine Rolle spielt, z. B. „federführend“'),
    steps: z.array(stepSchema).default([]).describe('Was diese Partei wann getan hat, in zeitlicher Reihenfolge'),
    declarations: z.array(declarationSchema).default([]).describe('Protokollerklärungen dieser Partei'),
    sources: sourceRefs,
  })
  .refine((party) => [party.land, party.org, party.group].filter((value) => value !== undefined).length === 1, {
    error: 'Genau eines von „land“, „org“ oder „group“ angeben',
  })
  .describe('Vertragspartei');

export const signatorySchema = z
  .strictObject({
    name: line.describe('Name wie in der Quelle, mit Titel, z. B. „Dr. Johann Bizer“'),
    function: line.optional().describe('Funktion zum Zeitpunkt der Unterzeichnung, wie in der Quelle genannt'),
    land: reference('land').optional().describe('Land, für das unterzeichnet wurde'),
    org: reference('org').optional().describe('Organisation, für die oder aus der heraus unterzeichnet wurde (z. B. das Ministerium)'),
    sources: sourceRefs,
  })
  .describe('Unterzeichnende Person');

export const eventSchema = z
  .strictObject(datedFact(eventTypes.schema.describe('Art des Ereignisses')))
  .superRefine(checkFact)
  .describe('Ereignis, das alle Parteien betrifft');

/** A fixed term, a notice period or an automatic renewal, as the source states them. */
export const termSchema = z
  .strictObject({
    until: factDate.optional().describe('Befristet bis (letzter Tag der Laufzeit)'),
    notice: line.optional().describe('Kündigungsfrist wie in der Quelle, z. B. „sechs Monate zum Jahresende“'),
    noticeMonths: z
      .int({ error: 'Kündigungsfrist in ganzen Monaten erwartet' })
      .positive({ error: 'Kündigungsfrist muss größer als 0 sein' })
      .optional()
      .describe('Kündigungsfrist in Monaten vor dem Ende der Laufzeit (für den Kalender)'),
    renewal: line.optional().describe('Verlängerung, z. B. „verlängert sich jeweils um ein Jahr, wenn keine Partei kündigt“'),
    sources: sourceRefs,
  })
  .refine((term) => term.until !== undefined || term.notice !== undefined || term.renewal !== undefined, {
    error: 'Laufzeit: mindestens eines von „until“, „notice“ oder „renewal“ angeben',
  })
  .refine((term) => term.noticeMonths === undefined || term.notice !== undefined, {
    error: '„noticeMonths“ braucht die Kündigungsfrist in Worten der Quelle („notice“)',
    path: ['noticeMonths'],
  })
  .describe('Laufzeit und Kündigung');

/** The law a (municipal) agreement rests on, e.g. § 23 GkG NRW. */
export const legalBasisSchema = z
  .strictObject({
    name: line.describe('Gesetz, z. B. „GkG NRW“, „KommZG“ (Bayern), „IT-NetzG“'),
    section: line.optional().describe('Vorschrift, z. B. „§ 23“ oder „Art. 7“'),
    url: httpUrl.optional().describe('Adresse des Gesetzestexts'),
  })
  .describe('Rechtsgrundlage');

/** A typed link from an agreement to another record: which record, what the link means, and a note. */
const linkSchema = <S extends z.ZodRawShape>(description: string, shape: S) =>
  z.strictObject({ ...shape, note: line.optional() }).describe(description);

export const relatedSchema = linkSchema('Verwandte Vereinbarung', {
  agreement: reference('agreement').describe('Kennung der anderen Vereinbarung (Dateiname ohne .mdx)'),
  relation: relationKinds.schema.describe('Beziehung aus Sicht dieser Vereinbarung'),
});

export const agreementSolutionSchema = linkSchema('Betroffene Lösung', {
  solution: reference('solution').describe('Kennung der Lösung (Datei in src/content/solutions/)'),
  use: solutionUses.schema.describe('Was die Vereinbarung mit der Lösung regelt'),
});

export const projectSchema = z
  .strictObject({
    name: line.describe('Name des Projekts'),
    description: text.optional().describe('Was es ist, in einem Satz'),
    lead: reference('org').optional().describe('Federführende Organisation'),
    url: httpUrl.optional().describe('Webadresse des Projekts'),
  })
  .describe('Projekt innerhalb der Vereinbarung (eine nachnutzbare Software ist eine Lösung, siehe „solutions“)');

export const noteSchema = z
  .strictObject({
    about: line.optional().describe('Worauf sich die Anmerkung bezieht, z. B. „Datum der Unterzeichnung“'),
    text: text.describe('Was die Quellen unterschiedlich darstellen und wie der Eintrag damit umgeht'),
    sources: z.array(slug).optional().describe('Kennungen der betroffenen Quellen'),
  })
  .describe('Anmerkung');

type Path = (string | number)[];

export const agreementSchema = z
  .strictObject({
    title: line.max(200, { error: 'Titel bitte kürzer als 200 Zeichen' }).describe('Titel der Vereinbarung'),
    kind: agreementKinds.schema.describe('Art der Vereinbarung'),
    summary: text
      .max(600, { error: 'Zusammenfassung bitte kürzer als 600 Zeichen; Details gehören in den Text' })
      .describe('Zusammenfassung in zwei bis drei Sätzen, in eigenen Worten'),
    summarySources: sourceRefs.describe(
      'Kennungen der Quellen, die die Zahlen und Daten der Zusammenfassung belegen (Pflicht, sobald sie Ziffern enthält)',
    ),
    status: agreementStatuses.schema.describe('Stand laut den Quellen'),
    signed: factDate.optional().describe('Datum der Unterzeichnung, wenn alle am selben Tag unterzeichnet haben; sonst je Partei unter „steps“'),
    effective: factDate.optional().describe('Wirksam ab: ab wann die Vereinbarung gilt, wenn die Quellen es sagen'),
    retroactive: z.boolean().optional().describe('true, wenn die Vereinbarung laut Quelle rückwirkend gilt („wirksam ab“ liegt vor der Unterzeichnung)'),
    dateSources: sourceRefs.describe('Kennungen der Quellen für Unterzeichnung und „wirksam ab“'),
    place: line.optional().describe('Ort der Unterzeichnung'),
    legalBasis: z.array(legalBasisSchema).default([]).describe('Rechtsgrundlagen, wo die Quellen sie nennen, z. B. § 23 GkG NRW'),
    term: termSchema.optional().describe('Befristung, Kündigungsfrist, Verlängerung'),
    parties: z
      .array(partySchema)
      .min(2, { error: 'Mindestens zwei Vertragsparteien angeben (eine davon darf eine Gruppe sein, „group“)' })
      .describe('Vertragsparteien, mindestens zwei (auch Gruppen, die die Quelle nicht einzeln nennt), je mit ihrem Verlauf'),
    signatories: z.array(signatorySchema).default([]).describe('Unterzeichnende, soweit eine Quelle sagt, dass sie unterzeichnet haben'),
    events: z.array(eventSchema).default([]).describe('Ereignisse, die alle Parteien betreffen, in zeitlicher Reihenfolge'),
    topics: z.array(reference('topic')).min(1, { error: 'Mindestens ein Thema angeben' }).describe('Themen aus src/content/topics.yaml, mindestens eins'),
    related: z.array(relatedSchema).default([]).describe('Verwandte Vereinbarungen; jede Beziehung nur einmal, bei der neueren'),
    solutions: z.array(agreementSolutionSchema).default([]).describe('Nachnutzbare Lösungen, um die es geht'),
    projects: z.array(projectSchema).default([]).describe('Genannte Projekte innerhalb der Vereinbarung'),
    sources: z
      .array(source)
      .min(1, { error: 'Mindestens eine Quelle angeben' })
      .refine((sources) => sources.some((src) => src.url !== undefined), { error: 'Mindestens eine Quelle braucht eine Webadresse („url“), damit andere sie prüfen können' })
      .describe('Quellen für jede Angabe, mindestens eine mit Webadresse'),
    notes: z.array(noteSchema).default([]).describe('Anmerkungen, z. B. wo Quellen voneinander abweichen'),
    verification: verificationSchema.optional().describe('Wann der Eintrag zuletzt geprüft wurde und welche Parteien ihn bestätigt haben'),
  })
  .superRefine((record, ctx) => {
    const problem = (path: Path, input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });
    // zod runs this even when fields have issues of their own; such dates are skipped here.
    const isDate = (value: DateValue | undefined): value is DateValue => value !== undefined && readDateValue(value) !== null;
    const today = todayInGermany();

    // Nothing has happened in the future; a planned date may lie there.
    const dated: { path: Path; date: DateValue }[] = [];
    if (isDate(record.signed)) dated.push({ path: ['signed'], date: record.signed });
    record.events.forEach((event, index) => isDate(event.date) && dated.push({ path: ['events', index, 'date'], date: event.date }));
    record.parties.forEach((party, index) =>
      party.steps.forEach((step, stepIndex) => isDate(step.date) && dated.push({ path: ['parties', index, 'steps', stepIndex, 'date'], date: step.date })));
    for (const { path, date } of dated) {
      const { earliest } = dateBounds(date);
      if (earliest && isAfterDay(earliest, today)) {
        problem(path, date, `Datum liegt in der Zukunft (heute ist ${today}); ist es geplant, bitte „planned“ statt „date“ angeben`);
      }
    }
    checkSourceDates(record.sources, today, problem);
    // A number or date in the summary is a claim like any other: it needs its source.
    if (/\d/.test(record.summary) && !record.summarySources?.length) {
      const number = /\d+(?:[.,]\d+)*/.exec(record.summary)?.[0];
      problem(['summarySources'], undefined,
        `Die Zusammenfassung nennt eine Zahl oder ein Datum („${number}“): bitte unter „summarySources“ die Kennungen der Quellen angeben, die sie belegen, oder die Angabe weglassen`);
    }

    // Only facts that happened count; a fact with only a planned date has not (yet).
    const happened = <F extends { date?: DateValue | undefined }>(fact: F): fact is F & { date: DateValue } => fact.date !== undefined;
    const allSteps = record.parties.flatMap((party) => party.steps).filter(happened);
    const events = record.events.filter(happened);
    const signatures = allSteps.filter((step) => step.type === 'unterzeichnung' && isDate(step.date)).map((step) => step.date);
    const { hasSigning, inForce, ended } = statusFacts({ signed: record.signed !== undefined, steps: allSteps, events });

    if (record.status === 'angekuendigt' && hasSigning) {
      problem(['status'], record.status, 'Status „angekuendigt“, aber eine Unterzeichnung ist angegeben: Status auf „unterzeichnet“ setzen oder die Unterzeichnung entfernen');
    }
    if (record.status === 'unterzeichnet' && !hasSigning) {
      problem(['signed'], undefined,
        'Status „unterzeichnet“ braucht eine Unterzeichnung: „signed“ oder je Partei einen Schritt „unterzeichnung“; ist nur bekannt, dass unterzeichnet wurde, genügt z. B. „../2019-11“ oder „{ unknown: Grund }“');
    }
    if ((record.status === 'in-kraft' || record.status === 'beendet') && !hasSigning && !inForce) {
      problem(['status'], record.status,
        `Status „${record.status}“ braucht eine Unterzeichnung („signed“ oder Schritte „unterzeichnung“) oder ein Inkrafttreten (Ereignis „in-kraft“ oder Schritte „inkrafttreten“) mit Datum`);
    }
    if (record.status === 'beendet' && !ended) problem(['events'], record.events, 'Status „beendet“ braucht ein Ereignis vom Typ „beendet“ mit Datum');
    if (ended && record.status !== 'beendet') problem(['status'], record.status, 'Es gibt ein Ereignis „beendet“: Status bitte auf „beendet“ setzen');
    else if (inForce && (record.status === 'angekuendigt' || record.status === 'unterzeichnet')) {
      problem(['status'], record.status, 'Laut Ereignissen oder Schritten ist die Vereinbarung in Kraft getreten: Status bitte auf „in-kraft“ setzen');
    }

    // "Wirksam ab" before the signing only when the source says the agreement applies retroactively.
    const firstSigning = [record.signed, ...signatures].filter(isDate);
    const signedBefore = (date: DateValue) => firstSigning.some((signing) => isCertainlyBeforeValue(date, signing));
    /** The signing a date lies certainly before, if any: the common one, else the last party's first signature. */
    const signingAfter = (date: DateValue) => firstSigning.find((signing) => isCertainlyBeforeValue(date, signing));
    if (isDate(record.effective)) {
      const early = signedBefore(record.effective);
      if (early && !record.retroactive) {
        problem(['effective'], record.effective,
          `„Wirksam ab“ (${String(record.effective)}) liegt vor der Unterzeichnung: Gilt die Vereinbarung laut Quelle rückwirkend, „retroactive: true“ angeben; sonst das Datum prüfen`);
      }
      if (!early && record.retroactive) {
        problem(['retroactive'], record.retroactive, '„retroactive: true“, aber „wirksam ab“ liegt nicht sicher vor der Unterzeichnung');
      }
    } else if (record.retroactive) {
      problem(['retroactive'], record.retroactive, '„retroactive: true“ braucht ein Datum „effective“ (wirksam ab), das vor der Unterzeichnung liegt');
    }

    record.events.forEach((event, index) => {
      if (!isDate(event.date)) return;
      const previous = record.events.slice(0, index).findLast((other) => isDate(other.date));
      if (previous && isCertainlyBeforeValue(event.date, previous.date!)) {
        problem(['events', index, 'date'], event.date, `Ereignisse bitte in zeitlicher Reihenfolge: ${String(event.date)} liegt vor dem vorigen Ereignis (${String(previous.date)})`);
      }
      const mayPrecede = event.type === 'angekuendigt' || (event.type === 'in-kraft' && record.retroactive);
      if (!mayPrecede && isDate(record.signed) && isCertainlyBeforeValue(event.date, record.signed)) {
        problem(['events', index, 'date'], event.date, `„${eventTypes.labels[event.type]}“ (${String(event.date)}) kann nicht vor der Unterzeichnung (${String(record.signed)}) liegen`);
      } else if (event.type === 'genehmigung') {
        // The supervisory authority approves what was concluded; it cannot approve before.
        const signing = signingAfter(event.date);
        if (signing) problem(['events', index, 'date'], event.date, `Die Genehmigung (${String(event.date)}) liegt vor dem Abschluss der Vereinbarung (Unterzeichnung ${String(signing)}): Datum prüfen`);
      }
    });

    // Each party's steps: in time order, and never against the usual order of steps.
    record.parties.forEach((party, partyIndex) => {
      party.steps.forEach((step, index) => {
        if (!isDate(step.date)) return;
        const path = ['parties', partyIndex, 'steps', index, 'date'];
        // The usual order of steps says more than the list order, so it is checked first.
        const rank = STEP_RANK[step.type];
        const retroactiveEntry = step.type === 'inkrafttreten' && record.retroactive;
        const earlierKind = rank === undefined ? undefined : party.steps.find((other) => {
          const otherRank = STEP_RANK[other.type];
          if (otherRank === undefined || otherRank >= rank || !isDate(other.date)) return false;
          if (retroactiveEntry && otherRank <= 2) return false;
          return isCertainlyBeforeValue(step.date!, other.date);
        });
        const previous = party.steps.slice(0, index).findLast((other) => isDate(other.date));
        if (earlierKind) {
          problem(path, step.date,
            `„${stepTypes.labels[step.type]}“ (${String(step.date)}) kann nicht vor „${stepTypes.labels[earlierKind.type]}“ (${String(earlierKind.date)}) derselben Partei liegen`);
        } else if (previous && isCertainlyBeforeValue(step.date, previous.date!)) {
          problem(path, step.date, `Schritte einer Partei bitte in zeitlicher Reihenfolge: ${String(step.date)} liegt vor dem vorigen Schritt (${String(previous.date)})`);
        } else if (step.type === 'genehmigung' && isDate(record.signed) && isCertainlyBeforeValue(step.date, record.signed)) {
          problem(path, step.date, `Die Genehmigung (${String(step.date)}) liegt vor dem Abschluss der Vereinbarung (Unterzeichnung ${String(record.signed)}): Datum prüfen`);
        }
      });
      if (record.signed !== undefined && party.steps.some((step) => step.type === 'unterzeichnung')) {
        problem(['parties', partyIndex, 'steps'], party.steps,
          'Die Unterzeichnung steht schon unter „signed“ (gemeinsames Datum); entweder „signed“ oder je Partei einen Schritt „unterzeichnung“ angeben');
      }
    });

    // Source ids: unique, and every reference to one resolves.
    checkSourceIds(record, problem);
    checkVerification(record.verification, record.parties, today, problem);

    const duplicates = <T>(items: T[], key: (item: T) => string, path: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const value = key(item);
        if (value === '') return;
        if (seen.has(value)) problem([path, index], value, `${what} „${value}“ steht doppelt in der Liste`);
        seen.add(value);
      });
    };
    duplicates(record.parties, (party) => party.org ?? party.land ?? party.group?.name ?? '', 'parties', 'Vertragspartei');
    duplicates(record.topics, (topic) => topic, 'topics', 'Thema');
    duplicates(record.related, (related) => related.agreement, 'related', 'Vereinbarung');
    duplicates(record.solutions, (entry) => entry.solution, 'solutions', 'Lösung');
    duplicates(record.sources, (src) => src.url ?? '', 'sources', 'Quelle');
  })
  .describe('Vereinbarung (Frontmatter einer MDX-Datei in src/content/agreements/)');

export type Agreement = z.output<typeof agreementSchema>;
export type AgreementKind = z.output<typeof agreementKinds.schema>;
export type AgreementStatus = z.output<typeof agreementStatuses.schema>;

/**
 * What an agreement's facts that happened (dated, not only planned) say about its status,
 * and the status they call for: the schema's checks and new records (npm run new, the
 * form) use the same rules.
 */
export function statusFacts(facts: { signed: boolean; steps: readonly { type: string }[]; events: readonly { type: string }[] }) {
  const hasSigning = facts.signed || facts.steps.some((step) => step.type === 'unterzeichnung' || step.type === 'beitritt');
  const inForce = facts.events.some((event) => event.type === 'in-kraft') || facts.steps.some((step) => step.type === 'inkrafttreten');
  const ended = facts.events.some((event) => event.type === 'beendet');
  const calledFor: AgreementStatus = ended ? 'beendet' : inForce ? 'in-kraft' : hasSigning ? 'unterzeichnet' : 'angekuendigt';
  return { hasSigning, inForce, ended, calledFor };
}
export type RelationKind = z.output<typeof relationKinds.schema>;
export type Party = z.output<typeof partySchema>;
export type PartyStep = z.output<typeof stepSchema>;
export type AgreementEvent = z.output<typeof eventSchema>;
export type SolutionUse = z.output<typeof solutionUses.schema>;
