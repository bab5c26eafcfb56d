/**
 * One version of a record file, as Git stored it in some commit, read the way the
 * validator reads the file today (src/validation/source-file.ts): decoded as UTF-8, the
 * frontmatter of an agreement split from its text, YAML parsed with the core schema.
 *
 * The history compares the data as written, not as today's schema would accept it: an
 * old version that today's rules reject (a field since renamed, a reference not yet
 * added) is still a version whose fields changed. Only a file that cannot be read at all
 * (broken YAML, no frontmatter, not UTF-8) has no fields; its change says so.
 */
import { AGREEMENT_EXTENSION, CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } from './content-paths.ts';
import type { RecordKind } from './record-fields.ts';
import { classifyRecordName } from '../validation/record-files.ts';
import { decodeSourceFile, parseMdxSource, parseYamlSource } from '../validation/source-file.ts';

export const RECORD_FOLDERS: { kind: RecordKind; dir: string; extension: string }[] = [
  { kind: 'agreement', dir: CONTENT_PATHS.agreements, extension: AGREEMENT_EXTENSION },
  { kind: 'organisation', dir: CONTENT_PATHS.organisations, extension: ORGANISATION_EXTENSION },
  { kind: 'solution', dir: CONTENT_PATHS.solutions, extension: SOLUTION_EXTENSION },
];

/** The record a file path in the repository holds, if it is a record file (the same rule as the validator's). */
export function recordOfPath(path: string): { kind: RecordKind; id: string } | undefined {
  for (const { kind, dir, extension } of RECORD_FOLDERS) {
    if (!path.startsWith(`${dir}/`)) continue;
    const name = path.slice(dir.length + 1);
    if (name.includes('/')) return undefined;
    const result = classifyRecordName(name, extension);
    return 'id' in result ? { kind, id: result.id } : undefined;
  }
  return undefined;
}

export interface RecordVersion {
  /** The fields as written; undefined if the file could not be read. */
  data?: Record<string, unknown> | undefined;
  /** An agreement's text below the frontmatter. */
  body?: string | undefined;
}

/** Reads one version of a record file from its bytes; never throws. */
export function readVersion(kind: RecordKind, file: string, bytes: Uint8Array): RecordVersion {
  try {
    const decoded = decodeSourceFile(bytes, file);
    if (decoded.value === undefined) return {};
    if (kind === 'agreement') {
      const mdx = parseMdxSource(decoded.value, file);
      const data = mdx.value?.yaml.data;
      return isFields(data) ? { data, body: mdx.value!.body.trim() } : {};
    }
    const data = parseYamlSource(decoded.value, file).value?.data;
    return isFields(data) ? { data } : {};
  } catch {
    // A parser failing on odd input is the same as a file that cannot be read.
    return {};
  }
}

function isFields(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The title a version goes by: an agreement's title, an organisation's or solution's name. */
export function versionTitle(version: RecordVersion | undefined): string | undefined {
  const data = version?.data;
  const title = data?.title ?? data?.shortName ?? data?.name;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
