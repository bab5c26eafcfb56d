/**
 * Realistic synthetic records for benchmarks and scale tests: organisations with owners,
 * agreements with parties, signatories, partial dates, topics, relations, sources and a
 * German body text. Deterministic for a given seed. Writes into a project copy's
 * src/content and never touches the real records.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { agreementKinds } from '../../src/schemas/agreement.ts';

const LAENDER = [
  ['baden-wuerttemberg', 'Baden-Württemberg'], ['bayern', 'Bayern'], ['berlin', 'Berlin'], ['brandenburg', 'Brandenburg'],
  ['bremen', 'Bremen'], ['hamburg', 'Hamburg'], ['hessen', 'Hessen'], ['mecklenburg-vorpommern', 'Mecklenburg-Vorpommern'],
  ['niedersachsen', 'Niedersachsen'], ['nordrhein-westfalen', 'Nordrhein-Westfalen'], ['rheinland-pfalz', 'Rheinland-Pfalz'],
  ['saarland', 'Saarland'], ['sachsen', 'Sachsen'], ['sachsen-anhalt', 'Sachsen-Anhalt'], ['schleswig-holstein', 'Schleswig-Holstein'],
  ['thueringen', 'Thüringen'],
] as const;

const TOPICS = [
  'kuenstliche-intelligenz', 'digitale-plattformen', 'beschaffung', 'nachnutzung', 'mobiles-arbeiten', 'buergerportale',
  'ozg-umsetzung', 'informationssicherheit', 'it-resilienz', 'digitale-souveraenitaet', 'registermodernisierung', 'datennutzung',
];

const ORG_PATTERNS = [
  { kind: 'it-dienstleister', legalForm: 'aoer', name: (land: string) => `IT-Dienstleistungszentrum ${land}`, short: 'ITDZ' },
  { kind: 'it-dienstleister', legalForm: 'landesbetrieb', name: (land: string) => `Landesbetrieb Informationstechnik ${land}`, short: 'LIT' },
  { kind: 'ministerium', legalForm: 'behoerde', name: (land: string) => `Ministerium für Digitalisierung ${land}`, short: 'MfD' },
  { kind: 'ministerium', legalForm: 'behoerde', name: (land: string) => `Ministerium des Innern ${land}`, short: 'MdI' },
  { kind: 'staatskanzlei', legalForm: 'behoerde', name: (land: string) => `Staatskanzlei ${land}`, short: 'StK' },
  { kind: 'kommunaler-it-verbund', legalForm: 'eg', name: (land: string) => `Kommunaler IT-Verbund ${land}`, short: 'KIV' },
  { kind: 'unternehmen', legalForm: 'gmbh', name: (land: string) => `Datenzentrale ${land} GmbH`, short: 'DZ' },
] as const;

// Compound nouns for the body text, used with falling frequency (the first most often), so
// that some words are common and most are rare, as in real text.
const STEMS = ['Melde', 'Register', 'Bürger', 'Akten', 'Rechnungs', 'Geo', 'Wahl', 'Schul', 'Kita', 'Bau', 'Kfz', 'Ausweis', 'Steuer', 'Grundbuch', 'Personal', 'Haushalts', 'Vergabe', 'Förder', 'Sozial', 'Jugend', 'Pflege', 'Umwelt', 'Verkehrs', 'Gewerbe', 'Justiz', 'Polizei', 'Feuerwehr', 'Archiv', 'Statistik', 'Vermessungs'];
const ENDINGS = ['portal', 'register', 'dienst', 'plattform', 'verfahren', 'modul', 'netz', 'zentrum', 'schnittstelle', 'anwendung', 'katalog', 'archiv', 'assistent'];
const TERMS = STEMS.flatMap((stem) => ENDINGS.map((ending) => `${stem}${ending}`));

/** Words the benchmark searches for: one in few records, one in many, one in nearly all. */
export const BENCHMARK_QUERIES = { selten: TERMS[300]!, mittel: TERMS[8]!, 'sehr häufig': 'Verwaltungen' } as const;

