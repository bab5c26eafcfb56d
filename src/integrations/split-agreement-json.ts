/**
 * Astro integration: after the build, writes each agreement of /api/v1/vereinbarungen.json
 * as its own file /api/v1/vereinbarungen/<id>.json. The entries are the list's entries, so
 * they cannot differ; writing them here instead of as one Astro route per agreement keeps
 * the build fast with thousands of records.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { urls, withoutBase } from '../lib/urls.ts';
import { afterBuild } from './after-build.ts';

export function splitAgreementJson(): AstroIntegration {
  return afterBuild('split-agreement-json', (outDir) => {
    const list = JSON.parse(readFileSync(join(outDir, withoutBase(urls.api('vereinbarungen.json'))), 'utf8')) as { data: { id: string }[] };
    mkdirSync(join(outDir, withoutBase(urls.api('vereinbarungen'))), { recursive: true });
    for (const agreement of list.data) writeFileSync(join(outDir, withoutBase(urls.apiAgreement(agreement.id))), JSON.stringify(agreement));
  });
}
