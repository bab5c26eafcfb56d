/**
 * Validates every record in the repository and returns every problem in every file,
 * together with the records that passed. Works on plain files with the same zod
 * schemas Astro uses, so it needs no build and runs in a few seconds.
 *
 * Rules that concern one record live in its schema; rules that need other records
 * (references, relations, unique ids) live here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { z } from 'zod';
import { BODY_PLACEHOLDER } from '../contribute/record-template.ts';
import { AGREEMENT_EXTENSION, CONTENT_PATHS, ORGANISATION_EXTENSION } from '../lib/content-paths.ts';
import { collectComponents, findUnsafeContent } from '../lib/content-safety.ts';
import { agreementSchema, type Agreement } from '../schemas/agreement.ts';
import { slug } from '../schemas/common.ts';
import { landSchema, type Land } from '../schemas/land.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { topicSchema, type Topic } from '../schemas/topic.ts';
import { compareDiagnostics, formatFieldPath, type Diagnostic } from './diagnostic.ts';
import { issueMessages } from './messages.ts';
import { decodeSourceFile, locate, parseMdxSource, parseYamlSource, type YamlSource } from './source-file.ts';
import { didYouMeanText } from './suggest.ts';

export interface AgreementRecord {
  id: string;
  file: string;
  data: Agreement;
  body: string;
}

export interface ValidContent {
  laender: Map<string, Land>;
  topics: Map<string, Topic>;
  organisations: Map<string, Organisation & { id: string }>;
  agreements: Map<string, AgreementRecord>;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  content: ValidContent;
  /** Number of record files read, valid or not. */
  fileCount: number;
}

type RecordKind = 'land' | 'topic' | 'org' | 'agreement';

const KIND_NAMES: Record<RecordKind, { singular: string; where: string }> = {
  land: { singular: 'Land', where: CONTENT_PATHS.laender },
  topic: { singular: 'Thema', where: CONTENT_PATHS.topics },
  org: { singular: 'Organisation', where: `${CONTENT_PATHS.organisations}/` },
  agreement: { singular: 'Vereinbarung', where: `${CONTENT_PATHS.agreements}/` },
};

interface Reference {
  path: (string | number)[];
  kind: RecordKind;
  id: string;
}

/** A record that parsed as YAML, kept with its source so that later rules can locate fields. */
interface Parsed<T> {
  id: string;
  source: YamlSource;
  /** Index in a list file, prefixing every field path. */
  pathPrefix: (string | number)[];
  data?: T;
  body?: { text: string; lineOffset: number };
}

class Collector {
  readonly diagnostics: Diagnostic[] = [];

  add(list: Diagnostic[]) {
    this.diagnostics.push(...list);
  }

  at(source: YamlSource, path: (string | number)[], message: string, { key = false } = {}) {
    const { line, column } = locate(source, path, { key });
    this.diagnostics.push({ file: source.file, line, column, field: formatFieldPath(path), message });
  }

  /** Runs a schema and records every issue at its position; returns the data if valid. */
  check<S extends z.ZodType>(schema: S, value: unknown, source: YamlSource, prefix: (string | number)[]): z.output<S> | undefined {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const { path, message, atKey } of issueMessages(issue, schema)) {
        this.at(source, [...prefix, ...(path as (string | number)[])], message, { key: atKey });
      }
    }
    return undefined;
  }
}

/**
 * Runs the checks of one file so that an unexpected failure (a bug, not bad input)
 * is reported against that file and every other file is still checked.
 */
function guarded(file: string, collector: Collector, check: () => void) {
  try {
    check();
  } catch (error) {
    collector.add([{
      file, line: 1, column: 1, field: '',
      message: `Interner Fehler beim Prüfen dieser Datei (bitte als Fehler im Validator melden): ${error instanceof Error ? error.message : String(error)}`,
    }]);
  }
}

function relativeFile(root: string, path: string): string {
  return path.slice(root.length + 1).split('\\').join('/');
}

function readSource(root: string, path: string, collector: Collector) {
  const file = relativeFile(root, path);
  const decoded = decodeSourceFile(readFileSync(path), file);
  collector.add(decoded.diagnostics);
  return decoded.value === undefined ? undefined : { file, text: decoded.value };
}

