/**
 * A project root holding the fixture corpus of tests/fixtures/model-v2 (invented records
 * for every situation the model must state) with the real Länder, independent of the
 * real agreements.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';

export const MODEL_FIXTURES = join(import.meta.dirname, 'fixtures', 'model-v2');
/** The forms model v3 added (memberships, shareholdings, party groups, municipal agreements …), in the same site. */
export const MODEL_V3_FIXTURES = join(import.meta.dirname, 'fixtures', 'model-v3');
/** More situations for what pages state (tests/fixtures/statements), added to the model fixtures. */
export const STATEMENT_FIXTURES = join(import.meta.dirname, 'fixtures', 'statements');
const PROJECT = join(import.meta.dirname, '..');

export function modelFixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-model-'));
  for (const dir of [CONTENT_PATHS.agreements, CONTENT_PATHS.organisations, CONTENT_PATHS.solutions])
    mkdirSync(join(root, dir), { recursive: true });
  for (const fixtures of [MODEL_FIXTURES, MODEL_V3_FIXTURES]) {
    cpSync(join(fixtures, 'agreements'), join(root, CONTENT_PATHS.agreements), { recursive: true });
    cpSync(join(fixtures, 'organisations'), join(root, CONTENT_PATHS.organisations), { recursive: true });
    cpSync(join(fixtures, 'solutions'), join(root, CONTENT_PATHS.solutions), { recursive: true });
  }
  cpSync(join(MODEL_FIXTURES, 'topics.yaml'), join(root, CONTENT_PATHS.topics));
  cpSync(join(MODEL_V3_FIXTURES, 'known-missing.yaml'), join(root, CONTENT_PATHS.knownMissing));
  cpSync(join(MODEL_V3_FIXTURES, 'known-totals.yaml'), join(root, CONTENT_PATHS.knownTotals));
  cpSync(join(PROJECT, CONTENT_PATHS.laender), join(root, CONTENT_PATHS.laender));
  return root;
}

/** The model fixtures plus the statement fixtures: every situation a page must state honestly. */
export function statementFixtureRoot(): string {
  const root = modelFixtureRoot();
  cpSync(join(STATEMENT_FIXTURES, 'agreements'), join(root, CONTENT_PATHS.agreements), { recursive: true });
  cpSync(join(STATEMENT_FIXTURES, 'organisations'), join(root, CONTENT_PATHS.organisations), { recursive: true });
  return root;
}
