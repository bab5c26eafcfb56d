/**
 * Reference records as links with how many agreements name each: the counted lists of the
 * home page and the overview pages of topics, solutions, organisations and years.
 */
import { type OrganisationRecord, type Registry } from './registry-core.ts';
import { urls } from './urls.ts';

export interface CountedLink {
  href: string;
  label: string;
  /** The full name where the label is a short form. */
  title?: string | undefined;
  description?: string;
  count: number;
}

export function countedLinks(registry: Registry) {
  return {
    topics: (): (CountedLink & { description: string })[] =>
      registry.topics.map((topic) => ({
        href: urls.topic(topic.id),
        label: topic.label,
        description: topic.description,
        count: registry.agreementsOfTopic(topic.id).length,
      })),
    solutions: (): (CountedLink & { description: string })[] =>
      registry.solutions.map((solution) => ({
        href: urls.solution(solution.id),
        label: solution.name,
        description: solution.description,
        count: registry.agreementsOfSolution(solution.id).length,
      })),
    organisations: (organisations: OrganisationRecord[]): CountedLink[] =>
      organisations.map((org) => ({
        href: urls.organisation(org.id),
        label: org.name,
        count: registry.agreementsOfOrganisation(org.id).length,
      })),
    years: (): CountedLink[] =>
      registry.years.map((year) => ({ href: urls.year(year), label: String(year), count: registry.agreementsOfYear(year).length })),
  };
}
