// @ts-check
import mdx from '@astrojs/mdx';
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
import { sitemap } from './src/integrations/sitemap.ts';
import { recordReload } from './src/integrations/record-reload.ts';

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
  // MDX is for the maintainers' own editorial pages (src/pages/**/*.mdx and the parts in
  // src/editorial/), which may use the site's components. Contributed records are MDX files
  // too, but never compiled: only their own loader reads them, checks them and renders them
  // to HTML (src/content-loaders/agreements.ts); nothing imports them, so the integration
  // never sees them (tests/unit/mdx-boundary.test.ts).
  // Order matters: CSS is pruned before Pagefind reads the finished pages, and keptOutput
  // comes last and removes what no step before it produced.
  integrations: [operatorGuard(), mdx(), sitemap(), splitAgreementJson(), splitCitations(), pruneCss(), pagefindIndex(), keptOutput()],
  vite: {
    // KERN's Sass, compiled on the first build and kept while its sources are unchanged (src/styles/styles-cache.ts).
    // recordReload: `npm run dev` reloads when a record changes (the registry reads them itself).
    plugins: [cachedStyles(), recordReload()],
    css: {
      // KERN's Sass sources use syntax Sass now deprecates; that is KERN's to update.
      preprocessorOptions: { scss: { quietDeps: true } },
    },
  },
});
