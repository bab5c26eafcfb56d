/**
 * Dates from Git: when each record last changed, and which version of the data a build
 * shows. Read with one `git log` call, so this stays fast with thousands of records.
 * Outside a Git checkout (or for files not yet committed) the file's own time is used.
 *
 * Nothing here depends on the moment of the build: the same files give the same answers,
 * so that an incremental build and a cold build of the same records agree byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DataVersion {
  /** Short commit id of the last change to the records, if known. */
  commit?: string | undefined;
  /** Full commit id of the same commit, for links that must stay unambiguous (citations). */
  revision?: string | undefined;
  /** Whether the records have changes that are not committed yet. */
  modified: boolean;
  /** When the records last changed: the last commit, or the newest uncommitted file's time. */
  date: Date;
}

/** The commit that last changed one file. */
export interface FileCommit {
  commit: string;
  revision: string;
  date: Date;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function filesUnder(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

export function readGitHistory(root: string, contentDir: string) {
  const lastCommit = new Map<string, FileCommit>();
  let latest: FileCommit | undefined;
  const log = git(root, ['log', '--format=%x00%h %H %cI', '--name-only', '--', contentDir]);
  for (const chunk of (log ?? '').split('\0').slice(1)) {
    const [header = '', ...files] = chunk.trim().split('\n');
    const [commit = '', revision = '', iso = ''] = header.split(' ');
    const change = { commit, revision, date: new Date(iso) };
    latest ??= change;
    for (const file of files) if (file && !lastCommit.has(file)) lastCommit.set(file, change);
  }
  const status = git(root, ['status', '--porcelain', '--untracked-files=all', '--', contentDir]);
  // Outside a Git checkout every file counts as uncommitted.
  const dirty = new Set(
    status === undefined
      ? filesUnder(root, contentDir)
      : status
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3).trim()),
  );

  // Asked for every page that shows a record (its page, lists, feeds): each file once.
  const fileTimes = new Map<string, Date | undefined>();
  const fileTime = (file: string) => {
    if (fileTimes.has(file)) return fileTimes.get(file);
    let time: Date | undefined;
    try {
      time = statSync(join(root, file)).mtime;
    } catch {
      time = undefined;
    }
    fileTimes.set(file, time);
    return time;
  };
  const committed = (file: string) => (dirty.has(file) ? undefined : lastCommit.get(file));

  return {
    /** When a record file last changed: its last commit, or its file time if uncommitted. */
    lastChanged(file: string): Date | undefined {
      return committed(file)?.date ?? fileTime(file);
    },
    /** The commit that last changed a file whose content is committed as it is; undefined for uncommitted changes. */
    lastCommit(file: string): FileCommit | undefined {
      return committed(file);
    },
    dataVersion(): DataVersion {
      const modified = dirty.size > 0 || !latest;
      // Deleted files have no time; the newest of the others stands for the change.
      const times = [...dirty].flatMap((file) => fileTime(file)?.getTime() ?? []);
      const date = modified && times.length > 0 ? new Date(Math.max(...times, latest?.date.getTime() ?? 0)) : (latest?.date ?? new Date(0));
      return { commit: latest?.commit, revision: latest?.revision, modified, date };
    },
  };
}
