/**
 * YAML anchors and aliases that would blow the data up ("billion laughs") or make it
 * contain itself: refused with file, line and a German message, in record frontmatter,
 * organisation files and the reference lists alike, by the validator and by the build's
 * loaders (which read the files with the same parser). Modest aliases keep working.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreementRecords } from '../../src/content-loaders/agreements.ts';
import { yamlFolderLoader, yamlListLoader } from '../../src/content-loaders/reference-data.ts';
import { CONTENT_PATHS, ORGANISATION_EXTENSION } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes, loaderContext, runValidate, SUBPROCESS_TIMEOUT } from './helpers.ts';

const valid = () => fixtureBytes('valid-minimal.mdx').toString('utf8');

/** `levels` lines, each list repeating the previous one nine times: 9^levels values once expanded. */
function aliasBomb(levels: number, indent = ''): string {
  let text = `${indent}lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let level = 1; level < levels; level++) {
    text += `${indent}lol${level}: &lol${level} [${Array.from({ length: 9 }, () => `*lol${level - 1}`).join(', ')}]\n`;
  }
  return text;
}

/** The minimal record with `extra` lines after the title (line 2), so they start on line 3. */
const recordWith = (extra: string) => valid().replace('title: Testvereinbarung\n', `title: Testvereinbarung\n${extra}`);

/** The 1-based line of the first line starting with `prefix` (after spaces). */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((line) => line.trimStart().startsWith(prefix)) + 1;

const EXPANSION = /Anker und Verweise \(„&lol\d+“ … „\*lol\d+“\) vervielfachen die Daten: ausgeschrieben wären es .* Werte und Zeichen/;
const CYCLE = /Der Verweis „\*schleife“ steht innerhalb des Blocks, auf den er verweist \(„&schleife“\)/;

describe('YAML aliases in the validator', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('refuses a frontmatter whose aliases expand a millionfold, at the line where they pass the limit', () => {
    const root = copyOfRealContent();
    const text = recordWith(aliasBomb(7));
    const file = addRecord(root, 'alias-bombe.mdx', text);
    const { diagnostics } = validateContent({ root });
    // The limit (100,000 added values) is passed by the third alias on the line of `lol4`.
    expect(diagnostics).toEqual([
      { file, line: lineOf(text, 'lol4:'), column: expect.any(Number), field: '', message: expect.stringMatching(EXPANSION) },
    ]);
  });

  it('refuses an organisation file with nested aliases, and blames nothing else', () => {
    const root = copyOfRealContent();
    const path = join(root, CONTENT_PATHS.organisations, 'dataport.yaml');
    const text = `${readFileSync(path, 'utf8')}${aliasBomb(7)}`;
    writeFileSync(path, text);
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      {
        file: `${CONTENT_PATHS.organisations}/dataport.yaml`,
        line: lineOf(text, 'lol4:'),
        column: expect.any(Number),
        field: '',
        message: expect.stringMatching(EXPANSION),
      },
    ]);
  });

  it.each([CONTENT_PATHS.laender, CONTENT_PATHS.topics])(
    'refuses nested aliases in %s once, without blaming the records using it',
    (list) => {
      const root = copyOfRealContent();
      const path = join(root, list);
      const text = readFileSync(path, 'utf8').replace(/^- id: /m, `- ${aliasBomb(7, '  ').trimStart()}  id: `);
      writeFileSync(path, text);
      const { diagnostics } = validateContent({ root });
      expect(diagnostics).toEqual([
        { file: list, line: lineOf(text, 'lol4:'), column: expect.any(Number), field: '', message: expect.stringMatching(EXPANSION) },
      ]);
    },
  );

  it('refuses an alias inside the block it names (data containing itself)', () => {
    const root = copyOfRealContent();
    const path = join(root, CONTENT_PATHS.organisations, 'kitu.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}extra: &schleife [eins, *schleife]\n`);
    // Run in a child process: before this check, such a file made the validator loop forever.
    const run = runValidate(root, '--no-cache');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${CONTENT_PATHS.organisations}/kitu\\.yaml:\\d+:\\d+ {2}${CYCLE.source}`, 'm'));
  });

  it('npm run validate answers a twelve-level alias bomb in frontmatter and an organisation at once', () => {
    const root = copyOfRealContent();
    addRecord(root, 'alias-bombe.mdx', recordWith(aliasBomb(12)));
    const path = join(root, CONTENT_PATHS.organisations, 'kitu.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}${aliasBomb(12)}`);
    const started = performance.now();
    // Without the check this ran for minutes (runValidate gives up after one).
    const run = runValidate(root, '--no-cache');
    console.log(`npm run validate with two alias bombs: ${Math.round(performance.now() - started)} ms`);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${CONTENT_PATHS.agreements}/alias-bombe\\.mdx:7:\\d+ {2}${EXPANSION.source}`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^${CONTENT_PATHS.organisations}/kitu\\.yaml:\\d+:\\d+ {2}${EXPANSION.source}`, 'm'));
    expect(run.stdout).toMatch(/✗ 2 Fehler in 2 von \d+ Dateien/);
  });

  it('accepts modest aliases: the same steps for several parties', () => {
    const root = copyOfRealContent();
    const text = valid()
      .replace('signed: 2020-05\n', '')
      .replace(
        '  - org: dataport\n  - org: kitu\n',
        '  - org: dataport\n    steps: &schritte\n      - { type: unterzeichnung, date: 2020-05-04, sources: [meldung] }\n  - org: kitu\n    steps: *schritte\n',
      );
    addRecord(root, 'gemeinsame-schritte.mdx', text);
    const result = validateContent({ root });
    expect(result.diagnostics).toEqual([]);
    const parties = result.content.agreements.get('gemeinsame-schritte')?.data.parties;
    expect(parties?.map((party) => party.steps)).toEqual([
      [{ type: 'unterzeichnung', date: '2020-05-04', sources: ['meldung'] }],
      [{ type: 'unterzeichnung', date: '2020-05-04', sources: ['meldung'] }],
    ]);
  });
});

describe('YAML aliases in the build', () => {
  it('the build’s reader of agreements stops on an alias bomb with the validator’s message', () => {
    const root = copyOfRealContent();
    addRecord(root, 'alias-bombe.mdx', recordWith(aliasBomb(12)));
    expect(() => readAgreementRecords(root)).toThrow(EXPANSION);
  });

  it('the organisation loader stops on an alias bomb with the validator’s message', async () => {
    const root = copyOfRealContent();
    const path = join(root, CONTENT_PATHS.organisations, 'kitu.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}${aliasBomb(12)}`);
    await expect(yamlFolderLoader(CONTENT_PATHS.organisations, ORGANISATION_EXTENSION).load(loaderContext(root))).rejects.toThrow(
      EXPANSION,
    );
  });

  it('the list loader stops on a cycle in laender.yaml', async () => {
    const root = copyOfRealContent();
    const path = join(root, CONTENT_PATHS.laender);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^- id: /m, '- extra: &schleife [*schleife]\n  id: '));
    await expect(yamlListLoader(CONTENT_PATHS.laender).load(loaderContext(root))).rejects.toThrow(CYCLE);
  });
});
