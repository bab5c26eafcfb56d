/**
 * CITATION.cff follows the Citation File Format 1.2.0 (checked by hand against its rules:
 * required keys, known keys only, entity authors, SPDX licence, URLs) and agrees with
 * src/config.ts about licence, address and repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/config.ts';

const cff = parse(readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8')) as Record<string, unknown>;

const KNOWN_KEYS = [
  'abstract',
  'authors',
  'cff-version',
  'commit',
  'contact',
  'date-released',
  'doi',
  'identifiers',
  'keywords',
  'license',
  'license-url',
  'message',
  'preferred-citation',
  'references',
  'repository',
  'repository-artifact',
  'repository-code',
  'title',
  'type',
  'url',
  'version',
];

describe('CITATION.cff', () => {
  it('has the required keys of CFF 1.2.0 and no unknown ones', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) expect(typeof cff[key], key).toBe('string');
    for (const key of Object.keys(cff)) expect(KNOWN_KEYS, key).toContain(key);
    expect(cff.type).toBe('dataset');
  });

  it('names its authors as entities or persons, never empty', () => {
    const authors = cff.authors as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      const name = author.name ?? author['family-names'];
      expect(typeof name === 'string' && name.trim().length > 0).toBe(true);
    }
  });

  it('agrees with src/config.ts on licence, address and repository', () => {
    expect(cff.license).toBe(SITE.dataLicense.id);
    expect(new URL(String(cff.url)).href).toBe(new URL(SITE.url).href);
    expect(cff['repository-code']).toBe(SITE.forge.repository);
    expect(String(cff['repository-artifact'])).toBe(`${SITE.forge.repository}/releases`);
    for (const key of ['url', 'repository-code', 'repository-artifact']) expect(String(cff[key])).toMatch(/^https:\/\//);
  });

  it('has keywords as a list of non-empty strings', () => {
    const keywords = cff.keywords as unknown[];
    expect(keywords.length).toBeGreaterThan(0);
    for (const keyword of keywords) expect(typeof keyword === 'string' && keyword.length > 0).toBe(true);
  });
});
