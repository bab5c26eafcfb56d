/**
 * npm run new [-- vereinbarung|organisation|loesung|mitgliedschaft|beteiligung] [-- --help] [-- options]
 *
 * Creates a new agreement record in src/content/agreements/, a new organisation or
 * solution, or adds a membership or a share to an existing organisation's file. Asks for
 * what is missing (with suggestions from the existing ids as you type); with all options
 * given, or without a terminal, it runs without questions. What it writes fails validation
 * until its empty fields are filled in, and the validator says which ones. `--help`
 * prints the usage below.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { NewOrganisationAnswers } from '../src/contribute/organisation-template.ts';
import type { NewRecordAnswers } from '../src/contribute/record-template.ts';
import type { NewSolutionAnswers } from '../src/contribute/solution-template.ts';
import { useCompileCache } from './lib/compile-cache.ts';

// The modules below are compiled once and then taken from Node's cache (compile-cache.ts).
useCompileCache(join(import.meta.dirname, '..'));
const { input, search, select } = await import('@inquirer/prompts');
const { newOrganisationText, suggestOrganisationSlug } = await import('../src/contribute/organisation-template.ts');
const { newRecordText, suggestSlug } = await import('../src/contribute/record-template.ts');
const { addMembership, addStake } = await import('../src/contribute/organisation-edits.ts');
const { newSolutionText, suggestSolutionSlug } = await import('../src/contribute/solution-template.ts');
const { CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } = await import('../src/lib/content-paths.ts');
const { isAfterDay, parsePartialDate, parseUncertainDate, PARTIAL_DATE_FORMS, todayInGermany } = await import('../src/schemas/dates.ts');
const { agreementKinds, eventTypes, stepTypes } = await import('../src/schemas/agreement.ts');
const { httpUrl, slug: slugSchema } = await import('../src/schemas/common.ts');
const { legalForms, membershipEnds, organisationKinds } = await import('../src/schemas/organisation.ts');
const { didYouMeanText } = await import('../src/validation/suggest.ts');
const { validateContent } = await import('../src/validation/validate-content.ts');

const RECORD_TYPES = {
  vereinbarung: 'agreement',
  organisation: 'organisation',
  loesung: 'solution',
  mitgliedschaft: 'membership',
  beteiligung: 'stake',
} as const;
type RecordType = (typeof RECORD_TYPES)[keyof typeof RECORD_TYPES];

const USAGE = `Legt einen neuen Eintrag an: eine Vereinbarung (Standard), eine Organisation oder eine
Lösung; oder ergänzt eine Organisation um ein Mitglied oder einen Anteil.

Aufruf:
  npm run new                                  Vereinbarung anlegen, mit Rückfragen
  npm run new -- [vereinbarung] [Optionen]     Vereinbarung anlegen
  npm run new -- organisation [Optionen]       Organisation anlegen
  npm run new -- loesung [Optionen]            Lösung (nachnutzbare Software) anlegen (auch: solution)
  npm run new -- mitgliedschaft [Optionen]     Mitglied einer Genossenschaft, eines Vereins
                                               oder Zweckverbands in dessen Datei eintragen
  npm run new -- beteiligung [Optionen]        Anteil eines Trägers oder Gesellschafters
                                               (mit Stand) in die Datei der Gesellschaft eintragen
  npm run new -- --help                        diese Hilfe

Was fehlt, wird im Terminal abgefragt. Mit --yes (oder ohne Terminal) gibt es keine
Rückfragen; dann müssen die Pflichtangaben als Optionen kommen.

Optionen für eine Vereinbarung (Pflicht ohne Rückfragen: --title, --kind, zwei --party):
  --title "…"        Titel der Vereinbarung
  --kind ART         Art: ${agreementKinds.values.join(', ')}
  --signed DATUM     Datum der Unterzeichnung, so genau wie bekannt: ${PARTIAL_DATE_FORMS.join(', ')}
                     (weglassen, wenn sie nur angekündigt ist)
  --party KENNUNG    Partei, mehrfach: Organisation (dataport oder org:dataport) oder Land (land:berlin)
  --group "…"        Parteien, die die Quelle nur als Gruppe nennt, z. B. "die Länder"; mit
                     --group-count N (wie viele, wenn die Quelle es sagt) und
                     --group-member KENNUNG (mehrfach; nur namentlich genannte). Eine --party
                     und eine --group genügen als zwei Parteien.
  --step "PARTEI ART DATUM"
                     Schritt einer Partei, mehrfach, z. B. "stadt-west gremienbeschluss 2020-12-10";
                     geplant statt geschehen: "land:saarland beitritt geplant:2027-01-01".
                     Arten: ${stepTypes.values.join(', ')}
  --event "ART DATUM"
                     Ereignis für alle Parteien, mehrfach, z. B. "genehmigung 2021-04-15",
                     "bekanntmachung 2021-05-01", "in-kraft geplant:2019-01-01".
                     Arten: ${eventTypes.values.join(', ')}
  --legal-basis "…"  Rechtsgrundlage, mehrfach, z. B. "GkG NRW § 23"
  --topic KENNUNG    Thema aus ${CONTENT_PATHS.topics}, mehrfach (z. B. --topic nachnutzung)
  --source URL       Webadresse der ersten Quelle
  --slug KENNUNG     Kennung (Dateiname und Adresse) statt des Vorschlags, z. B. it-staatsvertrag-2019;
                     vorgeschlagen werden Parteien und Jahr, bei mehr als drei Parteien Titel und Jahr

Optionen für eine Organisation (Pflicht ohne Rückfragen: --name, --kind):
  --name "…"         Vollständiger Name
  --short-name "…"   Gebräuchliche Kurzform, z. B. "ITDZ Berlin"
  --kind ART         Art: ${organisationKinds.values.join(', ')}
  --legal-form FORM  Rechtsform: ${legalForms.values.join(', ')}
  --seat ORT         Sitz
  --land KENNUNG     Land, zu dem sie gehört, z. B. berlin
  --website URL      Website
  --source URL       Webadresse der ersten Quelle
  --slug KENNUNG     Kennung (Dateiname) statt des Vorschlags aus der Kurzform

Optionen für eine Lösung (Pflicht ohne Rückfragen: --name):
  --name "…"         Name der Lösung
  --short-name "…"   Kurzform
  --developer KENNUNG  Wer sie entwickelt hat, mehrfach (org:dataport, land:hamburg)
  --since DATUM      Seit wann es sie gibt
  --source URL       Webadresse der ersten Quelle
  --slug KENNUNG     Kennung (Dateiname) statt des Vorschlags

Optionen für eine Mitgliedschaft (Pflicht ohne Rückfragen: --in, --member):
  --in KENNUNG       Organisation, der beigetreten wurde (Genossenschaft, Verein, Zweckverband)
  --member KENNUNG   Mitglied (org:… oder land:…)
  --since DATUM      Mitglied seit
  --notice DATUM     Kündigung erklärt am
  --until DATUM      Mitglied bis (Ende wirksam)
  --end ART          Wie sie endete: ${membershipEnds.values.join(', ')}
  --source URL       Webadresse der Quelle

Optionen für eine Beteiligung (Pflicht ohne Rückfragen: --in, --owner, --as-of und --percent oder --nominal):
  --in KENNUNG       Gesellschaft oder Anstalt
  --owner KENNUNG    Träger oder Gesellschafter (org:… oder land:…)
  --percent ZAHL     Anteil in Prozent
  --nominal ZAHL     Nennbetrag in Euro
  --as-of DATUM      Stand: der Tag, für den die Quelle die Zahl nennt
  --since DATUM      Träger seit (nur bei einem neuen Träger)
  --source URL       Webadresse der Quelle

Allgemein:
  --yes              keine Rückfragen
  --root ORDNER      Projektordner (Standard: der aktuelle Ordner)
  -h, --help         diese Hilfe

Beispiele:
  npm run new -- --title "Kooperationsvertrag zwischen Dataport und der KITU" \\
    --kind kooperationsvertrag --signed 2019-11 --party dataport --party kitu --topic nachnutzung
  npm run new -- organisation --name "IT-Dienstleistungszentrum Berlin" --short-name "ITDZ Berlin" \\
    --kind it-dienstleister --legal-form aoer --land berlin
  npm run new -- --title "Verwaltungsvereinbarung über …" --kind verwaltungsvereinbarung --signed 2015-06 \\
    --party bund --group "die Länder" --group-count 16 --event "bekanntmachung 2015-07-01"
  npm run new -- mitgliedschaft --in kitu --member org:stadt-am-see --since 2019-05-01 --source https://…
  npm run new -- beteiligung --in komm-one --owner land:baden-wuerttemberg --percent 12 --as-of 2018-07-11
  npm run new -- loesung --name "LLMoin" --developer org:dataport --developer land:hamburg

Eine Partei, die es noch nicht gibt, zuerst mit „npm run new -- organisation“ anlegen;
die Vereinbarung kann sie dann sofort nennen, auch bevor beide Dateien fertig sind.
Alles Weitere: CONTRIBUTING.md`;

class UsageError extends Error {}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        title: { type: 'string' },
        kind: { type: 'string' },
        signed: { type: 'string' },
        party: { type: 'string', multiple: true },
        group: { type: 'string', multiple: true },
        'group-count': { type: 'string' },
        'group-member': { type: 'string', multiple: true },
        step: { type: 'string', multiple: true },
        event: { type: 'string', multiple: true },
        'legal-basis': { type: 'string', multiple: true },
        developer: { type: 'string', multiple: true },
        since: { type: 'string' },
        until: { type: 'string' },
        notice: { type: 'string' },
        end: { type: 'string' },
        in: { type: 'string' },
        member: { type: 'string' },
        owner: { type: 'string' },
        percent: { type: 'string' },
        nominal: { type: 'string' },
        'as-of': { type: 'string' },
        topic: { type: 'string', multiple: true },
        source: { type: 'string' },
        slug: { type: 'string' },
        name: { type: 'string' },
        'short-name': { type: 'string' },
        'legal-form': { type: 'string' },
        seat: { type: 'string' },
        land: { type: 'string' },
        website: { type: 'string' },
        root: { type: 'string', default: process.cwd() },
        yes: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // Node's messages are English and technical; say what went wrong and where help is.
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    const code = (error as { code?: string }).code;
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Unbekannte Option „${option}“.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Die Option „${option?.split(' ')[0]}“ braucht einen Wert.`
          : `Die Angaben lassen sich nicht lesen (${error instanceof Error ? error.message : String(error)}).`;
    console.error(`✗ ${what} „npm run new -- --help“ zeigt alle Optionen.`);
    process.exit(1);
  }
}

const { values, positionals } = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const interactive = process.stdin.isTTY && !values.yes;

function recordType(): RecordType {
  if (positionals.length > 1) throw new UsageError(`Nur eine Eintragsart angeben, nicht „${positionals.join(' ')}“.`);
  const [name = 'vereinbarung'] = positionals;
  // The German names, or the English ones the code and the issues use ("solution").
  const type = RECORD_TYPES[name as keyof typeof RECORD_TYPES] ?? Object.values(RECORD_TYPES).find((value) => value === name);
  if (!type) {
    throw new UsageError(
      `Unbekannte Eintragsart „${name}“.${didYouMeanText(name, Object.keys(RECORD_TYPES))} Möglich: ${Object.keys(RECORD_TYPES).join(', ')}.`,
    );
  }
  return type;
}

const { content } = validateContent({ root: values.root });

/**
 * Organisation ids from the files themselves, not only from valid records: an
 * organisation added in the same pull request (still being filled in, or with an error
 * of its own) is a known party, as it is for the validator's reference check.
 */
