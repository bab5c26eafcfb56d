/**
 * The history of the records: for every commit of the published branch, every record it
 * added, changed or removed, with both versions of the file. Git is asked twice
 * (git-changes.ts); every distinct version of a file is read once, however many commits
 * share it. What changed is put into words later (record-diff.ts), with the names the
 * site uses at build time.
 *
 * A version that cannot be read (broken YAML in some commit) never stops anything: its
 * change says so, and the next readable version is compared with the last readable one.
 */
import type { RecordKind } from './record-fields.ts';
import { RecordDiff, plainNames, type Names } from './record-diff.ts';
import { readBlobs, readCommits } from './git-changes.ts';
import { readVersion, RECORD_FOLDERS, recordOfPath, type RecordVersion } from './record-versions.ts';
import { VersionCache } from './version-cache.ts';

export type ChangeType = 'added' | 'modified' | 'removed';

export interface RecordChange {
  commit: string;
  /** When the change reached the branch (ISO 8601). */
  date: string;
  kind: RecordKind;
  /** The record's id in this commit. */
  id: string;
  /** Its id before, where the file was renamed in this commit. */
  previousId?: string | undefined;
  type: ChangeType;
  /** The last readable version before, and the version after (undefined where the record did not exist). */
  before?: RecordVersion | undefined;
  after?: RecordVersion | undefined;
}

export interface ChangeLog {
  /** Oldest first. */
  changes: RecordChange[];
  /** The id a record has now, following renames; unchanged for records never renamed. */
  currentId: (kind: RecordKind, id: string) => string;
}

const NOT_READABLE = 'Datei geändert (nicht lesbar)';

/**
 * Reads the changes to the records from Git; an empty log outside a Git checkout. `range`
 * limits them ("v1..v2"); with `cache`, versions read before are taken from
 * .astro/cache/record-versions.bin instead of Git (version-cache.ts).
 */
export function readChangeLog(root: string, { range, cache: useCache = false }: { range?: string; cache?: boolean } = {}): ChangeLog {
  const commits = readCommits(
    root,
    RECORD_FOLDERS.map((folder) => folder.dir),
    range,
  );
  if (!commits) return { changes: [], currentId: (_kind, id) => id };

  const cache = useCache ? VersionCache.open(root) : undefined;
  const needed = commits.flatMap((commit) =>
    commit.files.flatMap((file) =>
      [file.previousPath ?? file.path, file.path].flatMap((path, index) => {
        const blob = index === 0 ? file.before : file.after;
        const record = recordOfPath(path);
        return blob && record ? [{ key: `${record.kind} ${blob}`, blob }] : [];
      }),
    ),
  );
  const versions = new Map<string, RecordVersion>();
  for (const { key } of needed) {
    const cached = cache?.get(key);
    if (cached) versions.set(key, cached);
  }
  const blobs = readBlobs(
    root,
    needed.filter(({ key }) => !versions.has(key)).map(({ blob }) => blob),
  );
  const versionOf = (kind: RecordKind, path: string, blob: string | undefined): RecordVersion | undefined => {
    if (blob === undefined) return undefined;
    const key = `${kind} ${blob}`;
    let version = versions.get(key);
    if (!version) {
      versions.set(key, (version = readVersion(kind, path, blobs.get(blob) ?? new Uint8Array())));
      if (blobs.has(blob)) cache?.set(key, version);
    }
    return version;
  };
  // For a version that cannot be read: the last readable version of the same file before it.
  const readableBefore = new Map<string, RecordVersion | undefined>();
  const readable = (kind: RecordKind, path: string, blob: string | undefined) => {
    const version = versionOf(kind, path, blob);
    if (version?.data !== undefined || blob === undefined) return version;
    return readableBefore.get(`${kind} ${blob}`);
  };

  const changes: RecordChange[] = [];
  const renames: { kind: RecordKind; from: string; to: string }[] = [];
  for (const { commit, date, files } of commits) {
    for (const file of files) {
      const record = recordOfPath(file.path);
      const previous = file.previousPath === undefined ? record : recordOfPath(file.previousPath);
      const renamed = file.status === 'renamed';
      if (renamed && previous && (!record || previous.kind !== record.kind)) {
        // Moved out of a record folder (or into another kind): the old record is gone.
        changes.push({
          commit,
          date,
          kind: previous.kind,
          id: previous.id,
          type: 'removed',
          before: readable(previous.kind, file.previousPath!, file.before),
        });
      }
      if (!record) continue;
      const sameRecord = !renamed || (previous !== undefined && previous.kind === record.kind);
      const before = sameRecord ? readable(record.kind, file.previousPath ?? file.path, file.before) : undefined;
      const after = versionOf(record.kind, file.path, file.after);
      if (after && after.data === undefined && file.after) readableBefore.set(`${record.kind} ${file.after}`, before);
      const existed = sameRecord && file.before !== undefined;
      const type: ChangeType = file.after === undefined ? 'removed' : existed ? 'modified' : 'added';
      const previousId = renamed && sameRecord && previous!.id !== record.id ? previous!.id : undefined;
      if (previousId) renames.push({ kind: record.kind, from: previousId, to: record.id });
      changes.push({
        commit,
        date,
        kind: record.kind,
        id: record.id,
        previousId,
        type,
        before,
        after: type === 'removed' ? undefined : after,
      });
    }
  }

  cache?.save();
  const renamedTo = new Map(renames.map((rename) => [`${rename.kind} ${rename.from}`, rename.to]));
  const currentId = (kind: RecordKind, id: string) => {
    const seen = new Set<string>();
    let current = id;
    while (renamedTo.has(`${kind} ${current}`) && !seen.has(current)) {
      seen.add(current);
      current = renamedTo.get(`${kind} ${current}`)!;
    }
    return current;
  };
  return { changes, currentId };
}

/** A change in German lines: what is new, gone or different, field by field. */
export function describeChange(change: RecordChange, names: Names = plainNames): string[] {
  if (change.type === 'removed') return ['Eintrag entfernt'];
  if (change.after?.data === undefined) return [change.type === 'added' ? 'Neuer Eintrag (Datei nicht lesbar)' : NOT_READABLE];
  if (change.type === 'added') return ['Neuer Eintrag'];
  if (change.before?.data === undefined) return ['Datei wieder lesbar'];
  const lines = change.previousId ? [`Kennung geändert: ${change.previousId} → ${change.id}`] : [];
  lines.push(...RecordDiff.describe(change.kind, change.before ?? {}, change.after, names));
  // A commit that only reformatted the file changes no field.
  return lines.length > 0 ? lines : ['Nur die Schreibweise der Datei geändert'];
}