const SUBJECTS = ['Die Partner', 'Beide Seiten', 'Die beteiligten Verwaltungen', 'Die IT-Dienstleister', 'Die Länder'];
const VERBS = ['vereinbaren', 'planen', 'erproben', 'bündeln', 'entwickeln gemeinsam', 'betreiben künftig gemeinsam', 'übernehmen wechselseitig'];
const OBJECTS = [
  'eine Plattform für Onlinedienste', 'ein Rechenzentrum für den Notfallbetrieb', 'Werkzeuge für die elektronische Akte',
  'ein Sprachmodell für die Sachbearbeitung', 'eine gemeinsame Beschaffung von Arbeitsplatzrechnern', 'Verfahren zur Registermodernisierung',
  'eine Lösung für das Bürgerkonto', 'ein Computer-Notfallteam', 'Standards für offene Schnittstellen', 'eine Datenplattform für die Statistik',
];
const REASONS = [
  'um Doppelarbeit zu vermeiden', 'um Kosten zu senken', 'damit Bürgerinnen und Bürger schneller Bescheid bekommen',
  'um die digitale Souveränität zu stärken', 'nach dem Prinzip „Einer für Alle“', 'um im Krisenfall handlungsfähig zu bleiben',
];
const PLACES = ['Kiel', 'Hamburg', 'Schwerin', 'Hannover', 'Bremen', 'Magdeburg', 'Potsdam', 'Berlin', 'Dresden', 'Erfurt', 'Wiesbaden', 'Mainz', 'Saarbrücken', 'Stuttgart', 'München', 'Düsseldorf'];
const FIRST_NAMES = ['Anna', 'Jonas', 'Katrin', 'Michael', 'Sabine', 'Thomas', 'Julia', 'Stefan', 'Petra', 'Andreas', 'Heike', 'Markus'];
const LAST_NAMES = ['Schulz', 'Meyer', 'Hoffmann', 'Krüger', 'Wagner', 'Becker', 'Lehmann', 'Schröder', 'Neumann', 'Zimmermann', 'Braun', 'Hartmann'];
const FUNCTIONS = ['Staatssekretärin für Digitalisierung', 'Vorstandsvorsitzender', 'Geschäftsführerin', 'Chef der Staatskanzlei', 'Direktor'];
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
  seed?: number;
}

