/**
 * What a solution's page shows, as one plain object: who developed it, who re-uses it
 * since when on the basis of which agreement, the agreements about it, and its sources.
 */
import type { RecordHistoryView } from './record-history.ts';
import type { Source } from '../schemas/common.ts';
import type { DateValue } from '../schemas/dates.ts';
import { agreementTablePreview } from './agreement-table.ts';
import type { Registry, SolutionRecord } from './registry-core.ts';
import type { Link, SourceRef } from './statements.ts';
import { authorityUrls } from './urls.ts';
import { actorLink, agreementLink, sourceNumbers, sourceRefs, topicLink } from './view-links.ts';

export interface SolutionPageView {
  id: string;
  /** Its changes from Git, derived by the site once per build. */
  changes?: RecordHistoryView | undefined;
  name: string;
  shortName?: string | undefined;
  description: string;
  developers: Link[];
  topics: Link[];
  wikidata?: Link | undefined;
  links: Link[];
  /** Since when it exists, where sources say so. */
  since?: DateValue | undefined;
  /**
   * Who re-uses it: as the solution's record names them, each with the day it began (and
   * stopped); else as parties of a re-use agreement, whose start of use is not recorded.
   */
  reusers: {
    actor: Link;
    since?: DateValue | undefined;
    /** Where no start is given: why ("nur als Partei der Vereinbarung bekannt"). */
    sinceMissing?: string | undefined;
    until?: DateValue | undefined;
    agreement?: Link | undefined;
    note?: string | undefined;
    sources: SourceRef[];
  }[];
  table: ReturnType<typeof agreementTablePreview>;
  sources: Source[];
}

export function solutionPage(
  registry: Registry,
  solution: SolutionRecord,
  context: { changes?: RecordHistoryView | undefined } = {},
): SolutionPageView {
  const agreements = registry.agreementsOfSolution(solution.id);
  const numbers = sourceNumbers(solution.sources);
  return {
    id: solution.id,
    changes: context.changes,
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
    since: solution.since,
    reusers: registry.reusersOf(solution).map((reuser) => ({
      actor: actorLink(reuser.actor),
      since: reuser.since,
      sinceMissing:
        reuser.since !== undefined
          ? undefined
          : reuser.basis === 'vereinbarung'
            ? 'Beginn nicht erfasst (nur als Partei der Vereinbarung bekannt)'
            : 'Beginn nicht erfasst',
      until: reuser.until,
      agreement: reuser.agreement && agreementLink(reuser.agreement),
      note: reuser.note,
      sources: sourceRefs(reuser.sources, numbers),
    })),
    table: agreementTablePreview(agreements.map(({ agreement }) => ({ agreement }))),
    sources: solution.sources,
  };
}
