/**
 * What a solution's page shows, as one plain object: who developed it, who re-uses it
 * since when on the basis of which agreement, the agreements about it, and its sources.
 */
import type { Source } from '../schemas/common.ts';
import type { DateValue } from '../schemas/dates.ts';
import { agreementTablePreview } from './agreement-table.ts';
import { participationLabels, type Registry, type SolutionRecord } from './registry-core.ts';
import type { Link } from './statements.ts';
import { authorityUrls } from './urls.ts';
import { actorLink, agreementLink, topicLink } from './view-links.ts';

export interface SolutionPageView {
  id: string;
  name: string;
  shortName?: string | undefined;
  description: string;
  developers: Link[];
  topics: Link[];
  wikidata?: Link | undefined;
  links: Link[];
  reusers: { actor: Link; participation?: string | undefined; since?: DateValue | undefined; agreement: Link }[];
  table: ReturnType<typeof agreementTablePreview>;
  sources: Source[];
}

export function solutionPage(registry: Registry, solution: SolutionRecord): SolutionPageView {
  const agreements = registry.agreementsOfSolution(solution.id);
  return {
    id: solution.id,
    name: solution.name,
    shortName: solution.shortName,
    description: solution.description,
    developers: solution.developedBy.map((developer) => actorLink(registry.actorOf(developer))),
    topics: solution.topics.flatMap((id) => {
      const topic = registry.topic(id);
      return topic ? [topicLink(topic)] : [];
    }),
    wikidata: solution.wikidata ? { href: authorityUrls.wikidata(solution.wikidata), label: solution.wikidata } : undefined,
    links: [
      { href: solution.links.website, label: 'Website' },
      { href: solution.links.opencode, label: 'Quellcode auf openCode' },
      { href: solution.links.efa, label: 'Angebot im EfA-Marktplatz' },
    ].filter((link): link is Link => link.href !== undefined),
    reusers: registry.reusersOf(solution).map((reuser) => ({
      actor: actorLink(reuser.actor),
      participation: reuser.participation === 'partei' ? undefined : participationLabels[reuser.participation],
      since: reuser.since,
      agreement: agreementLink(reuser.agreement),
    })),
    table: agreementTablePreview(agreements.map(({ agreement }) => ({ agreement }))),
    sources: solution.sources,
  };
}
