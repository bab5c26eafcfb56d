/**
 * The static citation files of each agreement (zitat.bib, zitat.ris, zitat.json). One
 * build-only route gathers them all (src/pages/zitate-bundle.json.ts) and the integration
 * src/integrations/split-citations.ts writes each as its own file next to the agreement's
 * page, then removes the bundle: the files are the same as from one route per agreement
 * and format, and the build spares 3 routes per agreement.
 */
import type { APIRoute } from 'astro';
import { agreementCitation } from './agreement-citation.ts';
import { CITATION_FORMATS } from './citation.ts';
import { history, registry } from './registry.ts';
import { urls, withoutBase } from './urls.ts';
import { agreementKinds } from '../schemas/agreement.ts';

/** Path within dist/ (without the base path) and content of every citation file. */
export function citationFiles(): [string, string][] {
  return registry.agreements.flatMap((agreement) => {
    const data = agreementCitation({
      id: agreement.id,
      title: agreement.data.title,
      filePath: agreement.record.filePath,
      genre: agreementKinds.labels[agreement.data.kind],
      lastChanged: history.lastChanged(agreement.record.filePath)?.toISOString(),
      pinned: history.lastCommit(agreement.record.filePath),
    });
    const page = withoutBase(urls.agreement(agreement.id)).replace(/^\//, '');
    return CITATION_FORMATS.map((format): [string, string] => [`${page}${format.file}`, format.render(data)]);
  });
}

export const GET: APIRoute = () => new Response(JSON.stringify(citationFiles()), { headers: { 'Content-Type': 'application/json' } });
