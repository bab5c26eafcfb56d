/**
 * Warnings: Markdown that silently shows something other than what the author wrote is
 * reported at its line as a warning, which keeps no record out of the content and leaves
 * `npm run validate` passing; errors next to it still fail the run.
 * The records are in tests/fixtures/warning-records/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_FEATURES } from '../../src/lib/content-safety.ts';
import { markdownSurprises, mayHoldMarkdownSurprise } from '../../src/validation/markdown-surprises.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, runValidate, SUBPROCESS_TIMEOUT } from './helpers.ts';

const WARNING_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'warning-records');
const fixture = (name: string) => readFileSync(join(WARNING_FIXTURES, name), 'utf8');

interface Case {
  fixture: string;
  line: number;
  column: number;
  message: RegExp;
}

const cases: Case[] = [
  {
    fixture: 'numbered-paragraph.mdx',
    line: 21,
    column: 1,
    message: /^Die Zeile beginnt mit „3\.“ und wird deshalb als nummerierte Liste .*bitte „3\\\.“ schreiben/,
  },
  {
    fixture: 'numbered-line-in-paragraph.mdx',
    line: 20,
    column: 1,
    message: /^Die Zeile beginnt mit „1\.“ .*mitten in einem Absatz .*bitte „1\\\.“ schreiben/,
  },
  {
    fixture: 'setext-heading-dashes.mdx',
    line: 20,
    column: 1,
    message:
      /^Die Zeile „---“ direkt unter Text macht diesen Text \(Zeile 19: „Beide Partner arbeiten zusammen\.“\) zur Überschrift.*Leerzeile davor.*„\*\*\*“/,
  },
  {
    fixture: 'setext-heading-equals.mdx',
    line: 20,
    column: 1,
    message: /^Die Zeile „===“ direkt unter Text macht diesen Text \(Zeile 19: .*\) zur Überschrift der obersten Ebene/,
  },
];

const bodyWarnings = (body: string) => markdownSurprises(mdxToMdast(body, { features: BODY_FEATURES, position: true }), body);

describe('warnings about Markdown surprises', () => {
  let root: string;
  let result: ReturnType<typeof validateContent>;
  const files = new Map<string, string>();

  beforeAll(() => {
    root = copyOfRealContent();
    for (const name of [...cases.map((testCase) => testCase.fixture), 'clean-markdown.mdx'])
      files.set(name, addRecord(root, name, fixture(name)));
    result = validateContent({ root });
  });

  it.each(cases)('$fixture: a warning at the right line and column', ({ fixture: name, line, column, message }) => {
    const mine = result.warnings.filter((warning) => warning.file === files.get(name));
    expect(mine).toEqual([
      { file: files.get(name), line, column, field: '(Text)', severity: 'warning', message: expect.stringMatching(message) },
    ]);
  });

  it('keeps warnings out of the errors, and records with only warnings in the content', () => {
    for (const name of ['numbered-paragraph.mdx', 'numbered-line-in-paragraph.mdx', 'setext-heading-dashes.mdx']) {
      expect(result.diagnostics.filter((diagnostic) => diagnostic.file === files.get(name))).toEqual([]);
      expect(result.content.agreements.has(name.replace('.mdx', ''))).toBe(true);
    }
    expect(result.diagnostics.every((diagnostic) => diagnostic.severity !== 'warning')).toBe(true);
    // A setext heading of the first level is also an error (only the title is one); the warning says where it came from.
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === files.get('setext-heading-equals.mdx'))).toEqual([
      expect.objectContaining({ line: 19, message: expect.stringMatching(/Überschriften im Text beginnen mit „##“/) }),
    ]);
    expect(result.content.agreements.has('setext-heading-equals')).toBe(false);
  });

  it('says nothing about lists, headings, rules and escaped numbers written as meant', () => {
    const file = files.get('clean-markdown.mdx');
    expect([...result.diagnostics, ...result.warnings].filter((diagnostic) => diagnostic.file === file)).toEqual([]);
    expect(result.content.agreements.has('clean-markdown')).toBe(true);
  });

  it('in any corpus: a file with warnings but no errors is valid content', () => {
    const real = validateContent();
    const withErrors = new Set(real.diagnostics.map((diagnostic) => diagnostic.file));
    for (const warning of real.warnings) {
      expect(warning.severity).toBe('warning');
      if (!withErrors.has(warning.file)) expect([...real.content.agreements.values()].map((record) => record.file)).toContain(warning.file);
    }
  });

  it('reports the warnings of a file again when it is found in the validation cache', () => {
    const cacheRoot = copyOfRealContent();
    const file = addRecord(cacheRoot, 'numbered-paragraph.mdx', fixture('numbered-paragraph.mdx'));
    for (let run = 0; run < 2; run++) {
      const cached = validateContent({ root: cacheRoot, cache: true });
      expect(cached.warnings.filter((warning) => warning.file === file)).toHaveLength(1);
    }
  });
});

describe('finding Markdown surprises in a body', () => {
  it('finds them inside quotes and list items, at the line of the marker or the underline', () => {
    const body = 'Einleitung.\n\n> Zitat\n>\n> 2. Mai 2020 begann es.\n\n- Punkt\n\n  Absatz im Punkt\n  ---\n';
    expect(bodyWarnings(body).map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 5, column: 3 },
      { line: 10, column: 3 },
    ]);
  });

  it('names the file lines of a heading that spans several lines', () => {
    const [warning] = markdownSurprises(
      mdxToMdast('Erste Zeile\nzweite Zeile\n---\n', { features: BODY_FEATURES, position: true }),
      'Erste Zeile\nzweite Zeile\n---\n',
      18,
    );
    expect(warning).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('(Zeilen 19–20: „Erste Zeile zweite Zeile“)') });
  });

  it('leaves alone what Markdown shows as written', () => {
    for (const body of [
      '## Überschrift\n\nText.',
      'Text.\n\n---\n\nText.',
      'Text.\n\n***\n\nText.',
      '1. eins\n2. zwei\n',
      '3\\. Oktober 2024 unterzeichneten beide.',
      'Am 3. Oktober 2024 unterzeichneten beide.',
      'Text\n\n- - -\n',
    ]) {
      expect(bodyWarnings(body), body).toEqual([]);
    }
  });

  it('asks for positions only where a surprise may be', () => {
    const may = (body: string) => mayHoldMarkdownSurprise(mdxToMdast(body, { features: BODY_FEATURES, position: false }), body);
    expect(may('Nur ein Absatz.\n\n## Titel\n\nText.')).toBe(false);
    expect(may('Text.\n\n---\n\n1. eins\n2. zwei')).toBe(false);
    expect(may('3. Oktober')).toBe(true);
    expect(may('Titel\n---')).toBe(true);
  });
});

describe('npm run validate with warnings', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('prints warnings labelled as such, as GitHub warnings, and exits with 0 when there are only warnings', () => {
    const root = copyOfRealContent();
    addRecord(root, 'numbered-paragraph.mdx', fixture('numbered-paragraph.mdx'));
    addRecord(root, 'setext-heading-dashes.mdx', fixture('setext-heading-dashes.mdx'));
    // Warnings of the real records (none are needed) are counted, not assumed away.
    const real = validateContent().warnings;
    const realFiles = new Set(real.map((warning) => warning.file)).size;
    const text = runValidate(root);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^src\/content\/agreements\/numbered-paragraph\.mdx:21:1 {2}\(Text\) {2}Warnung: Die Zeile beginnt mit „3\.“/m,
    );
    expect(text.stdout).toMatch(/^src\/content\/agreements\/setext-heading-dashes\.mdx:20:1 {2}\(Text\) {2}Warnung: Die Zeile „---“/m);
    expect(text.stdout).toMatch(
      new RegExp(`✓ \\d+ Dateien geprüft, keine Fehler \\([\\d,]+ s\\)\\. ${real.length + 2} Warnungen in ${realFiles + 2} Dateien`),
    );

    const github = runValidate(root, '--format', 'github');
    expect(github.status).toBe(0);
    expect(github.stdout).toMatch(
      /^::warning file=src\/content\/agreements\/numbered-paragraph\.mdx,line=21,col=1,title=Warnung zum Feld \(Text\)::Die Zeile beginnt mit „3\.“/m,
    );
    expect(github.stdout).toMatch(/^::warning file=src\/content\/agreements\/setext-heading-dashes\.mdx,line=20,col=1,/m);
    expect(github.stdout).not.toMatch(/^::error/m);
  });

  it('exits with 1 when there is an error besides a warning, and prints both, errors first', () => {
    const root = copyOfRealContent();
    addRecord(root, 'numbered-paragraph.mdx', fixture('numbered-paragraph.mdx').replace('  - org: kitu', '  - org: dataprot'));
    const { status, stdout } = runValidate(root, '--format', 'github');
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const error = lines.findIndex((line) =>
      /^src\/content\/agreements\/numbered-paragraph\.mdx:9:\d+ {2}parties\[1\]\.org {2}Unbekannte Kennung/.test(line),
    );
    const warning = lines.findIndex((line) =>
      /^src\/content\/agreements\/numbered-paragraph\.mdx:21:1 {2}\(Text\) {2}Warnung: /.test(line),
    );
    expect(error).toBeGreaterThanOrEqual(0);
    expect(warning).toBeGreaterThan(error);
    expect(stdout).toMatch(/^::error file=src\/content\/agreements\/numbered-paragraph\.mdx,line=9,/m);
    expect(stdout).toMatch(/^::warning file=src\/content\/agreements\/numbered-paragraph\.mdx,line=21,/m);
    expect(stdout).toMatch(/✗ 1 Fehler in 1 von \d+ Dateien .* \d+ Warnung(en)? in \d+ Datei/);
  });
});
