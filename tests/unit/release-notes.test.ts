/** Release notes between two tags, from the fixture repository with known commits (tests/change-fixture.ts). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangeLog } from '../../src/lib/change-log.ts';
import { plainNames } from '../../src/lib/record-diff.ts';
import { markdownText, releaseNotes } from '../../src/lib/release-notes.ts';
import { formatDay } from '../../src/schemas/dates.ts';
import { fixtureRepo, type FixtureRepo } from '../change-fixture.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/release-notes.ts');
let repo: FixtureRepo;

beforeAll(() => {
  repo = fixtureRepo();
  repo.git('tag', 'v1', repo.commits.start);
  repo.git('tag', 'v2', repo.commits.fixed);
  repo.git('tag', 'v3');
});
afterAll(() => repo.cleanup());

const notes = (from: string | undefined, to: string) =>
  releaseNotes(readChangeLog(repo.root, { range: from ? `${from}..${to}` : to }), {
    from,
    to,
    names: plainNames,
    pageOf: (kind, id) => (kind === 'agreement' ? `https://example.org/vereinbarungen/${id}/` : undefined),
    formatDay,
  });

describe('release notes', () => {
  it('list the corrected fields of each record between two tags, with counts', () => {
    expect(notes('v1', 'v2')).toBe(
      [
        '# Änderungen an den Daten von v1 bis v2',
        '',
        '3 Commits mit Änderungen an Einträgen, vom 3. Februar 2026 bis zum 5. März 2026.',
        '',
        '| | Vereinbarungen | Organisationen | Lösungen |',
        '| --- | ---: | ---: | ---: |',
        '| Neu | 0 | 0 | 0 |',
        '| Berichtigt oder ergänzt | 1 | 0 | 0 |',
        '| Entfernt | 0 | 0 | 0 |',
        '',
        '## Berichtigte und ergänzte Einträge',
        '',
        // Named as it was at v2 (it was renamed later).
        '### Vereinbarung: [Kooperation A](https://example.org/vereinbarungen/kooperation-a/)',
        '',
        '- Zusammenfassung überarbeitet',
        '- Status: unterzeichnet → in Kraft',
        '- Datum der Unterzeichnung genauer: 2019 → 18. Juni 2019',
        '- Ereignis ergänzt: In Kraft getreten, 1. Januar 2020',
        '- Quelle ergänzt: „Bericht über die Kooperation“ \\(Testverlag\\)',
        '- Datei geändert \\(nicht lesbar\\)',
        '- Ort der Unterzeichnung ergänzt: Kiel',
        '',
      ].join('\n'),
    );
  });

  it('list new and removed records', () => {
    const text = notes('v2', 'v3');
    expect(text).toContain('| Neu | 0 | 0 | 1 |');
    expect(text).toContain('| Entfernt | 0 | 1 | 0 |');
    expect(text).toContain('## Neue Einträge\n\n- Lösung: Test\\-Dienst\n');
    expect(text).toContain('## Entfernte Einträge\n\n- Organisation: Test\\-Verbund eG (test-verbund)\n');
    // Everything from the first commit: the records added then are new.
    expect(notes(undefined, 'v1')).toContain('- Vereinbarung: [Kooperation A]');
  });

  it('escape Markdown in record text', () => {
    expect(markdownText('A *fett* [Link](x) <b>')).toBe('A \\*fett\\* \\[Link\\]\\(x\\) \\<b\\>');
  });

  it('run as npm run release-notes, and explain an unknown tag', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--root', repo.root, ...args], { encoding: 'utf8' });
    const result = run('--from', 'v1', '--to', 'v2', '--out', 'notes.md');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(repo.root, 'notes.md'), 'utf8')).toContain('# Änderungen an den Daten von v1 bis v2');
    const unknown = run('--from', 'v9');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Git kennt „v9“ nicht');
  }, 60_000);
});
