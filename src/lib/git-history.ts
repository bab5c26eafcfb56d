/**
 * Dates from Git: when each record last changed, and which version of the data a build
 * shows. Read with one `git log` call, so this stays fast with thousands of records.
 * Outside a Git checkout (or for files not yet committed) the file's own time is used.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export interface DataVersion {
  /** Short commit id of the last change to the records, if known. */
  commit?: string | undefined;
  /** Full commit id of the same commit, for links that must stay unambiguous (citations). */
  revision?: string | undefined;
  /** Whether the records have changes that are not committed yet. */
  modified: boolean;
  date: Date;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

export function readGitHistory(root: string, contentDir: string) {
  const lastCommitted = new Map<string, Date>();
  let latest: { commit: string; revision: string; date: Date } | undefined;
  const log = git(root, ['log', '--format=%x00%h %H %cI', '--name-only', '--', contentDir]);
  for (const chunk of (log ?? '').split('\0').slice(1)) {
    const [header = '', ...files] = chunk.trim().split('\n');
    const [commit = '', revision = '', iso = ''] = header.split(' ');
    const date = new Date(iso);
    latest ??= { commit, revision, date };
    for (const file of files) if (file && !lastCommitted.has(file)) lastCommitted.set(file, date);
  }
  const dirty = new Set(
    (git(root, ['status', '--porcelain', '--untracked-files=all', '--', contentDir]) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3).trim()),
  );

  const fileTime = (file: string) => {
    try {
      return statSync(join(root, file)).mtime;
    } catch {
      return undefined;
    }
  };

  return {
    /** When a record file last changed: its last commit, or its file time if uncommitted. */
    lastChanged(file: string): Date | undefined {
      return dirty.has(file) || !lastCommitted.has(file) ? fileTime(file) : lastCommitted.get(file);
    },
    dataVersion(): DataVersion {
      const modified = dirty.size > 0 || !latest;
      return { commit: latest?.commit, revision: latest?.revision, modified, date: modified ? new Date() : latest!.date };
    },
  };
}
