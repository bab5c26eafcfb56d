/** Output formats for diagnostics: a terminal listing and GitHub Actions annotations. */
import type { Diagnostic } from './diagnostic.ts';

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const location = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  return diagnostic.field ? `${location}  ${diagnostic.field}  ${diagnostic.message}` : `${location}  ${diagnostic.message}`;
}

/** GitHub's workflow-command escaping for data and property values. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message`, shown by GitHub on the offending line. */
export function formatGithubAnnotation(diagnostic: Diagnostic): string {
  const title = diagnostic.field ? `Feld ${diagnostic.field}` : 'Eintrag ungültig';
  return `::error file=${escapeProperty(diagnostic.file)},line=${diagnostic.line},col=${diagnostic.column},title=${escapeProperty(title)}::${escapeData(diagnostic.message)}`;
}

export function summary(diagnostics: Diagnostic[], fileCount: number, seconds: number): string {
  const time = `${seconds.toFixed(2).replace('.', ',')} s`;
  if (diagnostics.length === 0) return `✓ ${fileCount} Dateien geprüft, keine Fehler (${time}).`;
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  return `✗ ${diagnostics.length} ${diagnostics.length === 1 ? 'Fehler' : 'Fehler'} in ${files} von ${fileCount} Dateien (${time}). Die Website wird erst gebaut, wenn alle behoben sind.`;
}
