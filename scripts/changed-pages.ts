/**
 * npm run changed-pages -- --base origin/main [--dist dist] [--artifact website]
 *
 * Lists the pages a change adds, alters or removes, as Markdown for a pull request's job
 * summary: derived from the record files changed since the merge base with --base (see
 * scripts/lib/changed-pages.ts). With --dist, pages missing from that build are flagged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withoutBase } from '../src/lib/urls.ts';
import { changedPages, parseNameStatus, summaryMarkdown, type FileChange } from './lib/changed-pages.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'origin/main' },
    root: { type: 'string', default: process.cwd() },
    dist: { type: 'string' },
    artifact: { type: 'string' },
  },
});

const git = (args: string[]) => execFileSync('git', args, { cwd: values.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let nameStatus: string;
try {
  nameStatus = git(['diff', '--name-status', '--find-renames', `${values.base}...HEAD`]);
} catch {
  console.error(`✗ Der Vergleich mit „${values.base}“ ist nicht möglich. Ist die Vergleichsversion abgerufen (git fetch, volle Historie)?`);
  process.exit(1);
}

const changes: FileChange[] = parseNameStatus(nameStatus).map(({ status, path }) => {
  let text: string | undefined;
  try {
    text = status === 'deleted' ? git(['show', `${values.base}:${path}`]) : readFileSync(join(values.root, path), 'utf8');
  } catch {
    text = undefined;
  }
  return { status, path, text };
});

const result = changedPages(changes);
const missing = values.dist
  ? new Set(
      result.pages
        .filter((page) => !existsSync(join(values.root, values.dist!, withoutBase(page.path), 'index.html')))
        .map((page) => page.path),
    )
  : undefined;
process.stdout.write(summaryMarkdown(result, { missing, artifact: values.artifact }));
