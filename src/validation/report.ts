/**
 * Output formats for diagnostics: a terminal listing (always) and GitHub Actions
 * annotations (only with --format github, the one place that writes workflow commands).
 */
import { isWarning, type Diagnostic } from './diagnostic.ts';

/**
 * Messages echo values from records, and records come from strangers. Every character
 * that could end a line (and so start a forged one, such as a GitHub annotation command),
 * move the cursor, recolour or clear a terminal, or reorder text is shown as a visible
 * escape instead: a line break as \n, ESC as \x1b, a direction override as \u202e. So is
 * every zero-width character, so that a look-alike name shows where it differs.
 */
export function escapeForTerminal(value: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g, (character) => {
    const code = character.charCodeAt(0);
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What a warning's message starts with, in the listing and in the browser alike. */
export const WARNING_LABEL = 'Warnung';

/**
 * `file:line:column  field  message` on exactly one line, whatever the record contains;
 * a warning's message starts with „Warnung:“.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const location = `${escapeForTerminal(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`;
  const message = `${isWarning(diagnostic) ? `${WARNING_LABEL}: ` : ''}${escapeForTerminal(diagnostic.message)}`;
  return diagnostic.field ? `${location}  ${escapeForTerminal(diagnostic.field)}  ${message}` : `${location}  ${message}`;
}

/** GitHub's workflow-command escaping for data and property values (after the terminal escaping). */
function escapeData(value: string): string {
  return escapeForTerminal(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…,col=…,title=…::message`, shown by GitHub on the offending line;
 * `::warning …` for a warning, which GitHub shows without failing the check.
 */
export function formatGithubAnnotation(diagnostic: Diagnostic): string {
  const warning = isWarning(diagnostic);
  const title = warning
    ? `${WARNING_LABEL}${diagnostic.field ? ` zum Feld ${diagnostic.field}` : ''}`
    : diagnostic.field
      ? `Feld ${diagnostic.field}`
      : 'Eintrag ungültig';
  return `::${warning ? 'warning' : 'error'} file=${escapeProperty(diagnostic.file)},line=${diagnostic.line},col=${diagnostic.column},title=${escapeProperty(title)}::${escapeData(diagnostic.message)}`;
}

function countWarnings(warnings: readonly Diagnostic[]): string {
  return warnings.length === 1 ? '1 Warnung' : `${warnings.length} Warnungen`;
}

/** The last line of a run: errors decide its outcome, warnings are counted beside them. */
export function summary(diagnostics: Diagnostic[], fileCount: number, seconds: number, warnings: readonly Diagnostic[] = []): string {
  const time = `${seconds.toFixed(2).replace('.', ',')} s`;
  const warnedFiles = new Set(warnings.map((warning) => warning.file)).size;
  const warned =
    warnings.length === 0
      ? ''
      : ` ${countWarnings(warnings)} in ${warnedFiles === 1 ? '1 Datei' : `${warnedFiles} Dateien`}: Diese Einträge gelten trotzdem; bitte prüfen, ob ihre Seiten zeigen, was gemeint ist.`;
  if (diagnostics.length === 0) return `✓ ${fileCount} Dateien geprüft, keine Fehler (${time}).${warned}`;
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  return `✗ ${diagnostics.length} Fehler in ${files} von ${fileCount} Dateien (${time}). Die Website wird erst gebaut, wenn alle behoben sind.${warned}`;
}
