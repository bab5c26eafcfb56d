/**
 * The form on /mitmachen/ and `npm run new` build model v3 with the same functions: party
 * groups, the steps of municipal agreements (council decision, a parliament informed,
 * supervisory approval, gazette), planned dates, legal basis, memberships, shares and
 * solutions. What they build passes the real validator, in a corpus of invented records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAddition, checkRecordText, checkSolutionText, type KnownIds } from '../../src/contribute/check-record.ts';
import { agreementAnswers, membershipAnswers, solutionAnswers, stakeAnswers, type FormValues } from '../../src/contribute/form-answers.ts';
import {
  addMembership,
  addStake,
  PLAIN_OUTLINE,
  membershipAddition,
  membershipSnippet,
  outlineOf,
  outlineOfRecord,
  stakeAddition,
  stakeSnippet,
} from '../../src/contribute/organisation-edits.ts';
import { newRecordText } from '../../src/contribute/record-template.ts';
import { FACT_DETAIL_FIELDS, LEGAL_BASIS_FIELDS } from '../../src/contribute/schema-fields.ts';
import { newSolutionText } from '../../src/contribute/solution-template.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { approvalSchema, gazetteSchema } from '../../src/schemas/agreement.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { knownIdsOf } from '../known-ids.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { contributeView } from '../../src/contribute/form-view.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

const root = modelFixtureRoot();
const { content } = validateContent({ root });
const known = knownIdsOf(content);
/** What /mitmachen/ carries for these records. */
const view = contributeView(registryFromFiles({ root }).registry);
const kinds = Object.fromEntries([
  ...known.organisations.map((id) => [id, 'org' as const]),
  ...known.laender.map((id) => [id, 'land' as const]),
]);
const topic = known.topics[0]!;

/** What the validator says about the files a test wrote (others stay untouched). */
function validatorSays(file: string, text: string) {
  const original = (() => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  })();
  writeFileSync(join(root, file), text);
  try {
    return validateContent({ root }).diagnostics.filter((diagnostic) => diagnostic.file === file);
  } finally {
    if (original !== undefined) writeFileSync(join(root, file), original);
  }
}

const source = {
  sourceUrl: 'https://example.org/vorlage',
  sourceTitle: 'Vorlage zur Vereinbarung',
  sourcePublisher: 'Stadt West',
  sourcePublished: '2021-05-02',
};

describe("the contribution page's view", () => {
  it('gives the browser check the ids the validator knows', () => {
    const sorted = (ids: KnownIds) => Object.fromEntries(Object.entries(ids).map(([kind, list]) => [kind, [...(list as string[])].sort()]));
    expect(sorted(view.knownIds)).toEqual(sorted(known));
  });

  it('offers every organisation and Land as a party, with its kind', () => {
    expect(view.partyOptions.map((option) => option.id).sort()).toEqual([...known.organisations, ...known.laender].sort());
    for (const option of view.partyOptions) expect(view.partyKinds[option.id], option.id).toBe(option.kind);
  });
});

describe('the detail fields come from the schemas', () => {
  it('name every field of an approval and a gazette, with the required one first', () => {
    expect(FACT_DETAIL_FIELDS.approval.map((field) => field.name)).toEqual(Object.keys(approvalSchema.shape));
    expect(FACT_DETAIL_FIELDS.gazette.map((field) => field.name)).toEqual(Object.keys(gazetteSchema.shape));
    expect(FACT_DETAIL_FIELDS.gazette.filter((field) => field.required).map((field) => field.name)).toEqual(['name']);
    expect(FACT_DETAIL_FIELDS.gazette.find((field) => field.name === 'url')?.url).toBe(true);
    expect(FACT_DETAIL_FIELDS.approval.find((field) => field.name === 'org')?.reference).toBe('org');
    expect(LEGAL_BASIS_FIELDS.map((field) => [field.name, field.required])).toEqual([
      ['name', true],
      ['section', false],
      ['url', false],
    ]);
  });
});