/** Reads a YAML file holding a list of entries with an `id` each (Länder, topics). */
function readListFile<T>(root: string, relativePath: string, schema: z.ZodType<T>, what: string, collector: Collector): Parsed<T>[] {
  const path = join(root, relativePath);
  if (!existsSync(path)) {
    collector.add([{ file: relativePath, line: 1, column: 1, field: '', message: `Die Datei fehlt; sie enthält die Liste der ${what}.` }]);
    return [];
  }
  const read = readSource(root, path, collector);
  if (!read) return [];
  const yaml = parseYamlSource(read.text, read.file);
  collector.add(yaml.diagnostics);
  if (!yaml.value) return [];
  const source = yaml.value;
  if (!Array.isArray(source.data)) {
    collector.at(source, [], `Erwartet wird eine Liste von ${what}, jeder Eintrag beginnend mit „- id: …“.`);
    return [];
  }
  const seen = new Set<string>();
  return source.data.map((entry: unknown, index) => {
    const data = collector.check(schema, entry, source, [index]);
    const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `#${index}`;
    if (seen.has(id)) collector.at(source, [index, 'id'], `Die Kennung „${id}“ ist in dieser Liste doppelt vergeben.`);
    seen.add(id);
    return { id, source, pathPrefix: [index], ...(data === undefined ? {} : { data }) };
  });
}

/** Lists the record files of a folder; files of the wrong kind are reported, not skipped silently. */
function listRecordFiles(root: string, relativeDir: string, extension: string, collector: Collector): { id: string; path: string }[] {
  const dir = join(root, relativeDir);
  if (!existsSync(dir)) return [];
  const files: { id: string; path: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = `${relativeDir}/${entry.name}`;
    if (entry.name.startsWith('.')) continue;
    if (!entry.isFile() || !entry.name.endsWith(extension)) {
      collector.add([{ file, line: 1, column: 1, field: '', message: `Hier werden nur ${extension}-Dateien gelesen; diese Datei würde ignoriert. Bitte umbenennen oder verschieben.` }]);
      continue;
    }
    const id = entry.name.slice(0, -extension.length);
    if (!slug.safeParse(id).success) {
      const suggestion = id.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      collector.add([{ file, line: 1, column: 1, field: '', message: `Der Dateiname „${id}“ ist keine gültige Kennung: erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche. Vorschlag: „${suggestion}${extension}“.` }]);
      continue;
    }
    files.push({ id, path: join(dir, entry.name) });
  }
  return files;
}

const MDX_HINTS: [RegExp, string][] = [
  [/mdx-jsx:unexpected-character|expected a valid JSX tag|before name/, 'Ein „<“ beginnt in MDX ein Element; für das Zeichen selbst bitte \\< schreiben, Links als [Text](https://…).'],
  [/expression|Unexpected end of file in expression|`\{`/, 'Geschweifte Klammern beginnen in MDX einen Ausdruck; für das Zeichen selbst bitte \\{ schreiben.'],
  [/closing tag|end tag|Expected a closing tag/, 'Ein Element wurde geöffnet, aber nicht geschlossen.'],
];

