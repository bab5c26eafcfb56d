/**
 * Checks a new agreement record in the browser (/mitmachen/) with the validator's own
 * rules: the zod schema with the validator's German messages, references to known
 * organisations, Länder and topics, and the template's placeholder text. What needs the
 * MDX parser (the rules for the text body) is left to `npm run validate` and CI.
 * No Node APIs here: this module is bundled into the page.
 */
import { parse } from 'yaml';
import { agreementSchema } from '../schemas/agreement.ts';
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

export function checkRecordText(text: string, known: KnownIds): RecordProblem[] {
  const parts = splitRecord(text);
  if (!parts) return [{ field: '', message: 'Die Datei muss mit Angaben zwischen zwei Zeilen „---“ beginnen.' }];
  let data: unknown;
  try {
    data = parse(parts.yaml);
  } catch (error) {
    return [
      {
        field: '',
        message: `Die Angaben zwischen den Zeilen „---“ sind kein gültiges YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      },
    ];
  }
  const problems: RecordProblem[] = [];
  const result = agreementSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const message of issueMessages(issue, agreementSchema))
        problems.push({ field: formatFieldPath(message.path), message: message.message });
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
