/**
 * Release notes of the data between two versions (tags), from the same change log as
 * /aenderungen/: which records are new, which were corrected or completed (each change
 * in words), which were removed, and how many of each. Markdown, for a release page.
 */
import { describeChange, type ChangeLog } from './change-log.ts';
import type { Names } from './record-diff.ts';
import type { RecordKind } from './record-fields.ts';
import { versionTitle } from './record-versions.ts';
import { KIND_LABELS } from './change-views.ts';

const KINDS: RecordKind[] = ['agreement', 'organisation', 'solution'];
const PLURALS: Record<RecordKind, string> = { agreement: 'Vereinbarungen', organisation: 'Organisationen', solution: 'Lösungen' };

/** Text from a record as Markdown text: characters Markdown would read as markup are escaped. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]{}()<>#|!~+-])/g, '\\$1');
}

interface RecordSummary {
  kind: RecordKind;
  id: string;
  title: string;
  /** Existed before the range, exists after it. */
  existedBefore: boolean;
  existsAfter: boolean;
  lines: string[];
}

export function releaseNotes(
  log: ChangeLog,
  options: {
    from?: string | undefined;
    to: string;
    names: Names;
    /** The page of a record that is in the atlas at `to`, as an absolute address. */
    pageOf: (kind: RecordKind, id: string) => string | undefined;
    formatDay: (date: Date) => string;
  },
): string {
  const records = new Map<string, RecordSummary>();
  const commits = new Set<string>();
  for (const change of log.changes) {
    commits.add(change.commit);
    const id = log.currentId(change.kind, change.id);
    const key = `${change.kind} ${id}`;
    let record = records.get(key);
    if (!record) {
      record = { kind: change.kind, id, title: id, existedBefore: change.type !== 'added', existsAfter: true, lines: [] };
      records.set(key, record);
    }
    record.title = versionTitle(change.after) ?? versionTitle(change.before) ?? record.title;
    record.existsAfter = change.type !== 'removed';
    if (change.type === 'modified') record.lines.push(...describeChange(change, options.names));
    // A record removed and added again within the range is a record changed.
    if (change.type === 'added' && record.existedBefore) record.lines.push('Wieder aufgenommen');
  }
  const all = [...records.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.title.localeCompare(b.title, 'de'));
  const added = all.filter((record) => !record.existedBefore && record.existsAfter);
  const removed = all.filter((record) => record.existedBefore && !record.existsAfter);
  const changed = all.filter((record) => record.existedBefore && record.existsAfter && record.lines.length > 0);

  const link = (record: RecordSummary) => {
    const href = options.pageOf(record.kind, record.id);
    return href ? `[${markdownText(record.title)}](${href})` : markdownText(record.title);
  };
  const count = (list: RecordSummary[], kind: RecordKind) => list.filter((record) => record.kind === kind).length;
  const dates = log.changes.map((change) => new Date(change.date));
  const range = options.from ? `${options.from} bis ${options.to}` : `den Anfängen bis ${options.to}`;

  const lines = [`# Änderungen an den Daten von ${markdownText(range)}`, ''];
  if (log.changes.length === 0) {
    lines.push('Keine Änderung an den Einträgen.', '');
    return lines.join('\n');
  }
  lines.push(
    `${commits.size} ${commits.size === 1 ? 'Commit' : 'Commits'} mit Änderungen an Einträgen, vom ${options.formatDay(dates[0]!)} bis zum ${options.formatDay(dates.at(-1)!)}.`,
    '',
    `| | ${KINDS.map((kind) => PLURALS[kind]).join(' | ')} |`,
    `| --- | ${KINDS.map(() => '---:').join(' | ')} |`,
    ...(
      [
        ['Neu', added],
        ['Berichtigt oder ergänzt', changed],
        ['Entfernt', removed],
      ] as const
    ).map(([label, list]) => `| ${label} | ${KINDS.map((kind) => count(list, kind)).join(' | ')} |`),
    '',
  );
  if (added.length > 0) {
    lines.push('## Neue Einträge', '', ...added.map((record) => `- ${KIND_LABELS[record.kind]}: ${link(record)}`), '');
  }
  if (changed.length > 0) {
    lines.push('## Berichtigte und ergänzte Einträge', '');
    for (const record of changed) {
      lines.push(`### ${KIND_LABELS[record.kind]}: ${link(record)}`, '', ...record.lines.map((line) => `- ${markdownText(line)}`), '');
    }
  }
  if (removed.length > 0) {
    lines.push(
      '## Entfernte Einträge',
      '',
      ...removed.map((record) => `- ${KIND_LABELS[record.kind]}: ${markdownText(record.title)} (${record.id})`),
      '',
    );
  }
  return lines.join('\n');
}