/** Parses an MDX body, checks what it may contain and returns the components it uses. */
function checkBody(body: string, lineOffset: number, source: YamlSource, sourceIds: Set<string>, collector: Collector) {
  if (body.trim() === '') return;
  const placeholderAt = body.indexOf(BODY_PLACEHOLDER);
  if (placeholderAt >= 0) {
    collector.add([{
      file: source.file, line: body.slice(0, placeholderAt).split('\n').length + lineOffset, column: 1, field: '(Text)',
      message: 'Der Platzhaltertext der Vorlage steht noch da: bitte durch eine Beschreibung der Vereinbarung in eigenen Worten ersetzen.',
    }]);
  }
  let tree;
  try {
    tree = mdxToMdast(body, { position: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*)$/s.exec(text);
    const hint = MDX_HINTS.find(([pattern]) => pattern.test(text))?.[1] ?? 'Der Text ist kein gültiges MDX.';
    collector.add([{
      file: source.file,
      line: (match ? Number(match[1]) : 1) + lineOffset,
      column: match ? Number(match[2]) : 1,
      field: '(Text)',
      message: `${hint} (MDX: ${(match?.[3] ?? text).split('\n')[0]})`,
    }]);
    return;
  }
  for (const violation of findUnsafeContent(tree)) {
    collector.add([{ file: source.file, line: violation.line + lineOffset, column: violation.column, field: '(Text)', message: violation.message }]);
  }
  for (const component of collectComponents(tree)) {
    const quelle = component.attributes.quelle;
    if (component.name === 'Zitat' && quelle !== undefined && !sourceIds.has(quelle)) {
      collector.add([{
        file: source.file, line: component.line + lineOffset, column: component.column, field: '(Text)',
        message: `<Zitat quelle="${quelle}">: keine Quelle mit dieser Kennung.${didYouMeanText(quelle, sourceIds)} Quellen brauchen dafür ein Feld „id“ unter „sources“.`,
      }]);
    }
  }
}

/*
 * References are read from the raw data, not the validated data, so that a record with
 * a schema error elsewhere still gets its references checked in the same run.
 */
type Raw = Record<string, unknown>;

function rawList(value: unknown, key: string): Raw[] {
  const list = (value as Raw | undefined)?.[key];
  return Array.isArray(list) ? list.map((item) => (item !== null && typeof item === 'object' ? (item as Raw) : {})) : [];
}

function rawString(value: unknown, key: string): string | undefined {
  const field = (value as Raw | undefined)?.[key];
  return typeof field === 'string' ? field : undefined;
}

function partyReferences(path: (string | number)[], value: Raw): Reference[] {
  const refs: Reference[] = [];
  const org = rawString(value, 'org');
  const land = rawString(value, 'land');
  if (org) refs.push({ path: [...path, 'org'], kind: 'org', id: org });
  if (land) refs.push({ path: [...path, 'land'], kind: 'land', id: land });
  return refs;
}

function agreementReferences(raw: unknown): Reference[] {
  const refs: Reference[] = [];
  rawList(raw, 'parties').forEach((value, index) => refs.push(...partyReferences(['parties', index], value)));
  rawList(raw, 'signatories').forEach((value, index) => refs.push(...partyReferences(['signatories', index], value)));
  rawList(raw, 'events').forEach((event, index) =>
    rawList(event, 'parties').forEach((value, partyIndex) => refs.push(...partyReferences(['events', index, 'parties', partyIndex], value))));
  const topics = (raw as Raw | undefined)?.topics;
  if (Array.isArray(topics)) {
    topics.forEach((id, index) => {
      if (typeof id === 'string') refs.push({ path: ['topics', index], kind: 'topic', id });
    });
  }
  rawList(raw, 'related').forEach((related, index) => {
    const id = rawString(related, 'agreement');
    if (id) refs.push({ path: ['related', index, 'agreement'], kind: 'agreement', id });
  });
  rawList(raw, 'projects').forEach((project, index) => {
    const lead = rawString(project, 'lead');
    if (lead) refs.push({ path: ['projects', index, 'lead'], kind: 'org', id: lead });
  });
  return refs;
}

function organisationReferences(raw: unknown): Reference[] {
  const refs: Reference[] = [];
  const land = rawString(raw, 'land');
  if (land) refs.push({ path: ['land'], kind: 'land', id: land });
  rawList(raw, 'owners').forEach((owner, index) => refs.push(...partyReferences(['owners', index], owner)));
  return refs;
}

export interface ValidateOptions {
  /** Project root; defaults to the current working directory. */
  root?: string;
}

export function validateContent({ root = process.cwd() }: ValidateOptions = {}): ValidationResult {
  const collector = new Collector();
  let fileCount = 2;

  const laender = readListFile(root, CONTENT_PATHS.laender, landSchema, 'Länder', collector);
  const topics = readListFile(root, CONTENT_PATHS.topics, topicSchema, 'Themen', collector);

  const organisations: Parsed<Organisation>[] = [];
  for (const { id, path } of listRecordFiles(root, CONTENT_PATHS.organisations, ORGANISATION_EXTENSION, collector)) {
    fileCount++;
    guarded(relativeFile(root, path), collector, () => {
      const read = readSource(root, path, collector);
      if (!read) return;
      const yaml = parseYamlSource(read.text, read.file);
      collector.add(yaml.diagnostics);
      if (!yaml.value) return;
      const data = collector.check(organisationSchema, yaml.value.data, yaml.value, []);
      organisations.push({ id, source: yaml.value, pathPrefix: [], ...(data === undefined ? {} : { data }) });
    });
  }

  const agreements: Parsed<Agreement>[] = [];
  for (const { id, path } of listRecordFiles(root, CONTENT_PATHS.agreements, AGREEMENT_EXTENSION, collector)) {
    fileCount++;
    guarded(relativeFile(root, path), collector, () => {
      const read = readSource(root, path, collector);
      if (!read) return;
      const mdx = parseMdxSource(read.text, read.file);
      collector.add(mdx.diagnostics);
      if (!mdx.value) return;
      const data = collector.check(agreementSchema, mdx.value.yaml.data, mdx.value.yaml, []);
      const sourceIds = new Set(rawList(mdx.value.yaml.data, 'sources').flatMap((src) => rawString(src, 'id') ?? []));
      checkBody(mdx.value.body, mdx.value.bodyLineOffset, mdx.value.yaml, sourceIds, collector);
      agreements.push({
        id, source: mdx.value.yaml, pathPrefix: [],
        body: { text: mdx.value.body, lineOffset: mdx.value.bodyLineOffset },
        ...(data === undefined ? {} : { data }),
      });
    });
  }

  // A record with its own errors still exists: references to it are not reported again.
  const known: Record<RecordKind, Set<string>> = {
    land: new Set(laender.map((entry) => entry.id)),
    topic: new Set(topics.map((entry) => entry.id)),
    org: new Set(organisations.map((entry) => entry.id)),
    agreement: new Set(agreements.map((entry) => entry.id)),
  };
  const checkReferences = (record: Parsed<unknown>, refs: Reference[]) => {
    for (const ref of refs) {
      if (known[ref.kind].has(ref.id)) continue;
      const { singular, where } = KIND_NAMES[ref.kind];
      collector.at(record.source, [...record.pathPrefix, ...ref.path],
        `Unbekannte Kennung „${ref.id}“: kein Eintrag vom Typ ${singular} in ${where}.${didYouMeanText(ref.id, known[ref.kind])}`);
    }
  };

  for (const organisation of organisations) {
    const raw = organisation.source.data;
    checkReferences(organisation, organisationReferences(raw));
    rawList(raw, 'owners').forEach((owner, index) => {
      if (rawString(owner, 'org') === organisation.id) collector.at(organisation.source, ['owners', index, 'org'], 'Eine Organisation kann nicht ihr eigener Träger sein.');
    });
  }

  const relationsByPair = new Map<string, string>();
  for (const agreement of agreements) {
    const raw = agreement.source.data;
    checkReferences(agreement, agreementReferences(raw));
    rawList(raw, 'related').forEach((related, index) => {
      const other = rawString(related, 'agreement');
      if (!other) return;
      const path = ['related', index, 'agreement'];
      if (other === agreement.id) {
        collector.at(agreement.source, path, 'Eine Vereinbarung kann nicht mit sich selbst verwandt sein.');
        return;
      }
      const pair = [agreement.id, other].sort().join(' ');
      const recordedIn = relationsByPair.get(pair);
      if (recordedIn) {
        collector.at(agreement.source, path,
          `Die Beziehung zwischen „${agreement.id}“ und „${other}“ ist schon in ${recordedIn} erfasst; jede Beziehung wird nur einmal eingetragen, die Gegenrichtung zeigt die Website selbst.`);
      } else {
        relationsByPair.set(pair, agreement.source.file);
      }
    });
  }

  // Only records without any problem count as valid, whatever rule found the problem.
  const blamed = new Set(collector.diagnostics.map((diagnostic) => diagnostic.file));
  const clean = <T>(entries: Parsed<T>[]) =>
    entries.filter((entry): entry is Parsed<T> & { data: T } => entry.data !== undefined && !blamed.has(entry.source.file));
  const content: ValidContent = {
    laender: new Map(clean(laender).map((entry) => [entry.id, entry.data])),
    topics: new Map(clean(topics).map((entry) => [entry.id, entry.data])),
    organisations: new Map(clean(organisations).map((entry) => [entry.id, { id: entry.id, ...entry.data }])),
    agreements: new Map(clean(agreements).map((entry) => [entry.id, { id: entry.id, file: entry.source.file, data: entry.data, body: entry.body?.text ?? '' }])),
  };
  return { diagnostics: collector.diagnostics.sort(compareDiagnostics), content, fileCount };
}
