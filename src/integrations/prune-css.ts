/**
 * Astro integration: after the build, removes the CSS rules and custom properties no
 * page uses. KERN ships every token and component; the site needs a fraction, and every
 * byte counts for readers on slow connections (see docs/benchmarks.md).
 *
 * The selectors in use are read from the templates (src/) and the built client scripts,
 * not from every generated page, so the cost does not grow with the number of records.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PurgeCSS } from 'purgecss';

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function pruneCss(): AstroIntegration {
  return {
    name: 'kooperationsatlas:prune-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cssFiles = filesIn(outDir, '.css');
        if (cssFiles.length === 0) return;
        const before = cssFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);
        const results = await new PurgeCSS().purge({
          content: [
            ...filesIn('src', '.astro'),
            ...filesIn('src', '.ts'),
            ...filesIn(outDir, '.js'),
            // Pages the templates do not spell out literally, such as the 404 page.
            join(outDir, '404.html'),
          ].filter((file) => !file.endsWith('.d.ts')),
          css: cssFiles,
          variables: true,
          keyframes: true,
          // Fonts are referenced through KERN's custom properties, which PurgeCSS cannot follow.
          fontFace: false,
          safelist: {
            // Elements that only appear in rendered Markdown or as states.
            standard: ['html', 'body', 'blockquote', 'figure', 'figcaption', 'code', 'strong', 'em', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'ul', 'li', 'h2', 'h3', 'h4', 'p', 'a', 'mark', 'cite'],
          },
        });
        let after = 0;
        for (const result of results) {
          if (!result.file) continue;
          writeFileSync(result.file, result.css);
          after += Buffer.byteLength(result.css);
        }
        logger.info(`CSS ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB`);
      },
    },
  };
}
