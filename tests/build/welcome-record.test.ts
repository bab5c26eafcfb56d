/**
 * Every valid pull request must pass CI. A contributor adds a valid record (with a new
 * organisation, for a Land that had none); in a copy of the project the whole fast test
 * project (unit, content, validator) must stay green — no test may count today's records.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempProject } from '../../scripts/lib/temp-project.ts';

const RECORD = `---
title: Kooperationsvereinbarung über einen gemeinsamen Testdienst
kind: kooperationsvereinbarung
summary: Ein neuer Dienstleister und zwei Länder vereinbaren einen gemeinsamen Dienst.
status: in-kraft
parties:
  - land: bayern
    steps:
      - { type: unterzeichnung, date: 2024-03-01, sources: [meldung] }
      - { type: inkrafttreten, date: 2024-04-01 }
  - land: saarland
    steps:
      - { type: unterzeichnung, date: 2024-03-05 }
  - org: neuer-testdienstleister
topics:
  - nachnutzung
sources:
  - id: meldung
    url: https://www.bayern.de/testmeldung-gemeinsamer-dienst
    title: Gemeinsamer Dienst vereinbart
    publisher: Bayerische Staatskanzlei
    published: 2024-03-01
---

Ein Text in eigenen Worten.
`;

const ORGANISATION = `name: Neuer Testdienstleister
kind: it-dienstleister
legalForm: aoer
land: bayern
owners:
  - land: bayern
    since: 2020
description: Ein neuer Dienstleister.
`;

describe('a valid new record', () => {
  it('keeps the fast test project green', () => {
    const root = tempProject('kooperationsatlas-welcome-');
    for (const entry of [
      'tests',
      'vitest.config.ts',
      'schemas',
      'README.md',
      'CONTRIBUTING.md',
      'CITATION.cff',
      'LICENSE',
      'LICENSE-DATA.md',
      '.github',
      '.ci',
    ])
      cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
    mkdirSync(join(root, 'src/content/agreements'), { recursive: true });
    writeFileSync(join(root, 'src/content/agreements/bayern-saarland-testdienst-2024.mdx'), RECORD);
    writeFileSync(join(root, 'src/content/organisations/neuer-testdienstleister.yaml'), ORGANISATION);
    const run = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'unit'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-4000)).toBe(0);
  });
});
