/**
 * Validates every record in the repository and returns every problem in every file,
 * together with the records that passed. Works on plain files with the same zod
 * schemas Astro uses, so it needs no build and runs in a few seconds.
 *
 * Rules that concern one record live in its schema; rules that need other records
 * (references, relations, unique ids) live here, or in a module of their own called from
 * here: cycles of relations (relation-cycles.ts), contradictions in time (cross-record.ts)
 * and names that look alike (look-alike-names.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AGREEMENT_EXTENSION, CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } from '../lib/content-paths.ts';
import { agreementSchema, type Agreement } from '../schemas/agreement.ts';
import { REFERENCE_KINDS, type ReferenceKind } from '../schemas/common.ts';
import { landSchema, type Land } from '../schemas/land.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { solutionSchema, type Solution } from '../schemas/solution.ts';
import { topicSchema, type Topic } from '../schemas/topic.ts';
import { knownMissingSchema, knownTotalSchema, type KnownMissing, type KnownTotal } from '../schemas/known.ts';
import { checkAgreementFile, rawList, rawString, sourceOf } from './agreement-file.ts';
import { contentHash, ValidationCache } from './cache.ts';
import { Collector, guarded, readSource, relativeFile } from './collector.ts';
import { compareDiagnostics, isWarning, type Diagnostic } from './diagnostic.ts';
import { agreementTimeline, checkCrossRecord, type AgreementTimeline } from './cross-record.ts';
import { checkLookAlikeNames, ORGANISATION_NAMES, SOLUTION_NAMES } from './look-alike-names.ts';
import { listRecordFiles } from './record-files.ts';
import { checkRelationCycles } from './relation-cycles.ts';
import { parseYamlSource, type YamlSource } from './source-file.ts';
import { collectReferences, type Reference } from './references.ts';
import { didYouMeanText } from './suggest.ts';
import { checkTextHygiene } from './text-hygiene.ts';
import { districtKeyProblem } from './official-keys.ts';

export interface AgreementRecord {
  id: string;
  file: string;
  data: Agreement;
}

export interface ValidContent {
  laender: Map<string, Land>;
  topics: Map<string, Topic>;
  organisations: Map<string, Organisation & { id: string }>;
  solutions: Map<string, Solution & { id: string }>;
  agreements: Map<string, AgreementRecord>;
  knownMissing: KnownMissing[];
  knownTotals: KnownTotal[];
}

export interface ValidationResult {
  /** The errors: each keeps its record out of the content, and any one makes `npm run validate` fail. */
  diagnostics: Diagnostic[];
  /** Warnings (severity 'warning'): shown to the author, but the record stays valid content. */
  warnings: Diagnostic[];
  content: ValidContent;
  /** Number of record files read, valid or not. */
  fileCount: number;
}

/** Where the records of each kind live, for messages about unknown references. */
const KIND_PLACES: Record<ReferenceKind, string> = {
  land: CONTENT_PATHS.laender,
  topic: CONTENT_PATHS.topics,
  org: `${CONTENT_PATHS.organisations}/`,
  solution: `${CONTENT_PATHS.solutions}/`,
  agreement: `${CONTENT_PATHS.agreements}/`,
};

/** A record that parsed as YAML, kept with its source so that later rules can locate fields. */
interface Parsed<T> {
  id: string;
  source: YamlSource;
  /** Index in a list file, prefixing every field path. */
  pathPrefix: (string | number)[];
  data?: T;
  /** Agreements: their references, `related` field and dates, so that the checks across records need not read the data. */
  refs?: Reference[];
  related?: unknown;
  timeline?: AgreementTimeline | undefined;
}

/**
 * Reads a YAML file holding a list of entries with an `id` each (Länder, topics);
 * `undefined` if the file cannot be read as a list at all (that is reported once, here).
 */
