/**
 * Hostile and broken input that concerns more than one file or the validator's own
 * output: relation cycles, broken reference files, and values that try to forge lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { formatDiagnostic, formatGithubAnnotation } from '../../src/validation/report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes, runValidate, SUBPROCESS_TIMEOUT } from './helpers.ts';

const valid = () => fixtureBytes('valid-minimal.mdx').toString('utf8');

/** The minimal record, related to `other` by `relation`. */
const relatedRecord = (other: string, relation: string) =>
  valid().replace('sources:', `related:\n  - agreement: ${other}\n    relation: ${relation}\nsources:`);

const relatedLine = 13;

describe('relation cycles', () => {
  it('rejects a chain of relations that leads back to its start, naming the chain in every record', () => {
    const root = copyOfRealContent();
    const a = addRecord(root, 'kreis-a.mdx', relatedRecord('kreis-b', 'ersetzt'));
    const b = addRecord(root, 'kreis-b.mdx', relatedRecord('kreis-c', 'aendert'));
    const c = addRecord(root, 'kreis-c.mdx', relatedRecord('kreis-a', 'ersetzt'));
    const { diagnostics } = validateContent({ root });
    const chain = '„kreis-a“ –ersetzt→ „kreis-b“ –aendert→ „kreis-c“ –ersetzt→ „kreis-a“';
    expect(diagnostics).toEqual(
      [a, b, c].map((file) => ({
        file,
        line: relatedLine,
        column: expect.any(Number),
        field: 'related[0].agreement',
        message: expect.stringContaining(`Die Beziehungen führen im Kreis: ${chain}.`),
      })),
    );
  });

  it('finds a cycle of any relation kinds, also behind records outside it', () => {
    const root = copyOfRealContent();
    addRecord(root, 'vorne.mdx', relatedRecord('ring-b', 'baut-auf'));
    addRecord(root, 'ring-b.mdx', relatedRecord('ring-c', 'setzt-um'));
    addRecord(root, 'ring-c.mdx', relatedRecord('ring-d', 'baut-auf'));
    addRecord(root, 'ring-d.mdx', relatedRecord('ring-b', 'aendert'));
    const { diagnostics } = validateContent({ root });
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.file))).toEqual(
      new Set(['ring-b', 'ring-c', 'ring-d'].map((id) => `${CONTENT_PATHS.agreements}/${id}.mdx`)),
    );
    expect(diagnostics[0]?.message).toContain('„ring-b“ –setzt-um→ „ring-c“ –baut-auf→ „ring-d“ –aendert→ „ring-b“');
  });

  it('accepts a chain without a loop', () => {
    const root = copyOfRealContent();
    addRecord(root, 'kette-a.mdx', relatedRecord('kette-b', 'ersetzt'));
    addRecord(root, 'kette-b.mdx', relatedRecord('kette-c', 'aendert'));
    addRecord(root, 'kette-c.mdx', relatedRecord('kette-ende', 'ersetzt'));
    addRecord(root, 'kette-ende.mdx', valid());
    expect(validateContent({ root }).diagnostics).toEqual([]);
  });
});

describe('a broken reference file', () => {
  it('is reported once, and the records that point into it are not blamed', () => {
    const root = copyOfRealContent();
    const topics = join(root, CONTENT_PATHS.topics);
    writeFileSync(topics, readFileSync(topics, 'utf8').replace('label: Beschaffung', 'label: [Beschaffung'));
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: CONTENT_PATHS.topics,
        line: 11,
        message: expect.stringMatching(/Klammer \[ oder \{ wurde nicht geschlossen/),
      }),
    ]);
  });

  it('is reported once when it is not a list', () => {
    const root = copyOfRealContent();
    writeFileSync(join(root, CONTENT_PATHS.laender), 'niedersachsen: Niedersachsen\n');
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: CONTENT_PATHS.laender, message: expect.stringMatching(/Erwartet wird eine Liste von Länder/) }),
    ]);
  });

  it('an organisation with a syntax error is reported once, not in every record naming it', () => {
    const root = copyOfRealContent();
    const kitu = join(root, CONTENT_PATHS.organisations, 'kitu.yaml');
    writeFileSync(kitu, `${readFileSync(kitu, 'utf8')}\nfoo: [\n`);
    const { diagnostics } = validateContent({ root });
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.file))).toEqual(new Set([`${CONTENT_PATHS.organisations}/kitu.yaml`]));
    expect(diagnostics).toHaveLength(1);
  });

  it('a key that js-yaml reads as a string is located on its own line', () => {
    const root = copyOfRealContent();
    const dataport = join(root, CONTENT_PATHS.organisations, 'dataport.yaml');
    writeFileSync(dataport, readFileSync(dataport, 'utf8').replace('seat: Altenholz\n', 'seat: Altenholz\n2021: Umzug\n'));
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 6, column: 1, field: '2021', message: expect.stringMatching(/Unbekanntes Feld „2021“/) }),
    ]);
  });
});

describe('the validator’s own output', { timeout: SUBPROCESS_TIMEOUT }, () => {
  const forged = 'dataport\n::error file=README.md,line=1::Alles in Ordnung\n\u001b[2J\u202e';

  it('shows every value on one line, with control characters visible', () => {
    const diagnostic = {
      file: 'src/content/agreements/x.mdx',
      line: 9,
      column: 3,
      field: 'parties[1].org',
      message: `Unbekannte Kennung „${forged}“.`,
    };
    const line = formatDiagnostic(diagnostic);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('„dataport\\n::error file=README.md,line=1::Alles in Ordnung\\n\\x1b[2J\\u202e“');
    const annotation = formatGithubAnnotation(diagnostic);
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).toMatch(
      /^::error file=src\/content\/agreements\/x\.mdx,line=9,col=3,title=Feld parties\[1\]\.org::Unbekannte Kennung „dataport%0A::error file=README\.md,line=1::Alles in Ordnung%0A\\x1b\[2J\\u202e“\.$/,
    );
  });

  const run = runValidate;

  it('npm run validate cannot be made to print an annotation command or a terminal escape', () => {
    const root = copyOfRealContent();
    addRecord(root, 'gefaelscht.mdx', valid().replace('  - org: kitu', `  - org: ${JSON.stringify(forged)}`));
    const text = run(root);
    expect(text.status).toBe(1);
    expect(text.stdout).not.toMatch(/^::/m);
    // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
    expect(text.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(text.stdout).toMatch(/^src\/content\/agreements\/gefaelscht\.mdx:9:\d+ {2}parties\[1\]\.org {2}.*\\n::error file=README\.md/m);
    const github = run(root, '--format', 'github');
    const commands = github.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.every((line) => line.startsWith('::error file=src/content/agreements/gefaelscht.mdx,'))).toBe(true);
    // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
    expect(github.stdout).not.toMatch(/[\u001b\u202e]/);
  });
});
