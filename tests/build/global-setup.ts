/** A folder of this test run in which build test files find the sites others built (shared-site.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  project.provide('sharedSites', mkdtempSync(join(tmpdir(), 'kooperationsatlas-shared-sites-')));
}