function organisationIdsOnDisk(): string[] {
  try {
    return readdirSync(join(values.root, CONTENT_PATHS.organisations))
      .filter((file) => file.endsWith(ORGANISATION_EXTENSION))
      .map((file) => file.slice(0, -ORGANISATION_EXTENSION.length));
  } catch {
    return [];
  }
}
const organisationIds = new Set([...content.organisations.keys(), ...organisationIdsOnDisk()]);

type Party = { org: string } | { land: string };
const partyChoices = [
  ...[...organisationIds].map((id) => {
    const org = content.organisations.get(id);
    return {
      value: `org:${id}`,
      name: org ? `${org.shortName ?? org.name} (Organisation: ${id})` : `${id} (Organisation, noch in Arbeit)`,
    };
  }),
  ...[...content.laender.values()].map((land) => ({ value: `land:${land.id}`, name: `${land.name} (Land: ${land.id})` })),
];

/** Accepts `org:dataport`, `land:berlin` or a bare id that names exactly one of them. */
function parseParty(value: string): Party {
  const [prefix, id] = value.includes(':') ? value.split(':', 2) : [undefined, value];
  if ((prefix === 'org' || prefix === undefined) && id && organisationIds.has(id)) return { org: id };
  if ((prefix === 'land' || prefix === undefined) && id && content.laender.has(id)) return { land: id };
  const known = [...organisationIds, ...content.laender.keys()];
  throw new UsageError(
    `Unbekannte Partei „${value}“.${didYouMeanText(id ?? value, known)} ` +
      `Eine neue Organisation zuerst anlegen: npm run new -- organisation --slug ${slugSchema.safeParse(id).success ? id : '<kennung>'}`,
  );
}