function readListFile<T>(
  root: string,
  relativePath: string,
  schema: z.ZodType<T>,
  what: string,
  collector: Collector,
  /** A list that may be absent (then it is empty), like the lists of what is known to be missing. */
  optional = false,
): Parsed<T>[] | undefined {
  const path = join(root, relativePath);
  if (!existsSync(path)) {
    if (optional) return [];
    collector.add([{ file: relativePath, line: 1, column: 1, field: '', message: `Die Datei fehlt; sie enthält die Liste der ${what}.` }]);
    return undefined;
  }
  const read = readSource(root, path, collector);
  if (!read) return undefined;
  const yaml = parseYamlSource(read.text, read.file);
  collector.add(yaml.diagnostics);
  if (!yaml.value) return undefined;
  const source = yaml.value;
  if (!Array.isArray(source.data)) {
    collector.at(source, [], `Erwartet wird eine Liste von ${what}, jeder Eintrag beginnend mit „- id: …“.`);
    return undefined;
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

export interface ValidateOptions {
  /** Project root; defaults to the current working directory. */
  root?: string;
  /**
   * Whether to keep the results of agreement files without problems in
   * .astro/cache/validate.bin and skip checking them again while unchanged (see cache.ts).
   */
  cache?: boolean;
}

function readBytes(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

export function validateContent({ root = process.cwd(), cache: useCache = false }: ValidateOptions = {}): ValidationResult {
  const collector = new Collector();
  let fileCount = 2;

  const laenderFile = readListFile(root, CONTENT_PATHS.laender, landSchema, 'Länder', collector);
  const topicsFile = readListFile(root, CONTENT_PATHS.topics, topicSchema, 'Themen', collector);
  const laender = laenderFile ?? [];
  const topics = topicsFile ?? [];
  const knownMissing =
    readListFile(root, CONTENT_PATHS.knownMissing, knownMissingSchema, 'bekannten, noch nicht erfassten Vereinbarungen', collector, true) ??
    [];
  const knownTotals = readListFile(root, CONTENT_PATHS.knownTotals, knownTotalSchema, 'bekannten Gesamtzahlen', collector, true) ?? [];
  fileCount += 2;

  /** Reads a folder of YAML records, one per file (organisations, solutions). */
  const readYamlRecords = <T>(dir: string, extension: string, schema: z.ZodType<T>) => {
    const parsed: Parsed<T>[] = [];
    const listing = listRecordFiles(root, dir, extension);
    collector.add(listing.problems);
    for (const { id, path } of listing.files) {
      fileCount++;
      guarded(relativeFile(root, path), collector, () => {
        const read = readSource(root, path, collector);
        if (!read) return;
        const yaml = parseYamlSource(read.text, read.file);
        collector.add(yaml.diagnostics);
        if (!yaml.value) return;
        const data = collector.check(schema, yaml.value.data, yaml.value, []);
        parsed.push({ id, source: yaml.value, pathPrefix: [], ...(data === undefined ? {} : { data }) });
      });
    }
    return { parsed, ids: listing.files.map((file) => file.id) };
  };
  const { parsed: organisations, ids: organisationIds } = readYamlRecords(
    CONTENT_PATHS.organisations,
    ORGANISATION_EXTENSION,
    organisationSchema,
  );
  const { parsed: solutions, ids: solutionIds } = readYamlRecords(CONTENT_PATHS.solutions, SOLUTION_EXTENSION, solutionSchema);

  const agreementFiles = listRecordFiles(root, CONTENT_PATHS.agreements, AGREEMENT_EXTENSION);
  collector.add(agreementFiles.problems);
  fileCount += agreementFiles.files.length;
  const agreements: Parsed<Agreement>[] = [];
  const cache = useCache ? ValidationCache.open(root) : undefined;
  for (const { id, path } of agreementFiles.files) {
    const file = relativeFile(root, path);
    // Read here only to look the file up; if that fails, checkAgreementFile reports why.
    const bytes = cache ? readBytes(path) : undefined;
    const hash = bytes && contentHash(bytes);
    const cached = hash ? cache?.get(file, hash) : undefined;
    if (cached) {
      // The file is read again only if something asks for its data (the content) or a message needs its text.
      const source = sourceOf(path, { file }, { readDataLater: true });
      let data: Agreement | undefined;
      agreements.push({
        id,
        source,
        pathPrefix: [],
        refs: cached.refs,
        related: cached.related,
        timeline: cached.timeline,
        get data() {
          // Valid when cached, so the schema accepts it again; parse() would say so loudly if not.
          return (data ??= agreementSchema.parse(source.data));
        },
      });
      continue;
    }
    const result = checkAgreementFile(root, id, path, bytes);
    collector.add(result.diagnostics);
    if (!result.parsed) continue;
    const source = sourceOf(path, result);
    // Control characters and direction overrides, in one walk over every field (the body is checked above).
    const hygiene = new Collector();
    checkTextHygiene(source, hygiene);
    collector.add(hygiene.diagnostics);
    const facts = {
      refs: collectReferences(agreementSchema, result.raw),
      related: (result.raw as { related?: unknown } | null)?.related,
      timeline: result.data && agreementTimeline(result.data),
    };
    // Files with warnings are not kept either, so that every run shows their warnings again.
    if (hash && result.data && result.diagnostics.length === 0 && hygiene.diagnostics.length === 0) cache?.set(file, hash, facts);
    agreements.push({ id, source, pathPrefix: [], ...facts, ...(result.data ? { data: result.data } : {}) });
  }
  cache?.save();

  // The same walk for the other files.
  for (const source of new Set(
    [...laender, ...topics, ...knownMissing, ...knownTotals, ...organisations, ...solutions].map((entry) => entry.source),
  ))
    checkTextHygiene(source, collector);

  // A record with its own errors, even one that cannot be parsed, still exists: references to it are not reported again.
  const known: Record<ReferenceKind, Set<string>> = {
    land: new Set(laender.map((entry) => entry.id)),
    topic: new Set(topics.map((entry) => entry.id)),
    org: new Set(organisationIds),
    solution: new Set(solutionIds),
    agreement: new Set(agreementFiles.files.map((entry) => entry.id)),
  };
  // A list file that cannot be read is reported once; references into it are not guessed at.
  const unreadable: Partial<Record<ReferenceKind, boolean>> = { land: !laenderFile, topic: !topicsFile };
  // How many references each record receives: a record nobody refers to yet is likely new (look-alike-names.ts).
  const dependants = new Map<string, number>();
  const checkReferences = (record: Parsed<unknown>, schema: z.core.$ZodType) => {
    // Entries of a list file (known-missing.yaml …) are found at their index in the file's data.
    const data = record.pathPrefix.reduce<unknown>(
      (value, key) => (value as Record<string | number, unknown> | undefined)?.[key],
      record.source.data,
    );
    const refs: Reference[] = record.refs ?? collectReferences(schema, data);
    for (const ref of refs) {
      dependants.set(`${ref.kind}:${ref.id}`, (dependants.get(`${ref.kind}:${ref.id}`) ?? 0) + 1);
      if (unreadable[ref.kind] || known[ref.kind].has(ref.id)) continue;
      collector.at(
        record.source,
        [...record.pathPrefix, ...ref.path],
        `Unbekannte Kennung „${ref.id}“: kein Eintrag vom Typ ${REFERENCE_KINDS[ref.kind].singular} in ${KIND_PLACES[ref.kind]}.${didYouMeanText(ref.id, known[ref.kind])}`,
      );
    }
  };

  const landKeys = new Map(laender.flatMap((entry) => (entry.data ? [[entry.id, entry.data.ars] as const] : [])));
  for (const organisation of organisations) {
    const raw = organisation.source.data;
    checkReferences(organisation, organisationSchema);
    rawList(raw, 'owners').forEach((owner, index) => {
      if (rawString(owner, 'org') === organisation.id)
        collector.at(organisation.source, ['owners', index, 'org'], 'Eine Organisation kann nicht ihr eigener Träger sein.');
    });
    rawList(raw, 'members').forEach((member, index) => {
      if (rawString(member, 'org') === organisation.id)
        collector.at(organisation.source, ['members', index, 'org'], 'Eine Organisation kann nicht ihr eigenes Mitglied sein.');
    });
    rawList(raw, 'shareTransfers').forEach((transfer, index) => {
      const from = (transfer as { from?: unknown })?.from;
      const to = (transfer as { to?: unknown })?.to;
      if (rawString(from, 'org') === organisation.id || rawString(to, 'org') === organisation.id) {
        collector.at(
          organisation.source,
          ['shareTransfers', index],
          'Die Gesellschaft selbst steht hier als abgebende oder erwerbende Seite: eine Kapitalerhöhung ohne „from“, eine Einziehung ohne „to“ angeben.',
        );
      }
    });
    // The first two digits of a Regionalschlüssel name the Land.
    const ars = rawString(raw, 'ars');
    const land = rawString(raw, 'land');
    const landKey = land ? landKeys.get(land) : undefined;
    const kind = rawString(raw, 'kind');
    if (ars && /^\d{12}$/.test(ars) && landKey && !ars.startsWith(landKey)) {
      collector.at(
        organisation.source,
        ['ars'],
        `Der Regionalschlüssel „${ars}“ beginnt mit „${ars.slice(0, 2)}“, aber das Land „${land}“ hat den Schlüssel „${landKey}“: Schlüssel oder Land prüfen.`,
      );
    }
    // A key of the right Land is checked against the official directory of Kreise.
    else if (ars && /^\d{12}$/.test(ars) && (kind === 'landkreis' || kind === 'kreisfreie-stadt')) {
      const problem = districtKeyProblem(ars, kind, rawString(raw, 'name') ?? '');
      if (problem) collector.at(organisation.source, ['ars'], problem);
    }
  }
  for (const solution of solutions) checkReferences(solution, solutionSchema);
  for (const entry of knownMissing) checkReferences(entry, knownMissingSchema);
  for (const entry of knownTotals) checkReferences(entry, knownTotalSchema);

  const relationsByPair = new Map<string, string>();
  for (const agreement of agreements) {
    checkReferences(agreement, agreementSchema);
    rawList({ related: agreement.related }, 'related').forEach((related, index) => {
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
        collector.at(
          agreement.source,
          path,
          `Die Beziehung zwischen „${agreement.id}“ und „${other}“ ist schon in ${recordedIn} erfasst; jede Beziehung wird nur einmal eingetragen, die Gegenrichtung zeigt die Website selbst.`,
        );
      } else {
        relationsByPair.set(pair, agreement.source.file);
      }
    });
  }

  checkRelationCycles(agreements, collector);
  checkCrossRecord(agreements, organisations, collector);

  const named = (kind: ReferenceKind, entries: Parsed<unknown>[]) =>
    entries.map((entry) => ({ ...entry, dependants: dependants.get(`${kind}:${entry.id}`) ?? 0 }));
  const modifiedAt = (file: string) => statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs;
  checkLookAlikeNames(named('org', organisations), ORGANISATION_NAMES, collector, modifiedAt);
  checkLookAlikeNames(named('solution', solutions), SOLUTION_NAMES, collector, modifiedAt);

  // Only records without any error count as valid, whatever rule found the error; warnings keep nothing out.
  const errors = collector.diagnostics.filter((diagnostic) => !isWarning(diagnostic)).sort(compareDiagnostics);
  const warnings = collector.diagnostics.filter(isWarning).sort(compareDiagnostics);
  const blamed = new Set(errors.map((diagnostic) => diagnostic.file));
  const clean = <T>(entries: Parsed<T>[]) =>
    entries.filter((entry): entry is Parsed<T> & { data: T } => !blamed.has(entry.source.file) && entry.data !== undefined);
  // Made when first asked for: npm run validate never does, and then never reads cached data.
  const validContent = (): ValidContent => ({
    laender: new Map(clean(laender).map((entry) => [entry.id, entry.data])),
    topics: new Map(clean(topics).map((entry) => [entry.id, entry.data])),
    organisations: new Map(clean(organisations).map((entry) => [entry.id, { id: entry.id, ...entry.data }])),
    solutions: new Map(clean(solutions).map((entry) => [entry.id, { id: entry.id, ...entry.data }])),
    agreements: new Map(clean(agreements).map((entry) => [entry.id, { id: entry.id, file: entry.source.file, data: entry.data }])),
    knownMissing: clean(knownMissing).map((entry) => entry.data),
    knownTotals: clean(knownTotals).map((entry) => entry.data),
  });
  let content: ValidContent | undefined;
  return {
    diagnostics: errors,
    warnings,
    get content() {
      return (content ??= validContent());
    },
    fileCount,
  };
}
