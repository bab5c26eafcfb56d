/**
 * The text of a new organisation record (src/content/organisations/<id>.yaml), built
 * from a few answers by `npm run new -- organisation`. Like a new agreement, it stays
 * invalid until its empty fields (description, a source) are filled in.
 */
import slugify from '@sindresorhus/slugify';
import { commentedYaml } from './commented-yaml.ts';
import type { legalForms, organisationKinds } from '../schemas/organisation.ts';

export type OrganisationKind = (typeof organisationKinds.values)[number];
export type LegalForm = (typeof legalForms.values)[number];

export interface NewOrganisationAnswers {
  name: string;
  shortName?: string | undefined;
  kind: OrganisationKind;
  legalForm?: LegalForm | undefined;
  seat?: string | undefined;
  land?: string | undefined;
  website?: string | undefined;
  source?: { url?: string | undefined } | undefined;
}

/**
 * The id (file name) of an organisation or a solution: its short name if it has one
 * ("itdz-berlin"). Names written in camel case stay one word ("KommunalBIT" → "kommunalbit").
 */
export function suggestOrganisationSlug(answers: { name: string; shortName?: string | undefined }): string {
  const base = answers.shortName?.trim() || answers.name.trim();
  let slug = slugify(base, { customReplacements: [['ß', 'ss']], decamelize: false });
  if (slug.length > 40) slug = slug.slice(0, 40).replace(/-[^-]*$/, '');
  return slug;
}

export function newOrganisationText(answers: NewOrganisationAnswers): string {
  const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const data: Record<string, unknown> = {
    name: answers.name.trim(),
    ...(optional(answers.shortName) ? { shortName: optional(answers.shortName) } : {}),
    kind: answers.kind,
    ...(answers.legalForm ? { legalForm: answers.legalForm } : {}),
    ...(optional(answers.seat) ? { seat: optional(answers.seat) } : {}),
    ...(optional(answers.land) ? { land: optional(answers.land) } : {}),
    ...(optional(answers.website) ? { website: optional(answers.website) } : {}),
    description: '',
    sources: [{ url: answers.source?.url?.trim() ?? '', title: '', publisher: '', published: '' }],
  };
  return commentedYaml(
    data,
    [
      ' Neue Organisation. Leere Felder ("") ausfüllen; „npm run validate“ zeigt, was noch fehlt.',
      ' Weitere Felder (owners, wikidata, gnd): CONTRIBUTING.md',
    ],
    {
      description: ' Zwei bis drei Sätze in eigenen Worten: was die Organisation tut, für wen',
      sources: ' Quellen für die Angaben; published: Datum der Quelle',
    },
  );
}