function checkDate(value: string): string | true {
  if (value.trim() === '') return true;
  if (!parsePartialDate(value.trim())) return `Datum in einer dieser Formen: ${PARTIAL_DATE_FORMS.join(', ')}`;
  if (isAfterDay(value.trim(), todayInGermany())) return 'Das Datum liegt in der Zukunft';
  return true;
}

function checkUrl(option: string, value: string | undefined) {
  if (value !== undefined && !httpUrl.safeParse(value).success)
    throw new UsageError(`${option} „${value}“: Webadresse erwartet, die mit https:// oder http:// beginnt.`);
}

function checkSlug(slug: string) {
  if (!slugSchema.safeParse(slug).success)
    throw new UsageError(`Ungültige Kennung „${slug}“: nur Kleinbuchstaben, Ziffern und einzelne Bindestriche.`);
}

function requireOptions(required: readonly string[]) {
  const missing = required.filter((key) => {
    const value = values[key as keyof typeof values];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  if (!interactive && missing.length > 0) {
    throw new UsageError(
      `Ohne Rückfragen fehlen: ${missing.map((key) => `--${key}`).join(', ')}. „npm run new -- --help“ zeigt alle Optionen und Beispiele.`,
    );
  }
}

async function askParties(minimum = 2): Promise<Party[]> {
  const parties: Party[] = [];
  for (;;) {
    const done = parties.length >= minimum;
    const answer = await search<string>({
      message: done
        ? 'Weitere Partei (Eingabe leer lassen und „fertig“ wählen, wenn alle genannt sind)'
        : `Partei ${parties.length + 1} (Name oder Kennung tippen)`,
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        const matches = partyChoices.filter((choice) => choice.name.toLowerCase().includes(needle)).slice(0, 12);
        return done ? [{ value: '', name: 'fertig' }, ...matches] : matches;
      },
    });
    if (!answer) return parties;
    parties.push(parseParty(answer));
  }
}

/**
 * A value of a vocabulary (kinds, legal forms): the one given as an option, or chosen from
 * a menu; an unknown value is a usage error with a did-you-mean. With `none`, the menu
 * offers that label for "no value" and the result may be undefined.
 */
type Vocabulary<V extends string> = { values: readonly V[]; labels: Record<V, string> };
async function chooseFrom<V extends string>(
  vocabulary: Vocabulary<V>,
  given: string | undefined,
  message: string,
  what: string,
): Promise<V>;
async function chooseFrom<V extends string>(
  vocabulary: Vocabulary<V>,
  given: string | undefined,
  message: string,
  what: string,
  none: string,
): Promise<V | undefined>;
async function chooseFrom<V extends string>(
  vocabulary: Vocabulary<V>,
  given: string | undefined,
  message: string,
  what: string,
  none?: string,
) {
  const choices = vocabulary.values.map((value) => ({ value: value as string, name: vocabulary.labels[value] }));
  const value = given ?? (await select<string>({ message, choices: none ? [{ value: '', name: none }, ...choices] : choices }));
  if (none && value === '') return undefined;
  if (!vocabulary.values.includes(value as V)) {
    throw new UsageError(
      `Unbekannte ${what} „${value}“.${didYouMeanText(value, vocabulary.values)} Erlaubt: ${vocabulary.values.join(', ')}`,
    );
  }
  return value as V;
}

/** A date as an option: the forms a record may hold (also bounded), never in the future unless planned. */
function optionDate(option: string, value: string | undefined, planned = false): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!parseUncertainDate(value.trim()))
    throw new UsageError(`${option} „${value}“: Datum in einer dieser Formen: ${PARTIAL_DATE_FORMS.join(', ')}`);
  if (!planned && isAfterDay(value.trim().replace(/^\.\.\//, ''), todayInGermany())) {
    throw new UsageError(`${option} „${value}“: Das Datum liegt in der Zukunft; ein geplantes Datum mit „geplant:“ davor angeben`);
  }
  return value.trim();
}

/** "ART DATUM" or "ART geplant:DATUM", for steps (after the party) and events. */
function parseFact(option: string, words: string[], types: { values: readonly string[] }) {
  const [type, when] = words;
  if (!type || !types.values.includes(type)) {
    throw new UsageError(
      `${option}: unbekannte Art „${type ?? ''}“.${didYouMeanText(type ?? '', types.values)} Erlaubt: ${types.values.join(', ')}`,
    );
  }
  if (!when) throw new UsageError(`${option} „${words.join(' ')}“: Datum fehlt (z. B. 2021-04-15 oder geplant:2027-01-01)`);
  const planned = when.startsWith('geplant:');
  const date = optionDate(option, planned ? when.slice('geplant:'.length) : when, planned);
  return planned ? { type, planned: date } : { type, date };
}

async function collectAgreement(): Promise<NewRecordAnswers & { slug: string }> {
  requireOptions(['title', 'kind']);
  if (!interactive && (values.party?.length ?? 0) + (values.group?.length ?? 0) < 2) {
    throw new UsageError(
      'Ohne Rückfragen fehlen Parteien: zwei --party, oder eine --party und eine --group. „npm run new -- --help“ zeigt alle Optionen.',
    );
  }
  const title =
    values.title ??
    (await input({ message: 'Titel der Vereinbarung', validate: (value) => value.trim() !== '' || 'Bitte einen Titel angeben' }));
  const kind = await chooseFrom(agreementKinds, values.kind, 'Art der Vereinbarung', 'Art');
  const signed =
    values.signed ??
    (interactive
      ? await input({
          message: `Datum der Unterzeichnung (${PARTIAL_DATE_FORMS.join(', ')}; leer, wenn nur angekündigt)`,
          validate: checkDate,
        })
      : undefined);
  if (signed !== undefined) {
    const dateCheck = checkDate(signed);
    if (dateCheck !== true) throw new UsageError(`--signed „${signed}“: ${dateCheck}`);
  }
  const groupCount = values['group-count'] === undefined ? undefined : Number(values['group-count']);
  if (groupCount !== undefined && (!Number.isInteger(groupCount) || groupCount < 1)) {
    throw new UsageError(`--group-count „${values['group-count']}“: eine ganze Zahl ab 1 erwartet`);
  }
  const groups = (values.group ?? []).map((name, index) => ({
    name,
    // Count and named members belong to the first group; a second group gets its own file entry by hand.
    ...(index === 0 ? { count: groupCount, members: (values['group-member'] ?? []).map(parseParty) } : {}),
  }));
  if (groups[0]?.count !== undefined && (groups[0].members?.length ?? 0) > groups[0].count) {
    throw new UsageError(
      `--group-member: ${groups[0].members?.length} Mitglieder genannt, laut --group-count sind es nur ${groups[0].count}`,
    );
  }
  const named = values.party?.length
    ? values.party.map(parseParty)
    : groups.length > 0 && !interactive
      ? []
      : await askParties(groups.length > 0 ? 1 : 2);
  if (named.length + groups.length < 2)
    throw new UsageError('Eine Vereinbarung braucht mindestens zwei Parteien (eine davon darf eine Gruppe sein: --group).');
  const partyIds = named.map((party) => ('org' in party ? party.org : party.land));
  const steps = (values.step ?? []).map((text) => {
    const [party, ...rest] = text.trim().split(/\s+/);
    const id = party?.replace(/^(org|land):/, '');
    if (!id || !partyIds.includes(id)) {
      throw new UsageError(
        `--step „${text}“: „${party ?? ''}“ ist keine der Parteien (${partyIds.join(', ')}).${didYouMeanText(id ?? '', partyIds)}`,
      );
    }
    return { party: id, ...parseFact('--step', rest, stepTypes) };
  });
  const events = (values.event ?? []).map((text) => parseFact('--event', text.trim().split(/\s+/), eventTypes));
  const legalBasis = (values['legal-basis'] ?? []).map((text) => {
    const section = /(§+\s*\S+|Art\.\s*\S+)/.exec(text)?.[0];
    const name = text.replace(section ?? '', '').trim();
    return section ? { name, section } : { name };
  });
  for (const topic of values.topic ?? []) {
    if (!content.topics.has(topic)) throw new UsageError(`Unbekanntes Thema „${topic}“.${didYouMeanText(topic, content.topics.keys())}`);
  }
  checkUrl('--source', values.source);
  const answers: NewRecordAnswers = {
    title,
    kind,
    signed: signed?.trim() || undefined,
    parties: named,
    groups,
    steps,
    events,
    legalBasis,
    topics: values.topic,
    source: { url: values.source },
  };
  const slug = values.slug ?? suggestSlug(answers);
  checkSlug(slug);
  return { ...answers, slug };
}

/** An organisation or Land given as an option, or chosen by typing. */
async function actorOption(option: string, value: string | undefined, message: string): Promise<Party> {
  if (value !== undefined) return parseParty(value);
  if (!interactive) throw new UsageError(`Ohne Rückfragen fehlt ${option}. „npm run new -- --help“ zeigt alle Optionen.`);
  return parseParty(
    await search<string>({
      message,
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        return partyChoices.filter((choice) => choice.name.toLowerCase().includes(needle)).slice(0, 12);
      },
    }),
  );
}

