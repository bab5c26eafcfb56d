/**
 * Bad input against the record model: each rule gives a German message with file, line
 * and field, and the other records still validate. Each case changes one valid fixture
 * record (tests/fixtures/model-v2) in a temporary copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

interface Case {
  name: string;
  file: string;
  replace: [string | RegExp, string];
  line: number;
  field: string;
  message: RegExp;
}

const treaty = `${CONTENT_PATHS.agreements}/sechs-laender-staatsvertrag.mdx`;
const cases: Case[] = [
  {
    name: 'approval before signature',
    file: treaty,
    replace: ['date: 2013-11-20', 'date: 2013-07-20'],
    line: 13,
    field: 'parties[0].steps[1].date',
    message:
      /„Parlamentarische Zustimmung \(Zustimmungsgesetz\)“ \(2013-07-20\) kann nicht vor „Unterzeichnung“ \(2013-08-06\) derselben Partei liegen/,
  },
  {
    name: 'steps out of time order',
    file: treaty,
    replace: [
      '{ type: zustimmung, date: 2013-12-12 }',
      '{ type: zustimmung, date: 2013-12-12 }\n      - { type: kabinettsbeschluss, date: 2013-07-01 }',
    ],
    line: 24,
    field: 'parties[2].steps[2].date',
    message: /Schritte einer Partei bitte in zeitlicher Reihenfolge/,
  },
  {
    name: 'effective date before signing without the retroactive flag',
    file: treaty,
    replace: ['retroactive: true\n', ''],
    line: 6,
    field: 'effective',
    message: /„Wirksam ab“ \(2013-01-01\) liegt vor der Unterzeichnung: .*„retroactive: true“/,
  },
  {
    name: 'withdrawal before accession',
    file: `${CONTENT_PATHS.agreements}/rahmenvertrag-zwei-laender-firma.mdx`,
    replace: [
      '      - { type: beitritt, date: 2024-06-01, sources: [meldung] }',
      '      - { type: austritt, date: 2024-01-01 }\n      - { type: beitritt, date: 2024-06-01, sources: [meldung] }',
    ],
    line: 15,
    field: 'parties[3].steps[0].date',
    message: /„Austritt“ \(2024-01-01\) kann nicht vor „Beitritt“ \(2024-06-01\) derselben Partei liegen/,
  },
  {
    name: 'status contradicting the steps',
    file: treaty,
    replace: ['status: in-kraft', 'status: unterzeichnet'],
    line: 5,
    field: 'status',
    message: /in Kraft getreten: Status bitte auf „in-kraft“ setzen/,
  },
  {
    name: 'ARS with the wrong number of digits',
    file: `${CONTENT_PATHS.organisations}/landkreis-nord.yaml`,
    replace: ["'034510000000'", "'03451'"],
    line: 5,
    field: 'ars',
    message: /genau 12 Ziffern/,
  },
  {
    name: 'ARS of another Land',
    file: `${CONTENT_PATHS.organisations}/landkreis-sued.yaml`,
    replace: ["'034520000000'", "'094520000000'"],
    line: 5,
    field: 'ars',
    message: /beginnt mit „09“, aber das Land „niedersachsen“ hat den Schlüssel „03“/,
  },
  {
    name: 'owner period that ends before it starts',
    file: `${CONTENT_PATHS.organisations}/test-dienstleister.yaml`,
    replace: ['    since: 2015-01-01\n', '    since: 2015-01-01\n    until: 2014-06\n'],
    line: 13,
    field: 'owners[1].until',
    message: /endet .*vor ihrem Beginn/,
  },
  {
    name: 'unknown solution',
    file: `${CONTENT_PATHS.agreements}/nachnutzung-loesung.mdx`,
    replace: ['solution: test-loesung', 'solution: test-losung'],
    line: 15,
    field: 'solutions[0].solution',
    message: /Unbekannte Kennung „test-losung“: kein Eintrag vom Typ Lösung .*Meinten Sie „test-loesung“\?/,
  },
  {
    name: 'unknown party',
    file: `${CONTENT_PATHS.agreements}/gruendung-kommunales-rechenzentrum.mdx`,
    replace: ['- org: stadt-mitte', '- org: stadt-mite'],
    line: 11,
    field: 'parties[2].org',
    message: /Unbekannte Kennung „stadt-mite“: kein Eintrag vom Typ Organisation .*Meinten Sie „stadt-mitte“\?/,
  },
  {
    name: 'unknown founding agreement',
    file: `${CONTENT_PATHS.organisations}/kommunales-rechenzentrum.yaml`,
    replace: ['foundedBy: gruendung-kommunales-rechenzentrum', 'foundedBy: gruendung-rechenzentrum'],
    line: 7,
    field: 'foundedBy',
    message: /kein Eintrag vom Typ Vereinbarung/,
  },
  {
    name: 'a municipal body without its Land',
    file: `${CONTENT_PATHS.organisations}/stadt-mitte.yaml`,
    replace: ['land: niedersachsen\n', ''],
    line: 1,
    field: 'land',
    message: /braucht ihr Land/,
  },
  {
    name: 'a date in no known form',
    file: `${CONTENT_PATHS.agreements}/absprache-zeitraum.mdx`,
    replace: ['signed: 2013-08/2013-09', 'signed: 2013-09/2013-08'],
    line: 6,
    field: 'signed',
    message: /endet vor seinem Beginn/,
  },
  {
    name: 'signed status without any signing',
    file: `${CONTENT_PATHS.agreements}/kompetenzzentrum-undatiert.mdx`,
    replace: [/signed: .*\n/, ''],
    line: 2,
    field: 'signed',
    message: /braucht eine Unterzeichnung.*\{ unknown: Grund \}/,
  },
];

describe('model rules on bad input', () => {
  for (const testCase of cases) {
    it(`reports ${testCase.name}`, () => {
      const root = modelFixtureRoot();
      const path = join(root, testCase.file);
      const before = readFileSync(path, 'utf8');
      const after = before.replace(testCase.replace[0], testCase.replace[1]);
      expect(after, 'the case must change the fixture').not.toBe(before);
      writeFileSync(path, after);
      const { diagnostics, content } = validateContent({ root });
      expect(diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.field} ${diagnostic.message}`)).toEqual([
        expect.stringMatching(
          new RegExp(`^${testCase.file}:${testCase.line} ${testCase.field.replace(/[[\]]/g, '\\$&')} .*${testCase.message.source}`),
        ),
      ]);
      // Nothing else is lost: every other record still validates.
      expect(content.agreements.size + content.organisations.size + content.solutions.size).toBe(12 + 8 + 1 - 1);
    });
  }
});
