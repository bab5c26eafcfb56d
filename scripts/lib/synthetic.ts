/**
 * Realistic synthetic records for benchmarks and scale tests: organisations with owners,
 * solutions, agreements with parties (some signing on different days, with cabinet
 * decisions, approval laws and entry into force per party), signatories, dates of every
 * precision (exact, month, quarter, year, bounded, unknown), events, topics, relations,
 * solutions, sources, notes and a German body text. Deterministic for a given seed. Writes
 * into a project copy's src/content and never touches the real records.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { agreementKinds } from '../../src/schemas/agreement.ts';

/** Id, name and ISO 3166-2 code of each Land (the code makes short names unique, unlike "Sac" for two Länder). */
const LAENDER = [
  ['baden-wuerttemberg', 'Baden-Württemberg', 'BW'],
  ['bayern', 'Bayern', 'BY'],
  ['berlin', 'Berlin', 'BE'],
  ['brandenburg', 'Brandenburg', 'BB'],
  ['bremen', 'Bremen', 'HB'],
  ['hamburg', 'Hamburg', 'HH'],
  ['hessen', 'Hessen', 'HE'],
  ['mecklenburg-vorpommern', 'Mecklenburg-Vorpommern', 'MV'],
  ['niedersachsen', 'Niedersachsen', 'NI'],
  ['nordrhein-westfalen', 'Nordrhein-Westfalen', 'NW'],
  ['rheinland-pfalz', 'Rheinland-Pfalz', 'RP'],
  ['saarland', 'Saarland', 'SL'],
  ['sachsen', 'Sachsen', 'SN'],
  ['sachsen-anhalt', 'Sachsen-Anhalt', 'ST'],
  ['schleswig-holstein', 'Schleswig-Holstein', 'SH'],
  ['thueringen', 'Thüringen', 'TH'],
] as const;

const TOPICS = [
  'kuenstliche-intelligenz',
  'digitale-plattformen',
  'beschaffung',
  'nachnutzung',
  'mobiles-arbeiten',
  'buergerportale',
  'ozg-umsetzung',
  'informationssicherheit',
  'it-resilienz',
  'digitale-souveraenitaet',
  'registermodernisierung',
  'datennutzung',
];

const ORG_PATTERNS = [
  { kind: 'it-dienstleister', legalForm: 'aoer', name: (land: string) => `IT-Dienstleistungszentrum ${land}`, short: 'ITDZ' },
  {
    kind: 'it-dienstleister',
    legalForm: 'landesbetrieb',
    name: (land: string) => `Landesbetrieb Informationstechnik ${land}`,
    short: 'LIT',
  },
  { kind: 'ministerium', legalForm: 'behoerde', name: (land: string) => `Ministerium für Digitalisierung ${land}`, short: 'MfD' },
  { kind: 'ministerium', legalForm: 'behoerde', name: (land: string) => `Ministerium des Innern ${land}`, short: 'MdI' },
  { kind: 'staatskanzlei', legalForm: 'behoerde', name: (land: string) => `Staatskanzlei ${land}`, short: 'StK' },
  { kind: 'kommunaler-it-verbund', legalForm: 'eg', name: (land: string) => `Kommunaler IT-Verbund ${land}`, short: 'KIV' },
  { kind: 'unternehmen', legalForm: 'gmbh', name: (land: string) => `Datenzentrale ${land} GmbH`, short: 'DZ' },
] as const;

// Compound nouns for the body text, used with falling frequency (the first most often), so
// that some words are common and most are rare, as in real text.
const STEMS = [
  'Melde',
  'Register',
  'Bürger',
  'Akten',
  'Rechnungs',
  'Geo',
  'Wahl',
  'Schul',
  'Kita',
  'Bau',
  'Kfz',
  'Ausweis',
  'Steuer',
  'Grundbuch',
  'Personal',
  'Haushalts',
  'Vergabe',
  'Förder',
  'Sozial',
  'Jugend',
  'Pflege',
  'Umwelt',
  'Verkehrs',
  'Gewerbe',
  'Justiz',
  'Polizei',
  'Feuerwehr',
  'Archiv',
  'Statistik',
  'Vermessungs',
];
const ENDINGS = [
  'portal',
  'register',
  'dienst',
  'plattform',
  'verfahren',
  'modul',
  'netz',
  'zentrum',
  'schnittstelle',
  'anwendung',
  'katalog',
  'archiv',
  'assistent',
];
const TERMS = STEMS.flatMap((stem) => ENDINGS.map((ending) => `${stem}${ending}`));

