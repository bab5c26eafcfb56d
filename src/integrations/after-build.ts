/**
 * An Astro integration that writes or rewrites files in dist/ once all pages are built,
 * given the folder the build wrote to and the site paths of its pages ("laender/").
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function afterBuild(name: string, run: (outDir: string, pages: string[]) => void | Promise<void>): AstroIntegration {
  return {
    name: `kooperationsatlas:${name}`,
    hooks: {
      'astro:build:done': ({ dir, pages }) =>
        run(
          fileURLToPath(dir),
          pages.map((page) => page.pathname),
        ),
    },
  };
}
