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
  {
    // The fast tests share one module registry per worker (isolate: false in
    // vitest.config.ts), so nothing one file changes may outlive it.
    files: ['tests/unit/**', 'tests/content/**', 'tests/validator/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'unmock', 'stubEnv', 'stubGlobal', 'spyOn', 'useFakeTimers', 'resetModules'].map((property) => ({
          object: 'vi',
          property,
          message: 'These tests share modules between files (isolate: false): pass what differs as an argument instead.',
        })),
        { object: 'process', property: 'chdir', message: 'These tests share one process: pass the folder as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression > MemberExpression.left[object.object.name='process'][object.property.name='env']",
          message: 'These tests share one process: give a child process its own env instead of changing process.env.',
        },
      ],
    },
  },
);