/** Words the benchmark searches for: one in few records, one in many, one in nearly all. */
export const BENCHMARK_QUERIES = { selten: TERMS[300]!, mittel: TERMS[8]!, 'sehr häufig': 'Verwaltungen' } as const;

const SUBJECTS = ['Die Partner', 'Beide Seiten', 'Die beteiligten Verwaltungen', 'Die IT-Dienstleister', 'Die Länder'];
const VERBS = [
  'vereinbaren',
  'planen',
  'erproben',
  'bündeln',
  'entwickeln gemeinsam',
  'betreiben künftig gemeinsam',
  'übernehmen wechselseitig',
];
const OBJECTS = [
  'eine Plattform für Onlinedienste',
  'ein Rechenzentrum für den Notfallbetrieb',
  'Werkzeuge für die elektronische Akte',
  'ein Sprachmodell für die Sachbearbeitung',
  'eine gemeinsame Beschaffung von Arbeitsplatzrechnern',
  'Verfahren zur Registermodernisierung',
  'eine Lösung für das Bürgerkonto',
  'ein Computer-Notfallteam',
  'Standards für offene Schnittstellen',
  'eine Datenplattform für die Statistik',
];
const REASONS = [
  'um Doppelarbeit zu vermeiden',
  'um Kosten zu senken',
  'damit Bürgerinnen und Bürger schneller Bescheid bekommen',
  'um die digitale Souveränität zu stärken',
  'nach dem Prinzip „Einer für Alle“',
  'um im Krisenfall handlungsfähig zu bleiben',
];
const PLACES = [
  'Kiel',
  'Hamburg',
  'Schwerin',
  'Hannover',
  'Bremen',
  'Magdeburg',
  'Potsdam',
  'Berlin',
  'Dresden',
  'Erfurt',
  'Wiesbaden',
  'Mainz',
  'Saarbrücken',
  'Stuttgart',
  'München',
  'Düsseldorf',
];
const FIRST_NAMES = ['Anna', 'Jonas', 'Katrin', 'Michael', 'Sabine', 'Thomas', 'Julia', 'Stefan', 'Petra', 'Andreas', 'Heike', 'Markus'];
const LAST_NAMES = [
  'Schulz',
  'Meyer',
  'Hoffmann',
  'Krüger',
  'Wagner',
  'Becker',
  'Lehmann',
  'Schröder',
  'Neumann',
  'Zimmermann',
  'Braun',
  'Hartmann',
];
const FUNCTIONS = [
  'Staatssekretärin für Digitalisierung',
  'Vorstandsvorsitzender',
  'Geschäftsführerin',
  'Chef der Staatskanzlei',
  'Direktor',
];
const PUBLISHERS = ['eGovernment', 'Kommune21', 'Behörden Spiegel', 'Landesregierung', 'Pressestelle'];

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return chosen;
    },
  };
}

export interface SyntheticOptions {
  agreements: number;
  organisations?: number;
  solutions?: number;
  seed?: number;
}

const SOLUTION_NAMES = [
  'Antragsportal',
  'Bürgerassistent',
  'Aktenlotse',
  'Fristenwächter',
  'Formularbaukasten',
  'Terminbuchung',
  'Bezahldienst',
  'Postfachdienst',
  'Geoportal',
  'Übersetzungshilfe',
];

type Rng = ReturnType<typeof random>;
const pad = (value: number) => String(value).padStart(2, '0');

