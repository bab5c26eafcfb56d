/**
 * The commits that changed record files, read from Git in two calls however long the
 * history is: one `git log` lists every commit with the files it changed and their old
 * and new blob ids, one `git cat-file --batch` reads every blob needed.
 *
 * The history is the published one: the first-parent line of the branch, each merge
 * with everything it brought (`--diff-merges=first-parent`), so a change is dated when
 * it reached the branch, as readers of the site saw it. Renamed files are followed.
 */
import { execFileSync } from 'node:child_process';

export interface FileChange {
  status: 'added' | 'modified' | 'removed' | 'renamed';
  path: string;
  /** The path before a rename. */
  previousPath?: string | undefined;
  /** Blob ids of the file before and after; undefined where it did not exist. */
  before?: string | undefined;
  after?: string | undefined;
}

export interface CommitChanges {
  /** Full commit id. */
  commit: string;
  /** Commit date (ISO 8601), when the change reached the branch. */
  date: string;
  files: FileChange[];
}

const NO_BLOB = /^0+$/;
const GIT_BUFFER = 1024 * 1024 * 1024;

function git(root: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: root, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: GIT_BUFFER });
  } catch {
    return undefined;
  }
}

/**
 * Commits that changed files below `paths`, oldest first; `range` limits them ("v1..v2").
 * Undefined outside a Git checkout (or for a range Git does not know).
 */
export function readCommits(root: string, paths: readonly string[], range = 'HEAD'): CommitChanges[] | undefined {
  const log = git(root, [
    '-c',
    'core.quotePath=false',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--find-renames',
    '--raw',
    '--no-abbrev',
    '-z',
    '--format=%x1e%H%x1f%cI',
    range,
    '--',
    ...paths,
  ]);
  if (!log) return undefined;
  const commits: CommitChanges[] = [];
  for (const chunk of log.toString('utf8').split('\x1e').slice(1)) {
    const [header = '', ...rest] = chunk.split('\0');
    const [commit = '', date = ''] = header.split('\x1f');
    const files: FileChange[] = [];
    // Each change: ":<mode> <mode> <old> <new> <status>", then one path (two for a rename or copy).
    for (let index = 0; index < rest.length; index++) {
      const meta = rest[index]!.trim();
      if (!meta.startsWith(':')) continue;
      const [, , before = '', after = '', status = ''] = meta.slice(1).split(' ');
      const blob = (id: string) => (NO_BLOB.test(id) ? undefined : id);
      if (status.startsWith('R') || status.startsWith('C')) {
        const previousPath = rest[++index] ?? '';
        const path = rest[++index] ?? '';
        const renamed = status.startsWith('R');
        files.push({
          status: renamed ? 'renamed' : 'added',
          path,
          previousPath: renamed ? previousPath : undefined,
          before: renamed ? blob(before) : undefined,
          after: blob(after),
        });
      } else {
        const path = rest[++index] ?? '';
        const kind = status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified';
        files.push({ status: kind, path, before: blob(before), after: blob(after) });
      }
    }
    commits.push({ commit, date, files });
  }
  return commits.reverse();
}

/** Whether Git knows a commit by this name (a tag, a branch, a commit id). */
export function isRevision(root: string, name: string): boolean {
  return !name.startsWith('-') && git(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]) !== undefined;
}

/** The contents of blobs by id, in one `git cat-file --batch`; ids Git does not have are left out. */
export function readBlobs(root: string, ids: Iterable<string>): Map<string, Uint8Array> {
  const wanted = [...new Set(ids)];
  const blobs = new Map<string, Uint8Array>();
  if (wanted.length === 0) return blobs;
  const output = git(root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  if (!output) return blobs;
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    if (lineEnd < 0) break;
    const [id = '', type, size] = output.subarray(offset, lineEnd).toString('latin1').split(' ');
    offset = lineEnd + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(id, output.subarray(offset, offset + length));
    // The content is followed by a line break.
    offset += length + 1;
  }
  return blobs;
}
