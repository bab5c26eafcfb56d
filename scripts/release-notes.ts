/**
 * npm run release-notes -- --from v1.0.0 --to v1.1.0 [--out versionshinweise.md]
 *
 * Release notes of the data between two tags (or commits): new records, records corrected
 * or completed (each change in words, as on /aenderungen/), removed records, and their
 * counts, as Markdown. Without --from, from the first commit; without --to, up to HEAD.
 * Names come from the records as they are checked out (the tag, when a release is built).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readChangeLog } from '../src/lib/change-log.ts';
import { registryNames } from '../src/lib/change-views.ts';
import { isRevision } from '../src/lib/git-changes.ts';
import { releaseNotes } from '../src/lib/release-notes.ts';
import { absoluteUrl, urls } from '../src/lib/urls.ts';
import { formatDay } from '../src/schemas/dates.ts';
import { registryFromFiles } from './lib/registry-from-files.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string', default: 'HEAD' },
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string' },
  },
});

const root = resolve(values.root);
const from = values.from?.trim() || undefined;
const to = values.to.trim() || 'HEAD';
for (const name of [from, to]) {
  if (name !== undefined && !isRevision(root, name)) {
    console.error(
      `✗ Git kennt „${name}“ nicht (oder hier ist kein Git-Repository). Bitte vorhandene Tags oder Commits angeben, z. B. --from v1.0.0 --to v1.1.0.`,
    );
    process.exit(1);
  }
}
const range = from ? `${from}..${to}` : to;

const { registry } = registryFromFiles({ root });
const pageOf = (kind: 'agreement' | 'organisation' | 'solution', id: string) => {
  const exists =
    kind === 'agreement' ? registry.agreement(id) : kind === 'organisation' ? registry.organisation(id) : registry.solution(id);
  if (!exists) return undefined;
  return absoluteUrl(kind === 'agreement' ? urls.agreement(id) : kind === 'organisation' ? urls.organisation(id) : urls.solution(id));
};
const notes = releaseNotes(readChangeLog(root, { range }), { from, to, names: registryNames(registry), pageOf, formatDay });

if (values.out) {
  writeFileSync(resolve(root, values.out), notes);
  console.error(`✓ ${values.out}`);
} else {
  process.stdout.write(notes);
}
