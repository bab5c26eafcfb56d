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
    name: 'a Kreis key that the official directory does not list',
    file: `${CONTENT_PATHS.organisations}/landkreis-sued.yaml`,
    replace: ["'034520000000'", "'034990000000'"],
    line: 5,
    field: 'ars',
    message: /steht im Gemeindeverzeichnis des Statistischen Bundesamts .*Gebietsstand 31\.12\.2018\) bei keinem Kreis/,
  },
  {
    name: 'the key of a Landkreis on a kreisfreie Stadt',
    file: `${CONTENT_PATHS.organisations}/stadt-mitte.yaml`,
    replace: ["'034010000000'", "'034520000000'"],
    line: 5,
    field: 'ars',
    message: /ein Landkreis \(Aurich\), die Organisation hat aber die Art „kreisfreie-stadt“/,
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
  // Model v3: memberships, shareholdings, party groups, municipal agreements, re-use.
  {
    name: 'a membership that ends before it starts',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['    until: 2021-06-30\n', '    until: 2016-06-30\n'],
    line: 19,
    field: 'members[2].until',
    message: /Die Mitgliedschaft endet .*vor ihrem Beginn/,
  },
  {
    name: 'notice given after the membership ended',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['notice: 2022-03-01', 'notice: 2024-03-01'],
    line: 13,
    field: 'members[1].notice',
    message: /Kündigung .*nach dem Ende der Mitgliedschaft/,
  },
  {
    name: 'shares of one company above 100 % on one date',
    file: `${CONTENT_PATHS.organisations}/test-it-gmbh.yaml`,
    replace: ['{ percent: 49, asOf: 2015-01-01', '{ percent: 59, asOf: 2015-01-01'],
    line: 15,
    field: 'owners[1].stakes[0].percent',
    message: /Anteile mit Stand 2015-01-01 ergeben zusammen 110 %, mehr als 100 %/,
  },
  {
    name: 'a stake without a percentage or an amount',
    file: `${CONTENT_PATHS.organisations}/test-it-gmbh.yaml`,
    replace: ['{ nominal: { amount: 2500 }, asOf: 2022-01-01', '{ asOf: 2022-01-01'],
    line: 19,
    field: 'owners[2].stakes[0]',
    message: /„percent“ \(Prozent\) oder „nominal“ \(Betrag\)/,
  },
  {
    name: 'a party group naming more members than its count',
    file: `${CONTENT_PATHS.agreements}/bund-laender-gruppe.mdx`,
    replace: ['count: 16', 'count: 1'],
    line: 12,
    field: 'parties[1].group.members',
    message: /nennt 2 Mitglieder, laut „count“ sind es aber nur 1/,
  },
  {
    name: 'a gazette citation without the gazette',
    file: `${CONTENT_PATHS.agreements}/oerv-zwei-staedte-zwei-kreise.mdx`,
    replace: ['gazette: { name: Amtsblatt für den Regierungsbezirk Testberg, ', 'gazette: { '],
    line: 33,
    field: 'events[1].gazette.name',
    message: /Text erwartet|fehlt/,
  },
  {
    name: 'a supervisory approval before the agreement was concluded',
    file: `${CONTENT_PATHS.agreements}/oerv-zwei-staedte-zwei-kreise.mdx`,
    replace: ['    date: 2021-04-15\n', '    date: 2021-02-15\n'],
    line: 28,
    field: 'events[0].date',
    message: /kann nicht vor der Unterzeichnung \(2021-03-01\) liegen/,
  },
  {
    name: 'a detail on a step it does not belong to',
    file: `${CONTENT_PATHS.agreements}/oerv-zwei-staedte-zwei-kreise.mdx`,
    replace: ['type: genehmigung\n', 'type: in-kraft\n'],
    line: 29,
    field: 'events[0].approval',
    message: /„approval“ \(Genehmigung\) gehört nur zu „genehmigung“, nicht zu „in-kraft“/,
  },
  {
    name: 'a fact with neither a date nor a planned date',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['    planned: 2019-01-01\n    date: 2019-02-01\n', ''],
    line: 28,
    field: 'events[0].date',
    message: /„date“, wann es geschehen ist, oder „planned“/,
  },
  {
    name: 'a date in the future that is not marked as planned',
    file: `${CONTENT_PATHS.agreements}/kreis-kommunen-vereinbarung.mdx`,
    replace: ['signed: 2023-09', 'signed: 2099-09'],
    line: 6,
    field: 'signed',
    message: /in der Zukunft .*„planned“ statt „date“/,
  },
  {
    name: 'a re-use that starts before the solution existed',
    file: `${CONTENT_PATHS.solutions}/test-efa-dienst.yaml`,
    replace: ['since: 2019-03', 'since: 2017-03'],
    line: 8,
    field: 'reusers[0].since',
    message: /Die Nachnutzung beginnt \(2017-03\) vor der Lösung selbst/,
  },
  {
    name: 'a foreign body placed in a Land',
    file: `${CONTENT_PATHS.organisations}/test-ministerium-luxemburg.yaml`,
    replace: ['country: LU\n', 'country: LU\nland: saarland\n'],
    line: 4,
    field: 'land',
    message: /außerhalb Deutschlands .* gehört zu keinem Land/,
  },
  {
    name: 'an organisation as its own member',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['  - org: landkreis-nord\n', '  - org: test-genossenschaft\n'],
    line: 8,
    field: 'members[0].org',
    message: /nicht ihr eigenes Mitglied sein/,
  },
  {
    name: 'a company selling shares to itself',
    file: `${CONTENT_PATHS.organisations}/test-it-gmbh.yaml`,
    replace: ['    to: { org: stadt-mitte }\n', '    to: { org: test-it-gmbh }\n'],
    line: 21,
    field: 'shareTransfers[0]',
    message: /Die Gesellschaft selbst steht hier/,
  },
  {
    name: 'a membership that starts before the body joined existed',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['    since: 2017\n', '    since: 2015\n'],
    line: 18,
    field: 'members[2].since',
    message: /Die Mitgliedschaft von „gemeinde-ried“ beginnt 2015, bevor es die Organisation gab/,
  },
  {
    name: 'the same member twice at once',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['  - org: gemeinde-ried\n', '  - org: landkreis-nord\n'],
    line: 18,
    field: 'members[2].since',
    message: /Die Mitgliedschaft von „landkreis-nord“ \(.*\) überschneidet sich mit der 1\. Angabe desselben Mitglieds/,
  },
  {
    name: 'a source reference that resolves to no source',
    file: `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`,
    replace: ['sources: [bericht]', 'sources: [berichte]'],
    line: 26,
    field: 'memberCounts[0].sources[0]',
    message: /Keine Quelle mit der Kennung „berichte“; vorhanden: register, meldung-beitritt/,
  },
  // Verification: a day, a role, and confirmations only by parties, with their source.
  {
    name: 'a check dated only to the month',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['  checked: 2026-11-01', '  checked: 2026-11'],
    line: 48,
    field: 'verification.checked',
    message: /Den Tag der Prüfung angeben/,
  },
  {
    name: 'a check in the future',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['  checked: 2026-11-01', '  checked: 2099-11-01'],
    line: 48,
    field: 'verification.checked',
    message: /in der Zukunft/,
  },
  {
    name: 'a check by a person instead of a role',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['checkedBy: hinweis-partei', 'checkedBy: Erika Mustermann'],
    line: 49,
    field: 'verification.checkedBy',
    message: /redaktion|hinweis-partei/,
  },
  {
    name: 'a confirmation by a body that is no party',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['    - land: hessen\n      date: 2026-10-02', '    - land: bremen\n      date: 2026-10-02'],
    line: 51,
    field: 'verification.confirmedBy[0].land',
    message: /„bremen“ ist keine Vertragspartei dieser Vereinbarung/,
  },
  {
    name: 'a confirmation without its source',
    file: `${CONTENT_PATHS.agreements}/efa-mitnutzung.mdx`,
    replace: ['      sources: [schreiben-hessen]\n', '      sources: []\n'],
    line: 53,
    field: 'verification.confirmedBy[0].sources',
    message: /braucht ihre Quelle/,
  },
];

/** Records in the fixture site; each case breaks one of them. */
const FIXTURE_RECORDS = (() => {
  const { content } = validateContent({ root: modelFixtureRoot() });
  return content.agreements.size + content.organisations.size + content.solutions.size;
})();

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
      expect(content.agreements.size + content.organisations.size + content.solutions.size).toBe(FIXTURE_RECORDS - 1);
    });
  }
});
