// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config.ts';
import { contentSafetyPlugin } from './src/lib/content-safety.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  markdown: {
    // Records are untrusted: the safety plugin refuses code, unknown tags and unsafe links.
    processor: satteri({ mdastPlugins: [contentSafetyPlugin] }),
  },
  integrations: [mdx()],
});
