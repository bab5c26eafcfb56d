/** The templates behind `npm run new` and /mitmachen/: file names and organisation records. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newOrganisationText, suggestOrganisationSlug } from '../../src/contribute/organisation-template.ts';
import { suggestSlug } from '../../src/contribute/record-template.ts';
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
