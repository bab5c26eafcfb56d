/**
 * Astro integration: after the build, writes each agreement of /api/v1/vereinbarungen.json
 * as its own file /api/v1/vereinbarungen/<id>.json. The entries are the list's entries, so
 * they cannot differ; writing them here instead of as one Astro route per agreement keeps
 * the build fast with thousands of records. Where dist/ was kept from the last build, only
 * files whose content changed are written (kept-output.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { urls, withoutBase } from '../lib/urls.ts';
import { afterBuild } from './after-build.ts';
import { writeOutput } from './kept-output.ts';

export function splitAgreementJson(): AstroIntegration {
  return afterBuild('split-agreement-json', (outDir) => {
    const list = JSON.parse(readFileSync(join(outDir, withoutBase(urls.api('vereinbarungen.json'))), 'utf8')) as { data: { id: string }[] };
    for (const agreement of list.data)
      writeOutput(outDir, withoutBase(urls.apiAgreement(agreement.id)).replace(/^\//, ''), JSON.stringify(agreement));
  });
}
