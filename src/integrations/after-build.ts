/**
 * An Astro integration that writes or rewrites files in dist/ once all pages are built,
 * given the folder the build wrote to.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function afterBuild(name: string, run: (outDir: string) => void): AstroIntegration {
  return { name: `kooperationsatlas:${name}`, hooks: { 'astro:build:done': ({ dir }) => run(fileURLToPath(dir)) } };
}
