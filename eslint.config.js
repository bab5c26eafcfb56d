// ESLint for TypeScript and Astro components. Style (line length, quotes, spacing) is
// Prettier's; these rules are about correctness. `npm run lint` allows no warnings.
import js from '@eslint/js';
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'export/**',
      'screenshots/**',
      '.astro/**',
      'node_modules/**',
      'schemas/**',
      'public/**',
      'scripts/peer-eleventy/_site/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused values are bugs or leftovers; a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Record text reaches pages only escaped; set:html is for trusted, generated markup.
      'astro/no-set-html-directive': 'off',
    },
  },
);