/** A date as precise as real sources are: mostly exact, some month, quarter or year, a few bounded. */
function sourceDate(rng: Rng, year: number): string {
  const precision = rng.next();
  const month = rng.int(1, 12);
  if (precision < 0.55) return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
  if (precision < 0.75) return `${year}-${pad(month)}`;
  if (precision < 0.82) return `${year}-Q${rng.int(1, 4)}`;
  if (precision < 0.88) return String(year);
  if (precision < 0.94) return `../${year}-${pad(month)}`;
  return `${year}-${pad(Math.min(month, 11))}/${year}-${pad(Math.min(month, 11) + 1)}`;
}

const defaultOrganisations = (agreements: number) => Math.max(20, Math.round(agreements / 30));
const defaultSolutions = (agreements: number) => Math.max(10, Math.round(agreements / 100));

/** Replaces the project's records at `root` with synthetic ones; returns what it wrote. */
export function writeSyntheticContent(
  root: string,
  options: SyntheticOptions,
): { agreements: number; organisations: number; solutions: number } {
  return generate(root, options, 0);
}

/**
 * To records written by writeSyntheticContent with the same options, adds the next one,
 * as writeSyntheticContent with one agreement more would have written it, and touches no
 * other file (a contributor adding one record). Returns its id.
 */
export function addSyntheticAgreement(root: string, options: SyntheticOptions): string {
  // The same organisations and solutions: their numbers follow from the number of agreements.
  const { organisations = defaultOrganisations(options.agreements), solutions = defaultSolutions(options.agreements) } = options;
  generate(root, { ...options, agreements: options.agreements + 1, organisations, solutions }, options.agreements);
  return readdirSync(join(root, CONTENT_PATHS.agreements))
    .find((file) => file.startsWith(`vereinbarung-${String(options.agreements + 1).padStart(5, '0')}-`))!
    .replace(/\.mdx$/, '');
}

