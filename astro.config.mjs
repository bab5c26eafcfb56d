// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { operatorGuard } from './src/integrations/operator-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pruneCss } from './src/integrations/prune-css.ts';
import { cachedStyles } from './src/styles/styles-cache.ts';
import { splitAgreementJson } from './src/integrations/split-agreement-json.ts';
import { splitCitations } from './src/integrations/split-citations.ts';
import { keptOutput } from './src/integrations/kept-output.ts';

export default defineConfig({
  site: SITE.url,
  // "/" on a domain of its own, "/<repository>/" on <owner>.github.io; urls.ts adds it to every link.
  base: siteAddress(SITE.url).basePath,
  trailingSlash: 'always',
  // The content layer's data store lives here between builds, so a rebuild only re-reads
  // changed records. In the project folder rather than in node_modules/.astro, because
  // temporary copies of the project (tests, benchmarks) share node_modules by a symlink.
  cacheDir: './.astro/cache',
  experimental: {
    // A page whose getStaticPaths() entry has an unchanged cacheKey (a hash of what it
    // shows, src/lib/page-key.ts) and unchanged code is copied from the last build instead
    // of rendered again. The cache lives in cacheDir; `npm run build -- --force` ignores it.
    incrementalBuild: true,
  },
  build: {
    // Stylesheets stay files: cached across pages, and all of them pass through pruneCss.
    inlineStylesheets: 'never',
    // Pages wait on file writes; rendering several at once keeps the CPU busy meanwhile.
    concurrency: 16,
  },
  // Records are MDX files, but never compiled: their loader checks them and renders them to
  // HTML (src/content-loaders/agreements.ts), so no MDX integration is needed or wanted.
  // Order matters: keptOutput comes last, and removes what no step before it produced.
  integrations: [operatorGuard(), sitemap(), splitAgreementJson(), splitCitations(), pruneCss(), pagefindIndex(), keptOutput()],
  vite: {
    // KERN's Sass, compiled on the first build and kept while its sources are unchanged (src/styles/styles-cache.ts).
    plugins: [cachedStyles()],
    css: {
      // KERN's Sass sources use syntax Sass now deprecates; that is KERN's to update.
      preprocessorOptions: { scss: { quietDeps: true } },
    },
  },
});