/** The file of an existing organisation that a membership or share is added to. */
async function organisationFile(option: string, value: string | undefined, message: string) {
  const target = await actorOption(option, value, message);
  if (!('org' in target)) throw new UsageError(`${option}: eine Organisation erwarten, kein Land`);
  const path = join(values.root, CONTENT_PATHS.organisations, `${target.org}${ORGANISATION_EXTENSION}`);
  return { id: target.org, path, relative: join(CONTENT_PATHS.organisations, `${target.org}${ORGANISATION_EXTENSION}`) };
}

async function askDate(option: string, value: string | undefined, message: string, required = false): Promise<string | undefined> {
  const answer =
    value ??
    (interactive
      ? await input({ message, validate: (text) => (required && text.trim() === '' ? 'Bitte ein Datum angeben' : checkDate(text)) })
      : undefined);
  if (required && !answer?.trim()) throw new UsageError(`Ohne Rückfragen fehlt ${option}.`);
  return optionDate(option, answer);
}

async function addMember() {
  const file = await organisationFile('--in', values.in, 'Organisation, der beigetreten wurde (Genossenschaft, Verein, Zweckverband)');
  const member = await actorOption('--member', values.member, 'Mitglied (Name oder Kennung tippen)');
  if (values.end !== undefined && !membershipEnds.values.includes(values.end as never)) {
    throw new UsageError(
      `--end „${values.end}“: unbekannt.${didYouMeanText(values.end, membershipEnds.values)} Erlaubt: ${membershipEnds.values.join(', ')}`,
    );
  }
  const since = await askDate('--since', values.since, 'Mitglied seit (leer, wenn unbekannt)');
  checkUrl('--source', values.source);
  const text = addMembership(readFileSync(file.path, 'utf8'), {
    member,
    since,
    until: optionDate('--until', values.until),
    notice: optionDate('--notice', values.notice),
    end: values.end,
    source: { url: values.source },
  });
  writeFileSync(file.path, text);
  return file;
}

