/**
 * What an agreement's page shows, resolved from the registry: the page renders this and
 * derives nothing. References (signatories' Land and organisation, project leads) are
 * resolved to actors here, so every one of them is rendered as a link.
 */
import type { Actor, AgreementView, Registry } from './registry-core.ts';
import { sourceNumbers as sourceNumbersOf } from './source-numbers.ts';

export function agreementPage(registry: Registry, agreement: AgreementView) {
  const { data } = agreement;
  const direct = agreement.laender.filter((involvement) => involvement.direct);
  const indirect = agreement.laender.filter((involvement) => !involvement.direct);
  const actor = (ref: { land?: string | undefined; org?: string | undefined }): Actor | undefined =>
    ref.land || ref.org ? registry.actorOf(ref.org ? { org: ref.org } : { land: ref.land }) : undefined;
  /** Source id -> its number in the list of sources, for footnote markers. */
  const sourceNumbers = sourceNumbersOf(data.sources);
  return {
    agreement,
    data,
    sourceNumbers,
    direct,
    indirect,
    /** Länder through a provider only, for the search facet "Land nur über Organisationen". */
    onlyThrough: indirect.filter((involvement) => involvement.via.length > 0),
    /** Whether the Länder need a list of their own: when an organisation is a party, or a Land is involved only indirectly. */
    listLaender: indirect.length > 0 || agreement.parties.some((party) => party.actor.kind === 'org'),
    /** Whether the table "Parteien und Verlauf" says more than the list of parties. */
    hasSteps: agreement.parties.some(
      (party) => party.steps.length > 0 || party.declarations.length > 0 || party.participation !== 'partei',
    ),
    signatories: data.signatories.map((person) => ({
      name: person.name,
      function: person.function,
      land: person.land ? actor({ land: person.land }) : undefined,
      org: person.org ? actor({ org: person.org }) : undefined,
      sources: person.sources,
    })),
    /** Notes on the sources, each with links to the sources it concerns. */
    notes: data.notes.map((note) => ({
      about: note.about,
      text: note.text,
      sources: (note.sources ?? []).map((id) => ({ href: `#quelle-${id}`, label: `Quelle ${sourceNumbers.get(id)}` })),
    })),
    projects: data.projects.map((project) => ({ ...project, lead: project.lead ? actor({ org: project.lead }) : undefined })),
  };
}
