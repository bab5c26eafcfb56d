// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pruneCss } from './src/integrations/prune-css.ts';
import { contentSafetyPlugin } from './src/lib/content-safety.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: {
    // Stylesheets stay files: cached across pages, and all of them pass through pruneCss.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Records are untrusted: the safety plugin refuses code, unknown tags and unsafe links.
    processor: satteri({ mdastPlugins: [contentSafetyPlugin] }),
  },
  // Order matters: CSS is pruned before Pagefind reads the finished pages.
  integrations: [mdx(), sitemap(), pruneCss(), pagefindIndex()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro's own MDX modules carry a directive the bundler warns about once per
          // record; it is harmless and would drown real warnings at thousands of records.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
    css: {
      // KERN's Sass sources use syntax Sass now deprecates; that is KERN's to update.
      preprocessorOptions: { scss: { quietDeps: true } },
    },
  },
});
