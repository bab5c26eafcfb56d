/**
 * The validator and the content loader split records into frontmatter and body with
 * splitFrontmatter, which replaced gray-matter there. It must cut every text that passes
 * the opening check exactly where gray-matter cut it, edge cases included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { splitFrontmatter } from '../../src/validation/source-file.ts';
import { FIXTURES } from './helpers.ts';

/** What gray-matter returned with the options the validator used (YAML left unparsed). */
function grayMatterSplit(text: string) {
  const parts = matter(text, { engines: { yaml: () => ({}) } });
  return { matter: parts.matter, content: parts.content };
}

const EDGE_CASES = [
  '---\ntitle: A\n---\nBody\n',
  '---\ntitle: A\n---',
  '---\ntitle: A\n---\n',
  '---\ntitle: A\n---\n\n\nBody after blank lines\n',
  '---\ntitle: A\n---   \nBody after trailing spaces on the closing line\n',
  '---\ntitle: A\n----\nFour dashes close it too\n',
  '---\ntitle: A\n---x\nText right after the dashes\n',
  '---\n---\nEmpty frontmatter\n',
  '---\n\n---\nBlank frontmatter\n',
  '--- \t\ntitle: A\n---\nSpaces after the opening dashes\n',
  '---\ntitle: A\nno closing line at all\n',
  '---\ntitle: A\n---\nBody\n---\nA second block in the body\n',
  '---\ntitle: |\n  text\n  ---\n---\nIndented dashes do not close\n',
  '---\ntitle: A\n---\r\nCarriage return after the closing line\n',
  '---\ntitle: A\n---\r\rTwo carriage returns\n',
  '---\n# only a comment\n---\nBody\n',
];

function realRecords(): string[] {
  const dir = join(import.meta.dirname, '..', '..', CONTENT_PATHS.agreements);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function fixtures(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(FIXTURES, name), 'latin1'))
    .filter((text) => /^---[ \t]*\n/.test(text));
}

describe('splitFrontmatter', () => {
  it.each(EDGE_CASES.map((text) => [JSON.stringify(text), text]))('cuts %s as gray-matter did', (_, text) => {
    expect(splitFrontmatter(text)).toEqual(grayMatterSplit(text));
  });

  it('cuts every real record and every bad-record fixture as gray-matter did', () => {
    const texts = [...realRecords(), ...fixtures()];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(splitFrontmatter(text)).toEqual(grayMatterSplit(text));
  });
});