describe('a municipal agreement from the form', () => {
  const values: FormValues = {
    fields: {
      title: 'Öffentlich-rechtliche Vereinbarung über ein gemeinsames Testnetz',
      kind: 'oeffentlich-rechtliche-vereinbarung',
      signed: '2021-03-01',
      groupName: 'Kommunen des Kreises Nordwest',
      groupCount: '3',
      summary: 'Die Stadt West und Kommunen des Kreises betreiben ein gemeinsames Netz.',
      body: 'Ein Absatz in eigenen Worten.',
      ...source,
    },
    lists: { party: ['stadt-west'], groupMember: ['kreis-nordwest'], topic: [topic] },
    rows: {
      step: [
        {
          party: 'stadt-west',
          type: 'gremienbeschluss',
          date: '2020-12-10',
          'body.name': 'Rat der Stadt West',
          'body.document': 'Vorlage 0815/2020',
          // A detail of another type is not written.
          'gazette.name': 'vergessen',
        },
        { party: 'stadt-west', type: 'unterrichtung', date: '2021-02-01', 'body.name': 'Hauptausschuss der Stadt West' },
      ],
      event: [
        {
          type: 'genehmigung',
          date: '2021-04-15',
          'approval.authority': 'Bezirksregierung Testberg',
          'approval.fileNumber': '31.2-1234/21',
        },
        {
          type: 'bekanntmachung',
          date: '2021-05-01',
          'gazette.name': 'Amtsblatt für den Regierungsbezirk Testberg',
          'gazette.issue': 'Nr. 18',
          'gazette.page': 'S. 123',
          'gazette.url': 'https://example.org/amtsblatt-18',
        },
        { type: 'in-kraft', planned: '2021-06-01', date: '2021-06-01' },
        { type: '', date: '' },
      ],
      legal: [{ name: 'GkG NRW', section: '§ 23', url: '' }, { name: '' }],
    },
  };

  it('writes the group, steps with their body, approval and gazette, and the legal basis', () => {
    const text = newRecordText(agreementAnswers(values, kinds));
    const data = parse(text.split('---')[1]!);
    expect(data.parties).toEqual([
      {
        org: 'stadt-west',
        steps: [
          { type: 'gremienbeschluss', date: '2020-12-10', body: { name: 'Rat der Stadt West', document: 'Vorlage 0815/2020' } },
          { type: 'unterrichtung', date: '2021-02-01', body: { name: 'Hauptausschuss der Stadt West' } },
        ],
      },
      { group: { name: 'Kommunen des Kreises Nordwest', count: 3, members: [{ org: 'kreis-nordwest' }] } },
    ]);
    expect(data.events).toEqual([
      { type: 'genehmigung', date: '2021-04-15', approval: { authority: 'Bezirksregierung Testberg', fileNumber: '31.2-1234/21' } },
      {
        type: 'bekanntmachung',
        date: '2021-05-01',
        gazette: {
          name: 'Amtsblatt für den Regierungsbezirk Testberg',
          issue: 'Nr. 18',
          page: 'S. 123',
          url: 'https://example.org/amtsblatt-18',
        },
      },
      { type: 'in-kraft', date: '2021-06-01', planned: '2021-06-01' },
    ]);
    expect(data.legalBasis).toEqual([{ name: 'GkG NRW', section: '§ 23' }]);
  });

  it('passes the validator and the browser check', () => {
    const text = newRecordText(agreementAnswers(values, kinds));
    expect(checkRecordText(text, known)).toEqual([]);
    expect(validatorSays(`${CONTENT_PATHS.agreements}/form-probe.mdx`, text)).toEqual([]);
  });

  it('leaves an approval without its authority open, and the check names the field', () => {
    const open: FormValues = { ...values, rows: { ...values.rows, event: [{ type: 'genehmigung', date: '2021-04-15' }] } };
    const text = newRecordText(agreementAnswers(open, kinds));
    expect(parse(text.split('---')[1]!).events).toEqual([{ type: 'genehmigung', date: '2021-04-15', approval: { authority: '' } }]);
    expect(checkRecordText(text, known).map((problem) => problem.field)).toEqual(['events[0].approval.authority']);
  });

  it('says when a group names more members than its count', () => {
    const tooMany: FormValues = {
      ...values,
      fields: { ...values.fields, groupCount: '1' },
      lists: { ...values.lists, groupMember: ['kreis-nordwest', 'stadt-ost'] },
    };
    const problems = checkRecordText(newRecordText(agreementAnswers(tooMany, kinds)), known);
    expect(problems.map((problem) => problem.field)).toEqual(['parties[1].group.members']);
  });
});

describe('a membership from the form', () => {
  const file = `${CONTENT_PATHS.organisations}/test-genossenschaft.yaml`;
  const text = readFileSync(join(root, file), 'utf8');
  const values: FormValues = {
    fields: { member: 'stadt-west', since: '2022-01-01', notice: '2024-03-01', until: '2024-12-31', end: 'kuendigung', ...source },
    lists: {},
    rows: {},
  };
  const answers = membershipAnswers(values, kinds);

  it('knows the file from the registry as the scaffolder reads it', () => {
    for (const [id, org] of content.organisations) {
      expect(outlineOfRecord(org), id).toEqual(outlineOf(readFileSync(join(root, CONTENT_PATHS.organisations, `${id}.yaml`), 'utf8')));
    }
  });

  it('needs no more of a file than the page carries: the same lines from the compact outline', () => {
    for (const id of content.organisations.keys()) {
      const full = outlineOf(readFileSync(join(root, CONTENT_PATHS.organisations, `${id}.yaml`), 'utf8'));
      // What the page carries of this file (src/contribute/form-view.ts).
      const carried = view.outlines[id] ?? PLAIN_OUTLINE;
      // Members and owners already in this file, so that ids collide where they can.
      for (const actor of [{ org: id }, ...content.organisations.get(id)!.members, ...content.organisations.get(id)!.owners]) {
        const ref = actor.org ? { org: actor.org } : { land: actor.land! };
        expect(membershipSnippet(carried, { member: ref }), id).toBe(membershipSnippet(full, { member: ref }));
        expect(stakeSnippet(carried, { owner: ref, percent: 1, asOf: '2024' }), id).toBe(
          stakeSnippet(full, { owner: ref, percent: 1, asOf: '2024' }),
        );
      }
    }
  });

  it('shows the lines the scaffolder adds, and the file with them validates', () => {
    const outline = outlineOf(text);
    const snippet = parse(membershipSnippet(outline, answers));
    const edited = parse(addMembership(text, answers));
    expect(snippet.members).toEqual([edited.members.at(-1)]);
    expect(snippet.sources).toEqual([edited.sources.at(-1)]);
    expect(edited.members.at(-1)).toEqual({
      org: 'stadt-west',
      since: '2022-01-01',
      notice: '2024-03-01',
      until: '2024-12-31',
      end: 'kuendigung',
      sources: ['mitglied-stadt-west'],
    });
    expect(checkAddition(membershipAddition(outline, answers), known)).toEqual([]);
    expect(validatorSays(file, addMembership(text, answers))).toEqual([]);
  });

  it("names what is still open or wrong with the validator's fields", () => {
    const outline = outlineOf(text);
    const open = membershipAnswers(
      { ...values, fields: { member: 'stadt-westt', since: '2024-01-01', until: '2023-12-31', sourceUrl: 'https://example.org/x' } },
      kinds,
    );
    const problems = checkAddition(membershipAddition(outline, open), known);
    expect(problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['members[0].until', 'sources[0].title', 'sources[0].publisher', 'members[0].org']),
    );
    expect(problems.find((problem) => problem.field === 'members[0].org')?.message).toContain('Meinten Sie „stadt-west“?');
  });
});

