/**
 * The text of a new agreement record, built from a few answers. Used by `npm run new`
 * and by the form on /mitmachen/, so that both produce the same file. Fields the
 * contributor still has to fill stay empty: validation names each of them until done.
 */
import slugify from '@sindresorhus/slugify';
import { commentedYaml } from './commented-yaml.ts';
import { todayInGermany } from '../schemas/dates.ts';
import { statusFacts, type AgreementKind, type FactDetail } from '../schemas/agreement.ts';
import { detailsOfType, FACT_DETAIL_FIELDS } from './schema-fields.ts';
import { BODY_PLACEHOLDER } from './placeholder.ts';

/**
 * A step or an event: its type, the date it happened and/or the date it was planned for,
 * and what its type needs to say (the approving authority and file number, the gazette with
 * issue and page, the body and its document), by detail and field as in the schema.
 */
export interface FactAnswers {
  type: string;
  date?: string | undefined;
  planned?: string | undefined;
  note?: string | undefined;
  details?: Partial<Record<FactDetail, Record<string, string | undefined>>> | undefined;
}

export interface NewRecordAnswers {
  title: string;
  kind: AgreementKind;
  /** Partial date of signing, or empty if the agreement is only announced. */
  signed?: string | undefined;
  parties: { org?: string; land?: string }[];
  /** Parties the source names only as a group ("die Länder"), with the members it names. */
  groups?: { name: string; count?: number | undefined; members?: { org?: string; land?: string }[] | undefined }[] | undefined;
  /** Steps of named parties: which party (its id), the step type, and the date it happened or was planned for. */
  steps?: (FactAnswers & { party: string })[] | undefined;
  /** Events for all parties, likewise. */
  events?: FactAnswers[] | undefined;
  /** Laws the agreement rests on, e.g. "GkG NRW" with section "§ 23". */
  legalBasis?: { name: string; section?: string | undefined; url?: string | undefined }[] | undefined;
  topics?: string[] | undefined;
  summary?: string | undefined;
  source?:
    { url?: string | undefined; title?: string | undefined; publisher?: string | undefined; published?: string | undefined } | undefined;
  /** The text in the contributor's own words; the placeholder if not given yet. */
  body?: string | undefined;
}

/** Words that carry no meaning in a file name. */
const FILLER_WORDS = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'und',
  'oder',
  'über',
  'ueber',
  'zwischen',
  'zur',
  'zum',
  'für',
  'fuer',
  'von',
  'vom',
  'mit',
  'im',
  'in',
  'an',
  'am',
  'auf',
  'bei',
  'beim',
  'zu',
  'sowie',
  'gemeinsame',
  'gemeinsamen',
  'länder',
  'laender',
  'ländern',
  'laendern',
  'land',
  'freistaat',
]);

const slugOf = (text: string) => slugify(text, { customReplacements: [['ß', 'ss']] });

