/**
 * One fixture per class of bad input. Each must produce a message that names the file,
 * the line (and field where there is one) and says what is wrong in German, while the
 * real records next to it still validate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes, runValidate, SUBPROCESS_TIMEOUT } from './helpers.ts';

interface Case {
  fixture: string;
  line: number;
  field: string;
  message: RegExp;
  /** Bytes to write instead of the fixture file, for encodings an editor would "fix". */
  bytes?: () => Uint8Array | string;
}

const valid = () => fixtureBytes('valid-minimal.mdx').toString('utf8');

const cases: Case[] = [
  { fixture: 'unknown-field.mdx', line: 2, field: 'titel', message: /Unbekanntes Feld „titel“\. Meinten Sie „title“\?/ },
  {
    fixture: 'unknown-organisation.mdx',
    line: 9,
    field: 'parties[1].org',
    message: /Unbekannte Kennung „dataprot“.*Meinten Sie „dataport“\?/,
  },
  { fixture: 'invalid-kind.mdx', line: 3, field: 'kind', message: /„vertrag“ ist hier nicht erlaubt\..*Erlaubt: staatsvertrag/ },
  { fixture: 'impossible-date.mdx', line: 6, field: 'signed', message: /„2020-02-30“ gibt es im Kalender nicht/ },
  { fixture: 'future-date.mdx', line: 6, field: 'signed', message: /in der Zukunft/ },
  { fixture: 'events-out-of-order.mdx', line: 21, field: 'events[1].date', message: /zeitlicher Reihenfolge/ },
  { fixture: 'self-relation.mdx', line: 18, field: 'related[0].agreement', message: /nicht mit sich selbst/ },
  {
    fixture: 'unknown-related-agreement.mdx',
    line: 18,
    field: 'related[0].agreement',
    message: /Vereinbarung.*Meinten Sie „beispiel-vereinbarung-2019“\?/,
  },
  { fixture: 'unsafe-source-url.mdx', line: 14, field: 'sources[0].url', message: /https:\/\/.*Gefunden: „javascript:alert/ },
  {
    fixture: 'unencoded-source-url.mdx',
    line: 14,
    field: 'sources[0].url',
    message: /kodiert werden müssen; kodiert lautet sie „https:\/\/example\.org\/Zusammenarbeit%20zwischen%20Bund%20und%20L%C3%A4ndern“/,
  },
  { fixture: 'missing-sources.mdx', line: 2, field: 'sources', message: /Pflichtfeld „sources“ fehlt/ },
  { fixture: 'yaml-syntax-error.mdx', line: 5, field: '', message: /Klammer \[ oder \{ wurde nicht geschlossen.*\(YAML: / },
  { fixture: 'missing-frontmatter.mdx', line: 1, field: '', message: /Frontmatter-Block fehlt/ },
  { fixture: 'unclosed-frontmatter.mdx', line: 1, field: '', message: /nicht geschlossen/ },
  { fixture: 'empty-file.mdx', line: 1, field: '', message: /Datei ist leer/ },
  { fixture: 'mdx-import.mdx', line: 19, field: '(Text)', message: /„import“ und „export“ sind in Einträgen nicht erlaubt/ },
  { fixture: 'mdx-expression.mdx', line: 19, field: '(Text)', message: /Geschweifte Klammern/ },
  { fixture: 'mdx-script-tag.mdx', line: 21, field: '(Text)', message: /Das Element <script> ist nicht erlaubt/ },
  { fixture: 'mdx-javascript-link.mdx', line: 19, field: '(Text)', message: /Link-Ziel „javascript:alert\(1\)“ ist nicht erlaubt/ },
  { fixture: 'mdx-quote-unknown-source.mdx', line: 19, field: '(Text)', message: /keine Quelle mit der Kennung „unbekannt“/ },
  {
    fixture: 'mdx-uncited-number.mdx',
    line: 19,
    field: '(Text)',
    message: /Der Absatz nennt eine Zahl oder ein Datum \(„2027“\) ohne Beleg: bitte mit <Beleg quelle="kennung" \/>/,
  },
  {
    fixture: 'mdx-beleg-unknown-source.mdx',
    line: 19,
    field: '(Text)',
    message: /<Beleg quelle="meldnug">: keine Quelle mit der Kennung „meldnug“\. Meinten Sie „meldung“\?/,
  },
  {
    fixture: 'summary-number-without-source.mdx',
    line: 2,
    field: 'summarySources',
    message: /Die Zusammenfassung nennt eine Zahl oder ein Datum \(„2020“\): bitte unter „summarySources“/,
  },
  { fixture: 'mdx-heading-level-1.mdx', line: 19, field: '(Text)', message: /Überschriften im Text beginnen mit „##“/ },
  { fixture: 'mdx-syntax-error.mdx', line: 19, field: '(Text)', message: /MDX/ },
  { fixture: 'Bad_File_Name.mdx', line: 1, field: '', message: /keine gültige Kennung.*Vorschlag: „bad-file-name\.mdx“/ },
  {
    fixture: 'unknown-owner.yaml',
    line: 6,
    field: 'owners[1].land',
    message: /Unbekannte Kennung „niedersachen“.*Meinten Sie „niedersachsen“\?/,
  },
  {
    fixture: 'control-character.mdx',
    line: 2,
    field: 'title',
    message: /Unzulässiges Steuerzeichen U\+001B \(ESC.*an Stelle 17 des Werts \(und 1 weitere\)/,
  },
  {
    fixture: 'bidi-override.mdx',
    line: 4,
    field: 'summary',
    message: /Unzulässiges Richtungssteuerzeichen U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
  },
  { fixture: 'url-with-newline.mdx', line: 14, field: 'sources[0].url', message: /Webadresse enthält einen Zeilenumbruch/ },
  {
    fixture: 'duplicate-key.mdx',
    line: 5,
    field: 'summary',
    message: /Das Feld „summary“ steht doppelt im selben Block \(zuerst in Zeile 4\)/,
  },
  {
    fixture: 'mdx-malformed-percent-link.mdx',
    line: 21,
    field: '(Text)',
    message: /Link-Ziel „\/vereinbarungen\/%E0%A4%A\/“ enthält eine ungültige Prozent-Kodierung/,
  },
  { fixture: 'mdx-nested-zitat.mdx', line: 37, field: '(Text)', message: /zu tief verschachtelt: höchstens 16 Ebenen/ },
  { fixture: 'mdx-nested-quotes.mdx', line: 21, field: '(Text)', message: /zu tief verschachtelt: höchstens 16 Ebenen/ },
  {
    fixture: 'raw-nul.mdx',
    line: 2,
    field: '',
    message: /Unzulässiges Steuerzeichen U\+0000 \(NUL\) in der Datei/,
    bytes: () => valid().replace('title: Testvereinbarung', 'title: Test\0vereinbarung'),
  },
  {
    fixture: 'body-control-character.mdx',
    line: 21,
    field: '(Text)',
    message: /Unzulässiges Steuerzeichen U\+001B \(ESC.*im Text/,
    bytes: () => `${valid()}\nText in \x1b[31mRot\x1b[0m.\n`,
  },
  {
    fixture: 'body-bidi-override.mdx',
    line: 21,
    field: '(Text)',
    message: /Unzulässiges Richtungssteuerzeichen U\+2067/,
    bytes: () => `${valid()}\nAnsprechpartner: \u2067Name\u2069.\n`,
  },
  {
    fixture: 'body-too-long.mdx',
    line: 18,
    field: '(Text)',
    message: /Der Text ist mit 25\.0\d\d Zeichen zu lang; erlaubt sind höchstens 20\.000 Zeichen/,
    bytes: () => `${valid()}\n${'Ein Satz. '.repeat(2500)}\n`,
  },
  {
    fixture: 'deeply-nested-yaml.mdx',
    line: 3,
    field: '',
    message: /zu tief verschachtelt \(mehr als 100 Ebenen/,
    bytes: () => valid().replace('title: Testvereinbarung', `title: Testvereinbarung\nextra: ${'['.repeat(500)}${']'.repeat(500)}`),
  },
  {
    fixture: 'complex-key.mdx',
    line: 4,
    field: 'a,b',
    message: /Unbekanntes Feld „a,b“\..*Hier ist der Feldname selbst eine Liste oder ein Block/,
    bytes: () => valid().replace('summary:', '? [a, b]\n: Wert\nsummary:'),
  },
  {
    fixture: 'flow-complex-key.mdx',
    line: 5,
    field: '[object Object]',
    message: /Unbekanntes Feld „\[object Object\]“\..*Hier ist der Feldname selbst eine Liste oder ein Block/,
    bytes: () => valid().replace('status:', '{ a: 1 }: Wert\nstatus:'),
  },
  {
    fixture: 'missing-status.mdx',
    line: 2,
    field: 'status',
    message: /Pflichtfeld „status“ fehlt \(Stand laut den Quellen\)\. Erlaubt: angekuendigt, unterzeichnet/,
    bytes: () => valid().replace('status: unterzeichnet\n', ''),
  },
  { fixture: 'byte-order-mark.mdx', line: 1, field: '', message: /Byte-Order-Mark/, bytes: () => `\uFEFF${valid()}` },
  {
    fixture: 'latin-1.mdx',
    line: 20,
    field: '',
    message: /nicht gültig UTF-8/,
    bytes: () => Buffer.concat([Buffer.from(valid()), Buffer.from('Gr\xfc\xdfe aus Kiel.\n', 'latin1')]),
  },
];

describe('validator on bad input', () => {
  let root: string;
  let result: ReturnType<typeof validateContent>;
  const files = new Map<string, string>();

  beforeAll(() => {
    root = copyOfRealContent();
    // What unknown-related-agreement.mdx nearly names: a record of this test, so that the
    // suggestion does not depend on today's records.
    addRecord(root, 'beispiel-vereinbarung-2019.mdx', valid());
    for (const testCase of cases) files.set(testCase.fixture, addRecord(root, testCase.fixture, testCase.bytes?.()));
    result = validateContent({ root });
  });

  it.each(cases)('$fixture: names file, line and field', ({ fixture, line, field, message }) => {
    const file = files.get(fixture);
    const mine = result.diagnostics.filter((diagnostic) => diagnostic.file === file);
    expect(mine, JSON.stringify(mine, null, 2)).toContainEqual(
      expect.objectContaining({ line, field, message: expect.stringMatching(message) }),
    );
  });

  it('reports nothing against the real records next to the broken ones', () => {
    const blamed = new Set(result.diagnostics.map((diagnostic) => diagnostic.file));
    expect([...blamed].sort()).toEqual([...files.values()].sort());
  });

  it('still returns every real record as valid content', () => {
    const real = validateContent();
    expect([...result.content.agreements.keys()].sort()).toEqual([...real.content.agreements.keys(), 'beispiel-vereinbarung-2019'].sort());
    expect([...result.content.organisations.keys()].sort()).toEqual([...real.content.organisations.keys()].sort());
    expect(result.content.laender.size).toBe(16);
  });

  it('accepts Windows line endings', () => {
    const crlfRoot = copyOfRealContent();
    addRecord(crlfRoot, 'windows-line-endings.mdx', valid().replace(/\n/g, '\r\n'));
    const crlf = validateContent({ root: crlfRoot });
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.content.agreements.get('windows-line-endings')?.data.title).toBe('Testvereinbarung');
  });
});

describe('npm run validate', { timeout: SUBPROCESS_TIMEOUT }, () => {
  const run = runValidate;

  it('prints file:line:column, field and message, and exits with 1', () => {
    const root = copyOfRealContent();
    addRecord(root, 'unknown-organisation.mdx');
    const { status, stdout, stderr } = run(root);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toMatch(/^src\/content\/agreements\/unknown-organisation\.mdx:9:\d+ {2}parties\[1\]\.org {2}Unbekannte Kennung/m);
    expect(stdout).toMatch(/✗ 1 Fehler in 1 von \d+ Dateien/);
  });

  it('prints GitHub annotations on request', () => {
    const root = copyOfRealContent();
    addRecord(root, 'invalid-kind.mdx');
    const { stdout } = run(root, '--format', 'github');
    expect(stdout).toMatch(
      /^::error file=src\/content\/agreements\/invalid-kind\.mdx,line=3,col=\d+,title=Feld kind::„vertrag“ ist hier nicht erlaubt/m,
    );
  });

  it('exits with 0 on the real records', () => {
    const { status, stdout } = run(copyOfRealContent());
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ \d+ Dateien geprüft, keine Fehler/);
  });
});
