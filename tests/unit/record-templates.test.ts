/** The templates behind `npm run new` and /mitmachen/: file names and organisation records. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newOrganisationText, suggestOrganisationSlug } from '../../src/contribute/organisation-template.ts';
import { newRecordText, suggestSlug } from '../../src/contribute/record-template.ts';
import { addMembership, addStake } from '../../src/contribute/organisation-edits.ts';
import { newSolutionText, suggestSolutionSlug } from '../../src/contribute/solution-template.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';

// All 16 Länder, as in the reference data.
const LAENDER = (parse(readFileSync(CONTENT_PATHS.laender, 'utf8')) as { id: string }[]).map((land) => land.id);

describe('suggested file names', () => {
  it('name two or three parties with the year', () => {
    expect(suggestSlug({ title: 'Kooperationsvertrag', parties: [{ org: 'dataport' }, { org: 'kitu' }], signed: '2019-11' })).toBe(
      'dataport-kitu-2019',
    );
    expect(suggestSlug({ title: 'X', parties: [{ land: 'berlin' }, { land: 'brandenburg' }, { org: 'zit-bb' }], signed: '2020-Q2' })).toBe(
      'berlin-brandenburg-zit-bb-2020',
    );
  });

  it('name a treaty among many parties by its title, not by the first Länder of the list', () => {
    const all = LAENDER.map((land) => ({ land }));
    expect(suggestSlug({ title: 'IT-Staatsvertrag', parties: all, signed: '2019-Q4' })).toBe('it-staatsvertrag-2019');
    expect(
      suggestSlug({
        title:
          'Vertrag über die Errichtung des IT-Planungsrats und über die Grundlagen der Zusammenarbeit beim Einsatz der Informationstechnologie',
        parties: all,
        signed: '2010',
      }),
    ).toBe('vertrag-errichtung-it-planungsrats-grundlagen-2010');
    expect(
      suggestSlug({
        title: 'Staatsvertrag über die Gründung von Dataport',
        parties: ['hamburg', 'schleswig-holstein', 'bremen', 'niedersachsen'].map((land) => ({ land })),
        signed: '2003-10-01',
      }),
    ).toBe('staatsvertrag-gruendung-dataport-2003');
  });

  it('stay valid ids for long titles and without a date', () => {
    const slug = suggestSlug({ title: 'Ein sehr langer Titel '.repeat(10), parties: [], signed: undefined });
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('name an organisation by its short name', () => {
    expect(suggestOrganisationSlug({ name: 'IT-Dienstleistungszentrum Berlin', shortName: 'ITDZ Berlin' })).toBe('itdz-berlin');
    expect(suggestOrganisationSlug({ name: 'Landesbetrieb für Straßenbau' })).toBe('landesbetrieb-fuer-strassenbau');
    expect(suggestOrganisationSlug({ name: 'Kommunaler Betrieb für Informationstechnik', shortName: 'KommunalBIT' })).toBe('kommunalbit');
  });
});

describe('a new organisation record', () => {
  it('leaves description and source open, and validates once they are filled in', () => {
    const text = newOrganisationText({
      name: 'Zweckverband Beispiel',
      kind: 'kommunaler-it-verbund',
      legalForm: 'sonstige',
      land: 'sachsen',
      source: { url: 'https://example.org/zv' },
    });
    const data = parse(text);
    expect(organisationSchema.safeParse(data).success).toBe(false);
    const filled = {
      ...data,
      description: 'Ein Zweckverband.',
      sources: [{ url: 'https://example.org/zv', title: 'Gründung', publisher: 'Beispiel' }],
    };
    expect(organisationSchema.safeParse(filled).error?.issues).toBeUndefined();
  });
});

describe('model v3 in the templates', () => {
  const organisation = [
    'name: Test-Genossenschaft eG',
    'kind: kommunaler-it-verbund',
    'legalForm: eg',
    'land: sachsen-anhalt',
    'description: >-',
    '  Eine lange Beschreibung, die über mehrere Zeilen gefaltet ist und so bleiben muss,',
    '  auch wenn ein Mitglied hinzukommt.',
    'members:',
    '  - { org: stadt-a, since: 2019, sources: [a] }',
    'sources:',
    '  - id: a',
    '    url: https://example.org/a',
    '    title: A',
    '    publisher: P',
    '',
  ].join('\n');
  const fill = (text: string) => text.replaceAll("title: ''", 'title: Meldung').replaceAll("publisher: ''", 'publisher: Verlag');

  it('adds a member without touching the rest of the file, with a new source to complete', () => {
    const result = addMembership(organisation, {
      member: { org: 'stadt-b' },
      since: '2021-03-01',
      notice: '2023-01-10',
      until: '2023-12-31',
      end: 'kuendigung',
      sourceUrl: 'https://example.org/b',
    });
    // Every line of the file is still there, in order; only new lines were added.
    const kept = organisation.trimEnd().split('\n');
    expect(result.split('\n').filter((line) => kept.includes(line))).toEqual(kept);
    const data = parse(result);
    expect(data.members.at(-1)).toEqual({
      org: 'stadt-b',
      since: '2021-03-01',
      notice: '2023-01-10',
      until: '2023-12-31',
      end: 'kuendigung',
      sources: ['mitglied-stadt-b'],
    });
    expect(data.sources.at(-1)).toMatchObject({ id: 'mitglied-stadt-b', url: 'https://example.org/b', title: '', publisher: '' });
    // Invalid until the contributor names the source; valid once they do.
    expect(organisationSchema.safeParse(data).success).toBe(false);
    expect(organisationSchema.safeParse(parse(fill(result))).success).toBe(true);
  });

  it('adds a share with its Stand to an existing owner, or a new owner, and a free source id', () => {
    const company = [
      'name: Test GmbH',
      'kind: unternehmen',
      'legalForm: gmbh',
      'description: x',
      'owners:',
      '  - org: stadt-a',
      '    since: 2015',
      '',
    ].join('\n');
    const once = addStake(company, { owner: { org: 'stadt-a' }, percent: 51, asOf: '2015-01-01', sourceUrl: 'https://example.org/a' });
    const twice = addStake(once, { owner: { org: 'stadt-a' }, percent: 60, asOf: '2020', sourceUrl: 'https://example.org/b' });
    const third = addStake(twice, { owner: { land: 'niedersachsen' }, nominal: 2500, asOf: '2022-01-01', since: '2022' });
    const data = parse(third);
    expect(data.owners).toEqual([
      {
        org: 'stadt-a',
        since: 2015,
        stakes: [
          { percent: 51, asOf: '2015-01-01', sources: ['anteil-stadt-a'] },
          { percent: 60, asOf: 2020, sources: ['anteil-stadt-a-2'] },
        ],
      },
      {
        land: 'niedersachsen',
        since: 2022,
        stakes: [{ nominal: { amount: 2500, currency: 'EUR' }, asOf: '2022-01-01', sources: ['anteil-niedersachsen'] }],
      },
    ]);
    expect(organisationSchema.safeParse(parse(fill(third).replace("url: ''", 'url: https://example.org/c'))).success).toBe(true);
  });

  it('writes party groups, steps and events with the details their types need', () => {
    const text = newRecordText({
      title: 'Verwaltungsvereinbarung über Testnetze',
      kind: 'verwaltungsvereinbarung',
      signed: '2015-06',
      parties: [{ org: 'bund' }],
      groups: [{ name: 'die Länder', count: 16, members: [{ land: 'hessen' }] }],
      steps: [{ party: 'bund', type: 'unterrichtung', date: '2015-05-01' }],
      events: [
        { type: 'genehmigung', date: '2015-06-20' },
        { type: 'in-kraft', planned: '2027-01-01' },
      ],
      legalBasis: [{ name: 'IT-NetzG', section: '§ 3' }],
    });
    const data = parse(text.split('---')[1]!);
    expect(data.parties).toEqual([
      { org: 'bund', steps: [{ type: 'unterrichtung', date: '2015-05-01', body: { name: '' } }] },
      { group: { name: 'die Länder', count: 16, members: [{ land: 'hessen' }] } },
    ]);
    expect(data.events).toEqual([
      { type: 'genehmigung', date: '2015-06-20', approval: { authority: '' } },
      { type: 'in-kraft', planned: '2027-01-01' },
    ]);
    expect(data.legalBasis).toEqual([{ name: 'IT-NetzG', section: '§ 3' }]);
    expect(
      suggestSlug({
        title: 'Verwaltungsvereinbarung über Testnetze',
        parties: [{ org: 'bund' }],
        groups: [{ name: 'die Länder' }],
        signed: '2015-06',
      }),
    ).toBe('verwaltungsvereinbarung-testnetze-2015');
  });

  it('scaffolds a solution that names its developers and waits for its description', () => {
    const text = newSolutionText({
      name: 'Test-Dienst',
      developers: [{ org: 'dataport' }],
      since: '2020',
      source: { url: 'https://example.org/s' },
    });
    const data = parse(text);
    expect(data).toMatchObject({ name: 'Test-Dienst', developedBy: [{ org: 'dataport' }], since: 2020, reusers: [], description: '' });
    expect(suggestSolutionSlug({ name: 'Digitale Baugenehmigung', shortName: 'LLMoin' })).toBe('llmoin');
    expect(suggestSolutionSlug({ name: 'Digitale Baugenehmigung' })).toBe('digitale-baugenehmigung');
  });
});
