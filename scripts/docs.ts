/**
 * npm run docs [-- --check]
 *
 * Writes the tables of allowed values (kinds, statuses, steps, relations, legal forms)
 * into CONTRIBUTING.md from the schemas. With --check, only reports whether they are
 * up to date (exit code 1 if not); the tests do the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { updateContributing } from '../src/contribute/contributing-docs.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } } });
const file = join(values.root, 'CONTRIBUTING.md');
const current = readFileSync(file, 'utf8');
const updated = updateContributing(current);
if (current === updated) {
  console.log('✓ CONTRIBUTING.md ist aktuell.');
} else if (values.check) {
  console.error('✗ CONTRIBUTING.md weicht von den Schemas ab. „npm run docs“ schreibt die Tabellen neu.');
  process.exitCode = 1;
} else {
  writeFileSync(file, updated);
  console.log('✓ CONTRIBUTING.md: Tabellen aus den Schemas neu geschrieben.');
}
