/**
 * The text of a new solution record (src/content/solutions/<id>.yaml), built from a few
 * answers by `npm run new -- loesung`. It stays invalid until its description and source
 * are filled in; re-users with their start dates come under `reusers`.
 */
import { commentedYaml } from './commented-yaml.ts';
import { suggestOrganisationSlug } from './organisation-template.ts';
import { todayInGermany } from '../schemas/dates.ts';

export interface NewSolutionAnswers {
  name: string;
  shortName?: string | undefined;
  developers: ({ org: string } | { land: string })[];
  since?: string | undefined;
  source?: { url?: string | undefined } | undefined;
}

/** A solution is named like an organisation: by its short name, else its name. */
export const suggestSolutionSlug = suggestOrganisationSlug;

export function newSolutionText(answers: NewSolutionAnswers): string {
  const data: Record<string, unknown> = {
    name: answers.name.trim(),
    ...(answers.shortName?.trim() ? { shortName: answers.shortName.trim() } : {}),
    description: '',
    developedBy: answers.developers,
    // A year alone is written unquoted, as records write it.
    ...(answers.since?.trim() ? { since: /^\d{4}$/.test(answers.since.trim()) ? Number(answers.since.trim()) : answers.since.trim() } : {}),
    reusers: [],
    topics: [],
    sources: [{ url: answers.source?.url?.trim() ?? '', title: '', publisher: '', accessed: todayInGermany() }],
  };
  return commentedYaml(
    data,
    [
      ' Neue Lösung. Leere Felder ("") ausfüllen; „npm run validate“ zeigt, was noch fehlt.',
      ' Felder und Beispiele: CONTRIBUTING.md, Abschnitt „Nachnutzung je Nachnutzer“',
    ],
    {
      description: ' Was die Lösung ist und kann, in eigenen Worten',
      reusers: ' Wer sie seit wann nachnutzt: - { land: hessen, since: 2019-03, agreement: <kennung>, sources: [<id>] }',
      topics: ' Kennungen aus src/content/topics.yaml, z. B. nachnutzung',
    },
  );
}
