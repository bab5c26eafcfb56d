/**
 * Astro integration: builds the Pagefind search index from the finished pages, in German,
 * into dist/pagefind/. Only the record content marked with data-pagefind-body is indexed,
 * not navigation; facets come from data-pagefind-filter attributes in the pages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const PAGEFIND_DIR = 'pagefind';

/**
 * The pages that carry data-pagefind-body: one record each. Naming them spares Pagefind
 * from reading every list page, which at 10,000 records halves the indexing time.
 */
export const INDEXED_PAGES = '{vereinbarungen,laender,organisationen,themen,loesungen}/*/index.html';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kooperationsatlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} files in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