async function addShare() {
  const file = await organisationFile('--in', values.in, 'Gesellschaft oder Anstalt');
  const owner = await actorOption('--owner', values.owner, 'Träger oder Gesellschafter (Name oder Kennung tippen)');
  const number = (option: string, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return undefined;
    const parsed = Number(value.replace(',', '.'));
    if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${option} „${value}“: eine Zahl größer als 0 erwartet`);
    return parsed;
  };
  const percent = number(
    '--percent',
    values.percent ??
      (interactive && values.nominal === undefined
        ? await input({ message: 'Anteil in Prozent (leer, wenn nur ein Betrag bekannt ist)' })
        : undefined),
  );
  const nominal = number(
    '--nominal',
    values.nominal ?? (interactive && percent === undefined ? await input({ message: 'Nennbetrag in Euro' }) : undefined),
  );
  if (percent === undefined && nominal === undefined) throw new UsageError('Anteil angeben: --percent oder --nominal (oder beides).');
  const asOf = await askDate('--as-of', values['as-of'], 'Stand: der Tag, für den die Quelle die Zahl nennt', true);
  checkUrl('--source', values.source);
  writeFileSync(
    file.path,
    addStake(readFileSync(file.path, 'utf8'), {
      owner,
      percent,
      nominal,
      asOf: asOf!,
      since: optionDate('--since', values.since),
      source: { url: values.source },
    }),
  );
  return file;
}

async function collectSolution(): Promise<NewSolutionAnswers & { slug: string }> {
  requireOptions(['name']);
  const name =
    values.name ?? (await input({ message: 'Name der Lösung', validate: (value) => value.trim() !== '' || 'Bitte einen Namen angeben' }));
  const developers = (values.developer ?? []).map(parseParty);
  const since = optionDate('--since', values.since);
  checkUrl('--source', values.source);
  const answers: NewSolutionAnswers = { name, shortName: values['short-name'], developers, since, source: { url: values.source } };
  const slug = values.slug ?? suggestSolutionSlug(answers);
  checkSlug(slug);
  return { ...answers, slug };
}

async function collectOrganisation(): Promise<NewOrganisationAnswers & { slug: string }> {
  requireOptions(['name', 'kind']);
  const name =
    values.name ??
    (await input({
      message: 'Vollständiger Name der Organisation',
      validate: (value) => value.trim() !== '' || 'Bitte einen Namen angeben',
    }));
  const shortName =
    values['short-name'] ??
    (interactive && !values.name ? await input({ message: 'Gebräuchliche Kurzform (leer, wenn keine)' }) : undefined);
  const kind = await chooseFrom(organisationKinds, values.kind, 'Art der Organisation', 'Art');
  // Asked only in a full dialogue; "nicht bekannt" leaves the field out.
  const legalForm =
    values['legal-form'] !== undefined || (interactive && !values.name)
      ? await chooseFrom(legalForms, values['legal-form'], 'Rechtsform', 'Rechtsform', 'nicht bekannt')
      : undefined;
  if (values.land !== undefined && !content.laender.has(values.land)) {
    throw new UsageError(`Unbekanntes Land „${values.land}“.${didYouMeanText(values.land, content.laender.keys())}`);
  }
  checkUrl('--website', values.website);
  checkUrl('--source', values.source);
  const answers: NewOrganisationAnswers = {
    name,
    shortName: shortName || undefined,
    kind,
    legalForm,
    seat: values.seat,
    land: values.land,
    website: values.website,
    source: { url: values.source },
  };
  const slug = values.slug ?? suggestOrganisationSlug(answers);
  checkSlug(slug);
  return { ...answers, slug };
}

function write(dir: string, file: string, text: string, slug: string): string {
  const relativePath = join(dir, file);
  if (existsSync(join(values.root, relativePath))) {
    throw new UsageError(`${relativePath} gibt es schon. Bitte mit --slug eine andere Kennung wählen, z. B. ${slug}-2.`);
  }
  writeFileSync(join(values.root, relativePath), text);
  return relativePath;
}

/** The fields the contributor still has to fill in, in German, as a list for the message. */
function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

try {
  const type = recordType();
  if (type === 'membership' || type === 'stake') {
    const file = type === 'membership' ? await addMember() : await addShare();
    console.log(`✓ Ergänzt: ${file.relative}`);
    console.log(`  Jetzt Titel und Herausgeber der neuen Quelle ausfüllen${type === 'membership' ? ' und fehlende Daten ergänzen' : ''}.`);
    console.log('  „npm run validate“ zeigt, was noch fehlt; „npm run dev“ zeigt die Seite unter');
    console.log(`  http://localhost:4321/organisationen/${file.id}/`);
  } else if (type === 'solution') {
    const answers = await collectSolution();
    const file = write(CONTENT_PATHS.solutions, `${answers.slug}${SOLUTION_EXTENSION}`, newSolutionText(answers), answers.slug);
    console.log(`✓ Angelegt: ${file}`);
    console.log('  Jetzt die Beschreibung, Themen und die Quelle ausfüllen, Nachnutzer mit ihrem Beginn unter „reusers“.');
    console.log('  „npm run validate“ zeigt, was noch fehlt; „npm run dev“ zeigt die Seite unter');
    console.log(`  http://localhost:4321/loesungen/${answers.slug}/`);
  } else if (type === 'organisation') {
    const answers = await collectOrganisation();
    const file = write(CONTENT_PATHS.organisations, `${answers.slug}${ORGANISATION_EXTENSION}`, newOrganisationText(answers), answers.slug);
    const open = ['die Beschreibung', answers.source?.url ? 'Titel und Herausgeber der Quelle' : 'eine Quelle'];
    console.log(`✓ Angelegt: ${file}`);
    console.log(`  Jetzt ${listOf(open)} ausfüllen. Als Partei einer Vereinbarung heißt sie „${answers.slug}“,`);
    console.log(`  z. B. npm run new -- --party ${answers.slug} --party …`);
    console.log('  „npm run validate“ zeigt, was noch fehlt; „npm run dev“ zeigt die Seite unter');
    console.log(`  http://localhost:4321/organisationen/${answers.slug}/`);
  } else {
    const answers = await collectAgreement();
    const file = write(CONTENT_PATHS.agreements, `${answers.slug}.mdx`, newRecordText(answers), answers.slug);
    const open = [
      'die Zusammenfassung',
      ...(answers.topics?.length ? [] : ['die Themen']),
      answers.source?.url ? 'Titel und Herausgeber der Quelle' : 'die Quelle',
    ];
    console.log(`✓ Angelegt: ${file}`);
    console.log(`  Jetzt ${listOf(open)} ausfüllen und den Platzhaltertext ersetzen.`);
    console.log('  „npm run validate“ zeigt, was noch fehlt; „npm run dev“ zeigt die Seite unter');
    console.log(`  http://localhost:4321/vereinbarungen/${answers.slug}/`);
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`✗ ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && error.name === 'ExitPromptError') {
    console.error('Abgebrochen, keine Datei angelegt.');
    process.exitCode = 1;
  } else {
    throw error;
  }
}
