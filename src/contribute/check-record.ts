/**
 * Checks what the form on /mitmachen/ builds, in the browser, with the validator's own
 * rules: the zod schema with the validator's German messages, references to known
 * organisations, Länder and topics, and the template's placeholder text. A new agreement
 * or solution is checked as a whole file; a membership or share, which goes into an
 * existing organisation file, as the entries it adds. What needs the MDX parser (the rules
 * for the text body) or the whole organisation file (shares adding up to more than 100 %)
 * is left to `npm run validate` and CI. No Node APIs here: this module is bundled into the page.
 */
import { z } from 'zod';
import { parse } from 'yaml';
import { agreementSchema } from '../schemas/agreement.ts';
import { source } from '../schemas/common.ts';
import { memberSchema, ownerSchema } from '../schemas/organisation.ts';
import { solutionSchema } from '../schemas/solution.ts';
import type { MembershipAddition, StakeAddition } from './organisation-edits.ts';
import { formatFieldPath } from '../validation/diagnostic.ts';
import { issueMessages } from '../validation/messages.ts';
import { didYouMeanText } from '../validation/suggest.ts';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { BODY_PLACEHOLDER } from './placeholder.ts';

export interface KnownIds {
  organisations: readonly string[];
  laender: readonly string[];
  topics: readonly string[];
  agreements?: readonly string[];
}

export interface RecordProblem {
  /** Field path as the validator prints it, e.g. `parties[1].org`, or `(Text)`. */
  field: string;
  message: string;
}

const KINDS = {
  org: { key: 'organisations', singular: 'Organisation', where: `${CONTENT_PATHS.organisations}/` },
  land: { key: 'laender', singular: 'Land', where: CONTENT_PATHS.laender },
  topic: { key: 'topics', singular: 'Thema', where: CONTENT_PATHS.topics },
  agreement: { key: 'agreements', singular: 'Vereinbarung', where: `${CONTENT_PATHS.agreements}/` },
} as const;

type Path = (string | number)[];

/** Every reference in the record, found by field name, so that any part of the model is covered. */
function references(value: unknown, path: Path = []): { path: Path; kind: keyof typeof KINDS; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => references(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => {
    const at = [...path, key];
    if (typeof field === 'string' && field !== '') {
      if (key === 'org' || key === 'lead') return [{ path: at, kind: 'org' as const, id: field }];
      if (key === 'land') return [{ path: at, kind: 'land' as const, id: field }];
      if (key === 'agreement') return [{ path: at, kind: 'agreement' as const, id: field }];
    }
    if (key === 'topics' && path.length === 0 && Array.isArray(field)) {
      return field.flatMap((id, index) => (typeof id === 'string' ? [{ path: [...at, index], kind: 'topic' as const, id }] : []));
    }
    return references(field, at);
  });
}

/** Splits "---\nYAML\n---\nbody" like the validator; undefined without front matter. */
function splitRecord(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  return match ? { yaml: match[1]!, body: match[2]! } : undefined;
}

/** The schema's problems and the unknown references of one record (or part of one), as the validator words them. */
function checkData(data: unknown, schema: z.ZodType, known: KnownIds): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const message of issueMessages(issue, schema)) problems.push({ field: formatFieldPath(message.path), message: message.message });
    }
  }
  const seen = new Set(problems.map((problem) => problem.field));
  for (const ref of references(data)) {
    const kind = KINDS[ref.kind];
    const ids = known[kind.key] ?? [];
    const field = formatFieldPath(ref.path);
    if (ids.includes(ref.id) || seen.has(field)) continue;
    problems.push({
      field,
      message: `Unbekannte Kennung „${ref.id}“: kein Eintrag vom Typ ${kind.singular} in ${kind.where}.${didYouMeanText(ref.id, ids)}`,
    });
  }
  return problems;
}

function parseYaml(yaml: string, what: string): { data: unknown } | { problem: RecordProblem } {
  try {
    return { data: parse(yaml) };
  } catch (error) {
    return {
      problem: {
        field: '',
        message: `${what} sind kein gültiges YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      },
    };
  }
}

/** A new solution file (YAML), as `npm run validate` checks it. */
export function checkSolutionText(text: string, known: KnownIds): RecordProblem[] {
  const parsed = parseYaml(text, 'Die Angaben');
  if ('problem' in parsed) return [parsed.problem];
  return checkData(parsed.data, solutionSchema, known);
}

/** The entries a membership or share adds to an organisation file, under the keys they go to. */
const additionSchemas = {
  membership: z.object({ members: z.array(memberSchema), sources: z.array(source) }),
  stake: z.object({ owners: z.array(ownerSchema), sources: z.array(source) }),
};

/** What a membership or share adds to an organisation file, checked entry by entry with the organisation schema's parts. */
export function checkAddition(addition: MembershipAddition | StakeAddition, known: KnownIds): RecordProblem[] {
  // Read back as the file will be: YAML turns a year into a number, as the schema expects.
  if ('member' in addition) return checkData({ members: [addition.member], sources: [addition.source] }, additionSchemas.membership, known);
  const [key, id] = addition.ownerKey.split(':') as [string, string];
  const owner = addition.newOwner ?? { [key]: id, stakes: [addition.stake] };
  return checkData({ owners: [owner], sources: [addition.source] }, additionSchemas.stake, known);
}

export function checkRecordText(text: string, known: KnownIds): RecordProblem[] {
  const parts = splitRecord(text);
  if (!parts) return [{ field: '', message: 'Die Datei muss mit Angaben zwischen zwei Zeilen „---“ beginnen.' }];
  const parsed = parseYaml(parts.yaml, 'Die Angaben zwischen den Zeilen „---“');
  if ('problem' in parsed) return [parsed.problem];
  const problems = checkData(parsed.data, agreementSchema, known);
  if (parts.body.trim() === '') {
    problems.push({ field: '(Text)', message: 'Bitte die Vereinbarung in eigenen Worten beschreiben.' });
  } else if (parts.body.includes(BODY_PLACEHOLDER)) {
    problems.push({
      field: '(Text)',
      message: 'Der Platzhaltertext der Vorlage steht noch da: bitte durch eine Beschreibung der Vereinbarung in eigenen Worten ersetzen.',
    });
  }
  return problems;
}