describe('a share from the form', () => {
  const file = `${CONTENT_PATHS.organisations}/test-it-gmbh.yaml`;
  const text = readFileSync(join(root, file), 'utf8');

  it('adds to an existing owner or a new one, as the scaffolder does, and the file validates', () => {
    const outline = outlineOf(text);
    const existing = stakeAnswers(
      { fields: { owner: 'stadt-mitte', percent: '55,5', asOf: '2024-01-01', ...source }, lists: {}, rows: {} },
      kinds,
    );
    const snippet = parse(stakeSnippet(outline, existing));
    const edited = parse(addStake(text, existing));
    expect(snippet.owners).toEqual([{ org: 'stadt-mitte', stakes: [edited.owners[0].stakes.at(-1)] }]);
    expect(edited.owners[0].stakes.at(-1)).toEqual({ percent: 55.5, asOf: '2024-01-01', sources: ['anteil-stadt-mitte'] });
    expect(checkAddition(stakeAddition(outline, existing), known)).toEqual([]);
    expect(validatorSays(file, addStake(text, existing))).toEqual([]);

    const fresh = stakeAnswers(
      { fields: { owner: 'niedersachsen', nominal: '2500', asOf: '2023', ownerSince: '2023', ...source }, lists: {}, rows: {} },
      kinds,
    );
    const freshSnippet = parse(stakeSnippet(outline, fresh));
    expect(freshSnippet.owners).toEqual([parse(addStake(text, fresh)).owners.at(-1)]);
    expect(freshSnippet.owners[0]).toEqual({
      land: 'niedersachsen',
      since: 2023,
      stakes: [{ nominal: { amount: 2500, currency: 'EUR' }, asOf: 2023, sources: ['anteil-niedersachsen'] }],
    });
    expect(validatorSays(file, addStake(text, fresh))).toEqual([]);
  });

  it('asks for a figure and a Stand', () => {
    const problems = (fields: Record<string, string>) =>
      checkAddition(
        stakeAddition(
          outlineOf(text),
          stakeAnswers({ fields: { owner: 'stadt-mitte', ...source, ...fields }, lists: {}, rows: {} }, kinds),
        ),
        known,
      );
    expect(problems({ percent: '10' }).map((problem) => problem.field)).toEqual(['owners[0].stakes[0].asOf']);
    expect(problems({ asOf: '2024' }).map((problem) => problem.field)).toEqual(['owners[0].stakes[0]']);
    expect(problems({ asOf: '2024', percent: '101' }).map((problem) => problem.field)).toEqual(['owners[0].stakes[0].percent']);
  });
});

describe('a solution from the form', () => {
  it('validates once name, description and source are given', () => {
    const values: FormValues = {
      fields: {
        name: 'Test-Formulardienst',
        shortName: 'TFD',
        solutionSince: '2020-05',
        description: 'Ein Onlinedienst zum Testen.',
        ...source,
      },
      lists: { developer: ['stadt-west'], solutionTopic: [topic] },
      rows: {},
    };
    const text = newSolutionText(solutionAnswers(values, kinds));
    expect(checkSolutionText(text, known)).toEqual([]);
    expect(validatorSays(`${CONTENT_PATHS.solutions}/tfd.yaml`, text)).toEqual([]);
    const open = newSolutionText(solutionAnswers({ fields: { name: 'Offen' }, lists: {}, rows: {} }, kinds));
    expect(checkSolutionText(open, known).map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['description', 'sources[0].title', 'sources[0].publisher']),
    );
  });
});
