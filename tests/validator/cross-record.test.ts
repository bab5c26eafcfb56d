/**
 * Records that are valid alone but contradict each other in time (src/validation/cross-record.ts):
 * each contradiction is reported once, in the record stating the later fact, naming the
 * other record and both dates; dates too imprecise to tell give no error. Each case
 * edits the fixture corpus (tests/fixtures/model-v2) in a temporary copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { periodProblems } from '../../src/validation/cross-record.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const agreement = (id: string) => `${CONTENT_PATHS.agreements}/${id}.mdx`;
const organisation = (id: string) => `${CONTENT_PATHS.organisations}/${id}.yaml`;

type Edit = [file: string, from: string | RegExp, to: string];

function edit(root: string, [file, from, to]: Edit) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the edit of ${file} must change it`).not.toBe(before);
  writeFileSync(path, after);
}

/** `file:line field message` of every problem after the edits. */
function problemsAfter(edits: Edit[], options: { cache?: boolean; root?: string } = {}): string[] {
  const root = options.root ?? modelFixtureRoot();
  for (const change of edits) edit(root, change);
  return validateContent({ root, cache: options.cache ?? false }).diagnostics.map(
    (diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.field} ${diagnostic.message}`,
  );
}

interface Case {
  name: string;
  edits: Edit[];
  /** `file:line field` of the one problem, and its message. */
  at: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'an agreement signed by an organisation before its founding agreement',
    edits: [[agreement('dienstleister-2010'), 'signed: 2010-03-01', 'signed: 2002-03-01']],
    at: `${agreement('dienstleister-2010')}:8 parties[0].org`,
    message:
      /^Die Vereinbarung wurde unterzeichnet am 1\. März 2002, aber die Organisation „test-dienstleister“ gab es da noch nicht \(gegründet durch „errichtung-dienstleister“, unterzeichnet am 27\. August 2003\)\. Datum, Partei oder Gründung prüfen\.$/,
  },
  {
    name: 'an agreement signed by an organisation before its founded date',
    edits: [[agreement('dienstleister-2020'), '  - org: test-firma', '  - org: kommunales-rechenzentrum']],
    at: `${agreement('dienstleister-2020')}:9 parties[1].org`,
    message:
      /^Die Vereinbarung wurde unterzeichnet am 1\. März 2020, aber die Organisation „kommunales-rechenzentrum“ gab es da noch nicht \(gegründet am 1\. Juli 2021\)/,
  },
  {
    name: 'a party’s step before the organisation existed',
    edits: [
      [agreement('dienstleister-2020'), 'signed: 2020-03-01\n', ''],
      [
        agreement('dienstleister-2020'),
        '  - org: test-dienstleister\n  - org: test-firma\n',
        '  - org: test-dienstleister\n    steps:\n      - { type: unterzeichnung, date: 2003-01-10 }\n  - org: test-firma\n    steps:\n      - { type: unterzeichnung, date: 2020-03-01 }\n',
      ],
    ],
    at: `${agreement('dienstleister-2020')}:9 parties[0].steps[0].date`,
    message:
      /^Dieser Schritt ist datiert am 10\. Januar 2003, aber die Organisation „test-dienstleister“ gab es da noch nicht \(gegründet durch „errichtung-dienstleister“, unterzeichnet am 27\. August 2003\)/,
  },
  {
    name: 'an accession treaty signed before the treaty it joins',
    edits: [[agreement('beitritt-dienstleister'), 'signed: 2014-10-01', 'signed: 2002-10-01']],
    at: `${agreement('beitritt-dienstleister')}:16 related[0].agreement`,
    message:
      /^Diese Vereinbarung tritt „errichtung-dienstleister“ bei, wurde aber am 1\. Oktober 2002 unterzeichnet, vor „errichtung-dienstleister“ \(am 27\. August 2003\)\. Beitreten kann man nur einer älteren Vereinbarung: Datum prüfen, oder gehört die Beziehung in „errichtung-dienstleister“\?/,
  },
  {
    name: 'a party’s accession step before the treaty was signed',
    edits: [[agreement('rahmenvertrag-zwei-laender-firma'), 'type: beitritt, date: 2024-06-01', 'type: beitritt, date: 2022-06-01']],
    at: `${agreement('rahmenvertrag-zwei-laender-firma')}:15 parties[3].steps[0].date`,
    message:
      /^Der Beitritt am 1\. Juni 2022 liegt vor der ersten Unterzeichnung dieser Vereinbarung \(am 2\. Mai 2023\); beitreten kann man nur einer bestehenden\./,
  },
  {
    name: 'a party’s accession step before the treaty its agreement joins',
    edits: [
      [agreement('beitritt-dienstleister'), 'signed: 2014-10-01\n', ''],
      [
        agreement('beitritt-dienstleister'),
        '      - { type: inkrafttreten, date: 2015-01-01 }',
        '      - { type: beitritt, date: 2003-01-15 }\n      - { type: inkrafttreten, date: 2015-01-01 }',
      ],
    ],
    at: `${agreement('beitritt-dienstleister')}:11 parties[2].steps[0].date`,
    message:
      /^Der Beitritt am 15\. Januar 2003 liegt vor der Unterzeichnung von „errichtung-dienstleister“ \(am 27\. August 2003\), dem diese Vereinbarung beitritt\./,
  },
  {
    name: 'an amendment signed before the agreement it changes',
    edits: [[agreement('aenderung-dienstleister'), 'signed: 2018-05', 'signed: 2003-05']],
    at: `${agreement('aenderung-dienstleister')}:12 related[0].agreement`,
    message:
      /^Diese Vereinbarung ändert „errichtung-dienstleister“, wurde aber im Mai 2003 unterzeichnet, vor „errichtung-dienstleister“ \(am 27\. August 2003\)/,
  },
  {
    name: 'a replacement signed before the agreement it replaces',
    edits: [[agreement('dienstleister-2010'), 'topics:', 'related:\n  - { agreement: dienstleister-2020, relation: ersetzt }\ntopics:']],
    at: `${agreement('dienstleister-2010')}:11 related[0].agreement`,
    message:
      /^Diese Vereinbarung ersetzt „dienstleister-2020“, wurde aber am 1\. März 2010 unterzeichnet, vor „dienstleister-2020“ \(am 1\. März 2020\)/,
  },
  {
    name: 'an owner period before the founding agreement',
    edits: [[organisation('test-dienstleister'), '    since: 2004-01-01', '    since: 2002-01-01']],
    at: `${organisation('test-dienstleister')}:9 owners[0].since`,
    message:
      /^Die Trägerschaft von „hamburg“ beginnt am 1\. Januar 2002, bevor es die Organisation gab \(gegründet durch „errichtung-dienstleister“, unterzeichnet am 27\. August 2003\)/,
  },
  {
    name: 'an owner period before the founded date',
    edits: [[organisation('kommunales-rechenzentrum'), /(org: landkreis-nord\n {4}since: )2021-07-01/, '$12021-03-01']],
    at: `${organisation('kommunales-rechenzentrum')}:10 owners[0].since`,
    message:
      /^Die Trägerschaft von „landkreis-nord“ beginnt am 1\. März 2021, bevor es die Organisation gab \(gegründet am 1\. Juli 2021\)/,
  },
  {
    name: 'an owner period before the owning organisation existed',
    edits: [
      [organisation('bund'), 'description:', 'founded: 2006\ndescription:'],
      [organisation('test-dienstleister'), 'description:', '  - org: bund\n    since: 2005-01-01\ndescription:'],
    ],
    at: `${organisation('test-dienstleister')}:15 owners[2].since`,
    message: /^Die Trägerschaft von „bund“ beginnt am 1\. Januar 2005, bevor es „bund“ gab \(gegründet 2006\)/,
  },
  {
    name: 'overlapping periods of the same owner',
    edits: [[organisation('test-dienstleister'), 'description:', '  - land: hamburg\n    since: 2010-01-01\ndescription:']],
    at: `${organisation('test-dienstleister')}:15 owners[2].since`,
    message:
      /^Die Trägerschaft von „hamburg“ \(ab 1\. Januar 2010, ohne Ende\) überschneidet sich mit der 1\. Angabe desselben Trägers \(ab 1\. Januar 2004, ohne Ende\)/,
  },
];

describe('contradictions between records', () => {
  it.each(cases)('reports $name once, in the record that states it', ({ edits, at, message }) => {
    const problems = problemsAfter(edits);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${at.replace(/[[\].]/g, '\\$&')} ${message.source.replace(/^\^/, '')}`))]);
  });

  it.each<[string, Edit[]]>([
    ['a signing within the year of the founding', [[agreement('aenderung-dienstleister'), 'signed: 2018-05', 'signed: 2003']]],
    ['an owner period starting in the founding year', [[organisation('test-dienstleister'), '    since: 2004-01-01', '    since: 2003']]],
    ['a signing known only as “at the latest”', [[agreement('dienstleister-2010'), 'signed: 2010-03-01', 'signed: ../2010-03']]],
    [
      'an accession step in the month of the signing',
      [[agreement('rahmenvertrag-zwei-laender-firma'), 'type: beitritt, date: 2024-06-01', 'type: beitritt, date: 2023-05']],
    ],
    [
      'an unknown founding date',
      [[organisation('kommunales-rechenzentrum'), 'founded: 2021-07-01', 'founded: { unknown: Die Quelle nennt kein Datum. }']],
    ],
  ])('gives no error where the dates are too imprecise to tell: %s', (_, edits) => {
    expect(problemsAfter(edits)).toEqual([]);
  });

  it.each<[string, Edit[]]>([
    [
      'an owner who left and came back',
      [
        [organisation('test-dienstleister'), '    since: 2004-01-01\n', '    since: 2004-01-01\n    until: 2008-01-01\n'],
        [organisation('test-dienstleister'), 'description:', '  - land: hamburg\n    since: 2008-01-01\ndescription:'],
      ],
    ],
    [
      'the founding agreement signed by the body it founds, before its founded date',
      [
        [
          agreement('gruendung-kommunales-rechenzentrum'),
          '  - org: stadt-mitte\n',
          '  - org: stadt-mitte\n  - org: kommunales-rechenzentrum\n',
        ],
      ],
    ],
  ])('accepts %s', (_, edits) => {
    expect(problemsAfter(edits)).toEqual([]);
  });

  it('checks cached agreements against a changed organisation (warm validation cache)', () => {
    const root = modelFixtureRoot();
    expect(validateContent({ root, cache: true }).diagnostics).toEqual([]);
    const edits: Edit[] = [[organisation('test-dienstleister'), 'foundedBy:', 'founded: 2011-01-01\nfoundedBy:']];
    const warm = problemsAfter(edits, { cache: true, root });
    expect(warm).toEqual(problemsAfter(edits));
    expect(warm).toContainEqual(
      expect.stringMatching(
        /^src\/content\/agreements\/dienstleister-2010\.mdx:8 parties\[0\]\.org Die Vereinbarung wurde unterzeichnet am 1\. März 2010, aber die Organisation „test-dienstleister“ gab es da noch nicht \(gegründet am 1\. Januar 2011\)/,
      ),
    );
  });

  it('reuses the period checks for any list of periods of an organisation', () => {
    const memberships = [
      { since: '2012-01-01', path: ['memberships', 0], holder: 'verbund' },
      { since: '2015', until: '2018', path: ['memberships', 1], holder: 'verbund' },
      { since: '2019-02', path: ['memberships', 2], holder: 'anderer-verbund' },
    ];
    const problems = periodProblems(
      memberships,
      { date: '2013-06-01', reason: 'gegründet am 1. Juni 2013' },
      {
        period: 'Die Mitgliedschaft',
        holder: (holder) => `in „${holder}“`,
        sameHolder: 'derselben Mitgliedschaft',
      },
    );
    expect(problems).toEqual([
      {
        path: ['memberships', 0, 'since'],
        message: expect.stringMatching(/^Die Mitgliedschaft in „verbund“ beginnt am 1\. Januar 2012, bevor es die Organisation gab/),
      },
      {
        path: ['memberships', 1, 'since'],
        message: expect.stringMatching(/überschneidet sich mit der 1\. Angabe derselben Mitgliedschaft/),
      },
    ]);
  });
});
