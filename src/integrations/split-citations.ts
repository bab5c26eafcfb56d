/**
 * Astro integration: after the build, writes the citation files of every agreement
 * (zitat.bib, zitat.ris, zitat.json next to its page) from the bundle that one route
 * renders (src/lib/citation-endpoints.ts), and removes the bundle. One route instead of
 * three per agreement: at 10,000 records that spares Astro 30,000 routes. Where dist/ was
 * kept from the last build, only files whose content changed are written (kept-output.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { writeOutput } from './kept-output.ts';

/** The bundle's place in dist/, as the route src/pages/zitate-bundle.json.ts names it. */
export const CITATION_BUNDLE = 'zitate-bundle.json';

export function splitCitations(): AstroIntegration {
  return afterBuild('split-citations', (outDir) => {
    const bundle = join(outDir, CITATION_BUNDLE);
    const files = JSON.parse(readFileSync(bundle, 'utf8')) as [string, string][];
    // Each agreement's folder exists already: its page was written there.
    for (const [path, content] of files) writeOutput(outDir, path, content);
    rmSync(bundle);
  });
}
