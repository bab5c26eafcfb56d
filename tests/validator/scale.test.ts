/**
 * Extreme but valid sizes: thousands of new organisation files, an agreement with a
 * thousand parties and thousands of steps. They validate, with the right data, and a
 * single error among them is still found at its line. The time is printed, not asserted
 * (a speed goal is checked by `npm run bench`, not by a test).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyOfRealContent } from './helpers.ts';

const ORGANISATIONS = 3_000;
const PARTIES = 1_000;
const STEPS_PER_PARTY = 3;
const LONG_STEP_LIST = 3_000;

const organisationId = (index: number) => `testverband-${index}`;

function organisationFile(index: number): string {
  return [
    `name: Zweckverband Testnummer ${index}`,
    'kind: zweckverband',
    'land: niedersachsen',
    // Every tenth has a founding date, so that the checks across records have work to do.
    ...(index % 10 === 0 ? ['founded: 2010-01-01'] : []),
    'description: Ein erfundener Zweckverband (Testdaten).',
    '',
  ].join('\n');
}

const day = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** The end of every test agreement: topic, source and body. */
const RECORD_END = [
  'topics: [nachnutzung]',
  'sources:',
  '  - url: https://example.org/meldung',
  '    title: Meldung',
  '    publisher: Beispielverlag',
  '---',
  '',
  'Testtext.',
  '',
];

/** An agreement in force with `parties` organisations, each signing, approving and entering into force. */
function bigAgreement(parties: number, party: (index: number) => string = organisationId): string {
  const lines = [
    '---',
    'title: Vereinbarung mit sehr vielen Parteien',
    'kind: verwaltungsvereinbarung',
    'summary: Testdaten.',
    'status: in-kraft',
    'parties:',
  ];
  for (let index = 0; index < parties; index++) {
    lines.push(`  - org: ${party(index)}`, '    steps:');
    lines.push(`      - { type: unterzeichnung, date: ${day(index % 300)} }`);
    lines.push(`      - { type: zustimmung, date: ${day(400 + (index % 300))} }`);
    lines.push(`      - { type: inkrafttreten, date: ${day(800)} }`);
  }
  lines.push(...RECORD_END);
  return lines.join('\n');
}

/** One party with thousands of steps: signing, then accessions and withdrawals day after day. */
function longStepList(steps: number): string {
  const lines = [
    '---',
    'title: Vereinbarung mit sehr vielen Schritten',
    'kind: kooperationsvereinbarung',
    'summary: Testdaten.',
    'status: unterzeichnet',
    'parties:',
    '  - land: hamburg',
    '  - org: dataport',
    '    steps:',
  ];
  lines.push(`      - { type: unterzeichnung, date: ${day(0)} }`);
  for (let index = 1; index < steps; index++) lines.push(`      - { type: beitritt-geplant, date: ${day(Math.floor(index / 3))} }`);
  lines.push(...RECORD_END);
  return lines.join('\n');
}

function withLargeRecords(): string {
  const root = copyOfRealContent();
  for (let index = 0; index < ORGANISATIONS; index++)
    writeFileSync(join(root, CONTENT_PATHS.organisations, `${organisationId(index)}.yaml`), organisationFile(index));
  writeFileSync(join(root, CONTENT_PATHS.agreements, 'tausend-parteien.mdx'), bigAgreement(PARTIES));
  writeFileSync(join(root, CONTENT_PATHS.agreements, 'tausende-schritte.mdx'), longStepList(LONG_STEP_LIST));
  return root;
}

function timedValidation(root: string, what: string) {
  const started = performance.now();
  const result = validateContent({ root });
  console.log(`${what}: ${result.fileCount} files validated in ${Math.round(performance.now() - started)} ms`);
  return result;
}

// Each test validates more than 3,000 files: seconds, or more on a busy machine.
describe('extreme but valid sizes', { timeout: 120_000 }, () => {
  // One copy for both tests (writing thousands of files takes a while); the second changes three of them.
  const root = withLargeRecords();

  it(`${ORGANISATIONS} new organisations, ${PARTIES} parties with ${PARTIES * STEPS_PER_PARTY} steps, and ${LONG_STEP_LIST} steps of one party validate`, () => {
    const real = validateContent({ root: copyOfRealContent() });
    const result = timedValidation(root, 'large records');
    expect(result.diagnostics).toEqual([]);
    expect(result.content.organisations.size).toBe(real.content.organisations.size + ORGANISATIONS);
    const parties = result.content.agreements.get('tausend-parteien')?.data.parties;
    expect(parties).toHaveLength(PARTIES);
    expect(parties?.flatMap((party) => party.steps)).toHaveLength(PARTIES * STEPS_PER_PARTY);
    expect(parties?.[PARTIES - 1]).toMatchObject({ org: organisationId(PARTIES - 1) });
    expect(result.content.agreements.get('tausende-schritte')?.data.parties[1]?.steps).toHaveLength(LONG_STEP_LIST);
  });

  it('still finds each single error among them, at its line', () => {
    // Party 700 names an organisation that does not exist; organisation 2500 has an unknown kind; party 900 signs before organisation 900 was founded.
    writeFileSync(
      join(root, CONTENT_PATHS.agreements, 'tausend-parteien.mdx'),
      bigAgreement(PARTIES, (index) => (index === 700 ? 'testverbnd-700' : organisationId(index))),
    );
    writeFileSync(
      join(root, CONTENT_PATHS.organisations, `${organisationId(2500)}.yaml`),
      organisationFile(2500).replace('kind: zweckverband', 'kind: zweckverbund'),
    );
    writeFileSync(
      join(root, CONTENT_PATHS.organisations, `${organisationId(900)}.yaml`),
      organisationFile(900).replace('founded: 2010-01-01', 'founded: 2025-01-01'),
    );
    const { diagnostics } = timedValidation(root, 'large records with three errors');
    const partyLine = (index: number) => 7 + index * 5;
    expect(diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.field}`)).toEqual([
      `${CONTENT_PATHS.agreements}/tausend-parteien.mdx:${partyLine(700)} parties[700].org`,
      `${CONTENT_PATHS.agreements}/tausend-parteien.mdx:${partyLine(900) + 2} parties[900].steps[0].date`,
      `${CONTENT_PATHS.agreements}/tausend-parteien.mdx:${partyLine(900) + 3} parties[900].steps[1].date`,
      `${CONTENT_PATHS.agreements}/tausend-parteien.mdx:${partyLine(900) + 4} parties[900].steps[2].date`,
      `${CONTENT_PATHS.organisations}/${organisationId(2500)}.yaml:2 kind`,
    ]);
    expect(diagnostics[0]?.message).toMatch(/Unbekannte Kennung „testverbnd-700“.*Meinten Sie „testverband-700“\?/);
    expect(diagnostics[1]?.message).toMatch(/die Organisation „testverband-900“ gab es da noch nicht \(gegründet am 1\. Januar 2025\)/);
    expect(diagnostics[4]?.message).toMatch(/„zweckverbund“ ist hier nicht erlaubt\. Meinten Sie „zweckverband“\?/);
  });
});