/** Replaces the project's records at `root` with synthetic ones; returns what it wrote. */
export function writeSyntheticContent(root: string, options: SyntheticOptions): { agreements: number; organisations: number } {
  const rng = random(options.seed ?? 1);
  const orgCount = options.organisations ?? Math.max(20, Math.round(options.agreements / 30));
  const contentDir = join(root, 'src', 'content');
  rmSync(join(root, CONTENT_PATHS.agreements), { recursive: true, force: true });
  rmSync(join(root, CONTENT_PATHS.organisations), { recursive: true, force: true });
  // The real solutions name real organisations, which the synthetic ones replace.
  rmSync(join(root, CONTENT_PATHS.solutions), { recursive: true, force: true });
  mkdirSync(join(root, CONTENT_PATHS.agreements), { recursive: true });
  mkdirSync(join(root, CONTENT_PATHS.organisations), { recursive: true });
  const here = join(import.meta.dirname, '..', '..');
  copyFileSync(join(here, CONTENT_PATHS.laender), join(root, CONTENT_PATHS.laender));
  copyFileSync(join(here, CONTENT_PATHS.topics), join(root, CONTENT_PATHS.topics));

  const orgs: { id: string; land: string }[] = [];
  for (let index = 0; index < orgCount; index++) {
    const [landId, landName] = LAENDER[index % LAENDER.length]!;
    const pattern = ORG_PATTERNS[Math.floor(index / LAENDER.length) % ORG_PATTERNS.length]!;
    const generation = Math.floor(index / (LAENDER.length * ORG_PATTERNS.length));
    const id = `${pattern.short.toLowerCase()}-${landId}${generation ? `-${generation + 1}` : ''}`;
    const owners = pattern.kind === 'it-dienstleister' ? [{ land: landId }, ...(rng.next() < 0.3 ? [{ land: rng.pick(LAENDER)[0], since: String(rng.int(2004, 2020)) }] : [])] : [];
    const unique = owners.filter((owner, i) => owners.findIndex((other) => other.land === owner.land) === i);
    writeFileSync(join(contentDir, 'organisations', `${id}.yaml`), stringify({
      name: `${pattern.name(landName)}${generation ? ` ${generation + 1}` : ''}`,
      shortName: `${pattern.short} ${landName.slice(0, 3)}${generation ? generation + 1 : ''}`,
      kind: pattern.kind,
      legalForm: pattern.legalForm,
      seat: rng.pick(PLACES),
      land: landId,
      owners: unique,
      description: `${pattern.name(landName)} ist eine öffentliche Stelle in ${landName}, die Verwaltungen mit Informationstechnik unterstützt.`,
    }));
    orgs.push({ id, land: landId });
  }

  const ids: string[] = [];
  for (let index = 0; index < options.agreements; index++) {
    const year = rng.int(2005, 2025);
    const precision = rng.next();
    const signed = precision < 0.6 ? `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
      : precision < 0.85 ? `${year}-${String(rng.int(1, 12)).padStart(2, '0')}` : precision < 0.93 ? `${year}-Q${rng.int(1, 4)}` : String(year);
    const partyOrgs = rng.some(orgs, rng.int(1, 3));
    const parties = [...partyOrgs.map((org) => ({ org: org.id })), ...(rng.next() < 0.35 ? [{ land: rng.pick(LAENDER)[0] }] : [])];
    if (parties.length < 2) parties.push({ org: rng.pick(orgs.filter((org) => !partyOrgs.includes(org))).id });
    const id = `vereinbarung-${String(index + 1).padStart(5, '0')}-${year}`;
    const object = rng.pick(OBJECTS);
    // A Zipf-like pick: index ~ 1/rank, so early terms are frequent and late ones rare.
    const term = () => TERMS[Math.min(TERMS.length - 1, Math.floor(Math.exp(rng.next() * Math.log(TERMS.length + 1)) - 1))]!;
    const sentence = () => `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} und das ${term()}, ${rng.pick(REASONS)}.`;
    const paragraphs = Array.from({ length: rng.int(3, 6) }, () => Array.from({ length: rng.int(2, 4) }, sentence).join(' '));
    const related = ids.length > 0 && rng.next() < 0.2 ? [{ agreement: rng.pick(ids.slice(-200)), relation: rng.pick(['setzt-um', 'baut-auf', 'aendert'] as const) }] : [];
    const data = {
      title: `${agreementKinds.labels[rng.pick(agreementKinds.values.filter((kind) => kind !== 'sonstige'))].split(' / ')[0]} über ${object} (${index + 1})`,
      kind: rng.pick(agreementKinds.values),
      summary: `${sentence()} ${sentence()} Beteiligt sind die Verwaltungen der Partner.`,
      status: 'unterzeichnet',
      signed,
      place: rng.pick(PLACES),
      parties,
      signatories: parties.slice(0, 2).flatMap((party) => ('org' in party && party.org ? [{ name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`, function: rng.pick(FUNCTIONS), org: party.org }] : [])),
      topics: rng.some(TOPICS, rng.int(1, 3)),
      related,
      sources: Array.from({ length: rng.int(1, 3) }, (_, sourceIndex) => ({
        id: `quelle-${sourceIndex + 1}`,
        url: `https://example.org/meldungen/${id}/${sourceIndex + 1}`,
        title: `Meldung zu ${object}`,
        publisher: rng.pick(PUBLISHERS),
        published: String(year),
      })),
    };
    writeFileSync(join(contentDir, 'agreements', `${id}.mdx`), `---\n${stringify(data)}---\n\n${paragraphs.join('\n\n')}\n`);
    ids.push(id);
  }
  return { agreements: options.agreements, organisations: orgCount };
}
