/**
 * An error keeps a record out of the site and makes `npm run validate` fail; a warning
 * (something valid that probably does not say what the author meant) is shown, but the
 * record is built and the run passes.
 */
export type Severity = 'error' | 'warning';

/** One problem found in one file, located so that editors and CI can jump to it. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the record, e.g. `parties[1].org`; empty for whole-file problems. */
  field: string;
  /** German message: what was found, what is allowed, and a suggestion where there is one. */
  message: string;
  /** Absent means 'error', so that every check written before warnings existed stays one. */
  severity?: Severity;
}

export function isWarning(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'warning';
}

/** Formats a zod-style path (`['parties', 1, 'org']`) as `parties[1].org`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
