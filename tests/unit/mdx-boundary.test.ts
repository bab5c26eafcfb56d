/**
 * Editorial pages are MDX compiled by @astrojs/mdx; contributed records are MDX files too
 * but never compiled. A record with an MDX expression or an ESM statement still fails
 * validation with its line, is refused by the loader the build uses, and its code never
 * runs; no module of the site imports a record, so the MDX integration never sees one.
 * (tests/build/build-guards.test.ts runs a whole build with such a record.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { agreementBodyHtml, readAgreementRecords } from '../../src/content-loaders/agreements.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes } from '../validator/helpers.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const MARKER = '__kooperationsatlasRecordRan';
const body = [
  `export const ran = (globalThis.${MARKER} = 'export');`,
  '',
  `Ein Satz mit Ausdruck: {globalThis.${MARKER} = 'expression'}.`,
  '',
  `<Zitat von={globalThis.${MARKER} = 'attribute'} quelle="meldung">Text</Zitat>`,
].join('\n');
const record = () => `${fixtureBytes('valid-minimal.mdx').toString('utf8').trimEnd()}\n\n${body}\n`;

describe('contributed records are never compiled, editorial pages are', () => {
  it('the site uses the official MDX integration for its own pages', () => {
    expect(config.integrations?.map((integration) => (integration as { name: string }).name)).toContain('@astrojs/mdx');
    const pages = readdirSync(join(PROJECT, 'src', 'pages'), { recursive: true }).map(String);
    expect(pages).toContain('methodik.mdx');
  });

  it('a record with an MDX expression or an export fails validation at its line, and nothing of it runs', () => {
    const root = copyOfRealContent();
    const file = addRecord(root, 'mit-code.mdx', record());
    const { diagnostics, content } = validateContent({ root });
    const mine = diagnostics.filter((diagnostic) => diagnostic.file === file);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((diagnostic) => diagnostic.line !== undefined && diagnostic.line > 1)).toBe(true);
    expect(mine.map((diagnostic) => diagnostic.message).join(' ')).toMatch(/import|export|Geschweifte Klammern/);
    expect(content.agreements.has('mit-code')).toBe(false);
    expect((globalThis as Record<string, unknown>)[MARKER]).toBeUndefined();
  });

  it('the build’s reader refuses it too, without running it', () => {
    const root = copyOfRealContent();
    addRecord(root, 'mit-code.mdx', record());
    const records = readAgreementRecords(root);
    const withCode = records.find((entry) => entry.id === 'mit-code')!;
    expect(() => agreementBodyHtml(withCode)).toThrow(/mit-code\.mdx/);
    expect((globalThis as Record<string, unknown>)[MARKER]).toBeUndefined();
  });

  it('no module of the site imports a record, so the MDX integration never compiles one', () => {
    const sources = readdirSync(join(PROJECT, 'src'), { recursive: true })
      .map(String)
      .filter((path) => /\.(astro|ts|mjs|mdx)$/.test(path))
      .map((path) => join(PROJECT, 'src', path));
    const recordDir = CONTENT_PATHS.agreements.replace(/^src\//, '');
    for (const path of [...sources, join(PROJECT, 'astro.config.mjs')]) {
      const text = readFileSync(path, 'utf8');
      const imports = [...text.matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      const globs = [...text.matchAll(/import\.meta\.glob\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      for (const target of [...imports, ...globs])
        expect(target.includes(recordDir) || /agreements\/[^'"]*\.mdx/.test(target), `${relative(PROJECT, path)} imports ${target}`).toBe(
          false,
        );
    }
    // The records reach Astro only through the project's own reader (src/lib/registry.ts), never a collection or glob loader that would hand them to the integration.
    const collections = readFileSync(join(PROJECT, 'src', 'content.config.ts'), 'utf8');
    expect(collections).not.toMatch(/\bagreements:/);
    expect(collections).not.toMatch(/\bglob\(/);
    expect(readFileSync(join(PROJECT, 'src', 'lib', 'registry.ts'), 'utf8')).toMatch(/readAgreementRecords\(/);
  });
});