/** Writes the records from agreement number `from` on; from 0, everything, replacing what was there. */
function generate(root: string, options: SyntheticOptions, from: number): { agreements: number; organisations: number; solutions: number } {
  const rng = random(options.seed ?? 1);
  const orgCount = options.organisations ?? defaultOrganisations(options.agreements);
  const contentDir = join(root, 'src', 'content');
  const everything = from === 0;
  // Writes only what this call is to write; the random sequence runs through all of it alike.
  const write = (path: string, text: string, item: number | undefined) => {
    if (everything || (item !== undefined && item >= from)) writeFileSync(path, text);
  };
  if (everything) {
    rmSync(join(root, CONTENT_PATHS.agreements), { recursive: true, force: true });
    rmSync(join(root, CONTENT_PATHS.organisations), { recursive: true, force: true });
    // Real solutions name real organisations; a synthetic atlas has none of either.
    rmSync(join(root, CONTENT_PATHS.solutions), { recursive: true, force: true });
    for (const dir of [CONTENT_PATHS.agreements, CONTENT_PATHS.organisations, CONTENT_PATHS.solutions])
      mkdirSync(join(root, dir), { recursive: true });
    const here = join(import.meta.dirname, '..', '..');
    // The reference data and the known-but-missing lists are the project's own.
    for (const file of [CONTENT_PATHS.laender, CONTENT_PATHS.topics, CONTENT_PATHS.knownMissing, CONTENT_PATHS.knownTotals])
      copyFileSync(join(here, file), join(root, file));
  }

  const orgs: { id: string; land: string }[] = [];
  for (let index = 0; index < orgCount; index++) {
    const [landId, landName, landCode] = LAENDER[index % LAENDER.length]!;
    const pattern = ORG_PATTERNS[Math.floor(index / LAENDER.length) % ORG_PATTERNS.length]!;
    const generation = Math.floor(index / (LAENDER.length * ORG_PATTERNS.length));
    const id = `${pattern.short.toLowerCase()}-${landId}${generation ? `-${generation + 1}` : ''}`;
    const owners =
      pattern.kind === 'it-dienstleister'
        ? [{ land: landId }, ...(rng.next() < 0.3 ? [{ land: rng.pick(LAENDER)[0], since: String(rng.int(2004, 2020)) }] : [])]
        : [];
    const unique = owners.filter((owner, i) => owners.findIndex((other) => other.land === owner.land) === i);
    write(
      join(contentDir, 'organisations', `${id}.yaml`),
      stringify({
        name: `${pattern.name(landName)}${generation ? ` ${generation + 1}` : ''}`,
        shortName: `${pattern.short} ${landCode}${generation ? ` ${generation + 1}` : ''}`,
        kind: pattern.kind,
        legalForm: pattern.legalForm,
        seat: rng.pick(PLACES),
        land: landId,
        owners: unique,
        description: `${pattern.name(landName)} ist eine öffentliche Stelle in ${landName}, die Verwaltungen mit Informationstechnik unterstützt.`,
      }),
      undefined,
    );
    orgs.push({ id, land: landId });
  }

  const solutionCount = options.solutions ?? defaultSolutions(options.agreements);
  const solutionIds: string[] = [];
  for (let index = 0; index < solutionCount; index++) {
    const name = `${SOLUTION_NAMES[index % SOLUTION_NAMES.length]}${index >= SOLUTION_NAMES.length ? ` ${Math.floor(index / SOLUTION_NAMES.length) + 1}` : ''}`;
    const id = `loesung-${String(index + 1).padStart(4, '0')}`;
    const developers = rng.some(orgs, rng.int(1, 2)).map((org) => ({ org: org.id }));
    write(
      join(root, CONTENT_PATHS.solutions, `${id}.yaml`),
      stringify({
        name,
        description: `${name} ist eine nachnutzbare Lösung für ${rng.pick(OBJECTS)}, die mehrere Verwaltungen gemeinsam einsetzen.`,
        developedBy: developers,
        links: { website: `https://example.org/loesungen/${id}` },
        topics: rng.some(TOPICS, rng.int(1, 2)),
        sources: [
          {
            url: `https://example.org/loesungen/${id}/meldung`,
            title: `Meldung zu ${name}`,
            publisher: rng.pick(PUBLISHERS),
            published: String(rng.int(2010, 2025)),
          },
        ],
      }),
      undefined,
    );
    solutionIds.push(id);
  }

  const ids: string[] = [];
  const years = new Map<string, number>();
  for (let index = 0; index < options.agreements; index++) {
    const year = rng.int(2005, 2025);
    const partyOrgs = rng.some(orgs, rng.int(1, 3));
    const parties: { org?: string; land?: string; role?: string; steps?: object[] }[] = [
      ...partyOrgs.map((org) => ({ org: org.id })),
      ...(rng.next() < 0.35 ? [{ land: rng.pick(LAENDER)[0] }] : []),
    ];
    if (parties.length < 2) parties.push({ org: rng.pick(orgs.filter((org) => !partyOrgs.includes(org))).id });
    if (rng.next() < 0.3) parties[0]!.role = 'federführend';
    // How the signing is known: a common date (most), per party on different days (a state
    // treaty: cabinet, signature, approval law, entry into force), or unknown.
    const shape = rng.next();
    let signed: string | { unknown: string } | undefined;
    let status = 'unterzeichnet';
    let effective: string | undefined;
    const events: object[] = [];
    if (shape < 0.7) {
      signed = sourceDate(rng, year);
      if (rng.next() < 0.15) effective = `${year + 1}-01-01`;
      if (rng.next() < 0.25) {
        status = 'in-kraft';
        events.push({ type: 'in-kraft', date: String(year + 1), sources: ['quelle-1'] });
      }
    } else if (shape < 0.95) {
      // A date for each step that never lies before the step it follows.
      let month = rng.int(1, 6);
      const withLaw = rng.next() < 0.5 && year <= 2023;
      for (const party of parties) {
        const steps: object[] = [];
        if (rng.next() < 0.3) steps.push({ type: 'kabinettsbeschluss', date: `${year}-${pad(month)}`, sources: ['quelle-1'] });
        steps.push({ type: 'unterzeichnung', date: `${year}-${pad(month)}-${pad(rng.int(1, 28))}`, sources: ['quelle-1'] });
        if (withLaw) {
          steps.push({
            type: 'zustimmung',
            date: `${year + 1}-${pad(month)}`,
            law: { title: `Gesetz zu der Vereinbarung über ${rng.pick(OBJECTS)}`, citation: `GVBl. ${year + 1} S. ${rng.int(10, 900)}` },
          });
          steps.push({ type: 'inkrafttreten', date: `${year + 2}-${pad(month)}-01` });
        }
        party.steps = steps;
        month = Math.min(12, month + rng.int(0, 2));
      }
      if (withLaw) status = 'in-kraft';
    } else {
      signed = { unknown: 'Die Quellen nennen nur, dass unterzeichnet wurde, nicht wann.' };
    }
    const id = `vereinbarung-${String(index + 1).padStart(5, '0')}-${year}`;
    const object = rng.pick(OBJECTS);
    // A Zipf-like pick: index ~ 1/rank, so early terms are frequent and late ones rare.
    const term = () => TERMS[Math.min(TERMS.length - 1, Math.floor(Math.exp(rng.next() * Math.log(TERMS.length + 1)) - 1))]!;
    const sentence = () => `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} und das ${term()}, ${rng.pick(REASONS)}.`;
    const paragraphs = Array.from({ length: rng.int(3, 6) }, () => Array.from({ length: rng.int(2, 4) }, sentence).join(' '));
    // A relation points from the newer agreement to an older one, signed in an earlier year.
    const earlier = ids.slice(-200).filter((other) => years.get(other)! < year);
    const related =
      earlier.length > 0 && rng.next() < 0.2
        ? [{ agreement: rng.pick(earlier), relation: rng.pick(['setzt-um', 'baut-auf', 'aendert'] as const) }]
        : [];
    const data = {
      title: `${agreementKinds.labels[rng.pick(agreementKinds.values.filter((kind) => kind !== 'sonstige'))].split(' / ')[0]} über ${object} (${index + 1})`,
      kind: rng.pick(agreementKinds.values),
      summary: `${sentence()} ${sentence()} Beteiligt sind die Verwaltungen der Partner.`,
      status,
      ...(signed === undefined ? {} : { signed }),
      ...(effective ? { effective } : {}),
      place: rng.pick(PLACES),
      parties,
      signatories: parties
        .slice(0, 2)
        .flatMap((party) =>
          'org' in party && party.org
            ? [{ name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`, function: rng.pick(FUNCTIONS), org: party.org }]
            : [],
        ),
      topics: rng.some(TOPICS, rng.int(1, 3)),
      events,
      related,
      solutions:
        solutionIds.length > 0 && rng.next() < 0.15
          ? rng
              .some(solutionIds, rng.int(1, 2))
              .map((solution) => ({ solution, use: rng.pick(['nachnutzung', 'entwicklung', 'betrieb', 'erwaehnt'] as const) }))
          : [],
      sources: Array.from({ length: rng.int(1, 3) }, (_, sourceIndex) => ({
        id: `quelle-${sourceIndex + 1}`,
        url: `https://example.org/meldungen/${id}/${sourceIndex + 1}`,
        title: `Meldung zu ${object}`,
        publisher: rng.pick(PUBLISHERS),
        published: String(year),
      })),
      notes:
        rng.next() < 0.1
          ? [
              {
                about: 'Datum der Unterzeichnung',
                text: 'Die Quellen nennen unterschiedliche Tage; der Eintrag folgt der Pressemitteilung.',
                sources: ['quelle-1'],
              },
            ]
          : [],
    };
    write(join(contentDir, 'agreements', `${id}.mdx`), `---\n${stringify(data)}---\n\n${paragraphs.join('\n\n')}\n`, index);
    ids.push(id);
    years.set(id, year);
  }
  return { agreements: options.agreements, organisations: orgCount, solutions: solutionCount };
}