/** The first few words of a title that say what it is about: "IT-Staatsvertrag", "Errichtung", "IT-Planungsrats". */
function titleWords(title: string, count: number): string {
  return title
    .split(/[\s,;:()„“"'–—]+/)
    .filter((word) => word && !FILLER_WORDS.has(word.toLowerCase()))
    .slice(0, count)
    .join(' ');
}

/**
 * A file name for the record. Two or three parties name it with the year
 * ("dataport-kitu-2019"); a treaty among more parties is named by its title instead
 * ("it-staatsvertrag-2019" rather than the first three of sixteen Länder).
 */
export function suggestSlug(answers: Pick<NewRecordAnswers, 'parties' | 'signed' | 'title' | 'groups'>): string {
  const year = answers.signed?.trim().slice(0, 4);
  const parties = answers.parties.map((party) => party.org ?? party.land ?? '').filter(Boolean);
  // A group ("die Länder") stands for many parties: such an agreement is named by its title.
  const many = parties.length > 3 || (answers.groups?.length ?? 0) > 0;
  const byTitle = titleWords(answers.title, many ? 4 : 6);
  const base = parties.length > 0 && !many ? parties.join(' ') : byTitle || parties.slice(0, 3).join(' ');
  let slug = slugOf(base);
  // Long titles are cut at a word boundary.
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  return [slug, year && /^\d{4}$/.test(year) ? year : undefined].filter(Boolean).join('-');
}

/**
 * A step or event as the record writes it, with the details its type takes: what the
 * contributor gave, and the detail's required field left empty where they gave nothing
 * (the approving authority, the gazette, the body), so that validation asks for it.
 */
function factOf(fact: FactAnswers) {
  const detailOf = (detail: FactDetail) => {
    const given = fact.details?.[detail] ?? {};
    // Fields in the schema's order; the required ones stay empty if not given, the others are left out.
    return Object.fromEntries(
      FACT_DETAIL_FIELDS[detail].flatMap(({ name, required }) => {
        const value = given[name]?.trim();
        return value ? [[name, value]] : required ? [[name, '']] : [];
      }),
    );
  };
  return {
    type: fact.type,
    ...(fact.date?.trim() ? { date: fact.date.trim() } : {}),
    ...(fact.planned?.trim() ? { planned: fact.planned.trim() } : {}),
    ...(fact.note?.trim() ? { note: fact.note.trim() } : {}),
    ...Object.fromEntries(
      detailsOfType(fact.type)
        // A cabinet decision may name its body, but need not.
        .filter((detail) => fact.type !== 'kabinettsbeschluss' || detail !== 'body' || fact.details?.body?.name?.trim())
        .map((detail) => [detail, detailOf(detail)]),
    ),
  };
}

/** The status the facts given call for, by the schema's rules (statusFacts); planned facts count for nothing. */
function statusOf(answers: NewRecordAnswers): string {
  const happened = (fact: FactAnswers) => Boolean(fact.date?.trim());
  return statusFacts({
    signed: Boolean(answers.signed?.trim()),
    steps: (answers.steps ?? []).filter(happened),
    events: (answers.events ?? []).filter(happened),
  }).calledFor;
}

const actorOf = (party: { org?: string | undefined; land?: string | undefined }) => (party.org ? { org: party.org } : { land: party.land });

export function newRecordText(answers: NewRecordAnswers): string {
  const signed = answers.signed?.trim();
  const stepsOf = (id: string | undefined) => (answers.steps ?? []).filter((step) => step.party === id).map(factOf);
  const data: Record<string, unknown> = {
    title: answers.title.trim(),
    kind: answers.kind,
    summary: answers.summary?.trim() ?? '',
    status: statusOf(answers),
    ...(signed ? { signed } : {}),
    ...(answers.legalBasis?.length
      ? {
          legalBasis: answers.legalBasis.map((basis) => ({
            name: basis.name.trim(),
            ...(basis.section?.trim() ? { section: basis.section.trim() } : {}),
            ...(basis.url?.trim() ? { url: basis.url.trim() } : {}),
          })),
        }
      : {}),
    parties: [
      ...answers.parties.map((party) => {
        const steps = stepsOf(party.org ?? party.land);
        return { ...actorOf(party), ...(steps.length ? { steps } : {}) };
      }),
      ...(answers.groups ?? []).map((group) => ({
        group: {
          name: group.name,
          ...(group.count !== undefined ? { count: group.count } : {}),
          ...(group.members?.length ? { members: group.members.map(actorOf) } : {}),
        },
      })),
    ],
    ...(answers.events?.length ? { events: answers.events.map(factOf) } : {}),
    topics: answers.topics ?? [],
    sources: [
      {
        url: answers.source?.url?.trim() ?? '',
        title: answers.source?.title?.trim() ?? '',
        publisher: answers.source?.publisher?.trim() ?? '',
        published: answers.source?.published?.trim() ?? '',
        // Whoever writes the record reads the source now; the day they did is part of the citation.
        accessed: todayInGermany(),
      },
    ],
  };
  const yaml = commentedYaml(
    data,
    [
      ' Neue Vereinbarung. Leere Felder ("") ausfüllen; „npm run validate“ zeigt, was noch fehlt.',
      ' Alle Felder und Beispiele: CONTRIBUTING.md',
    ],
    {
      summary: ' Zwei bis drei Sätze in eigenen Worten: wer, was, wozu',
      topics: ' Kennungen aus src/content/topics.yaml, z. B. nachnutzung',
      sources: ' Mindestens eine Quelle mit Webadresse; published: Datum der Quelle; accessed: Tag, an dem Sie sie gelesen haben',
    },
  );
  const body = answers.body?.trim() || `${BODY_PLACEHOLDER}.`;
  return `---\n${yaml}---\n\n${body}\n`;
}
