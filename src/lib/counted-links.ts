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

export type DescribedLink = CountedLink & { description: string };

/** Records with a description (topics, solutions) as counted links. */
function described<T extends { id: string; description: string }>(
  records: T[],
  label: (record: T) => string,
  href: (id: string) => string,
  count: (id: string) => number,
): DescribedLink[] {
  return records.map((record) => ({
    href: href(record.id),
    label: label(record),
    description: record.description,
    count: count(record.id),
  }));
}

export function countedLinks(registry: Registry) {
  return {
    topics: () =>
      described(
        registry.topics,
        (topic) => topic.label,
        urls.topic,
        (id) => registry.agreementsOfTopic(id).length,
      ),
    solutions: () =>
      described(
        registry.solutions,
        (solution) => solution.name,
        urls.solution,
        (id) => registry.agreementsOfSolution(id).length,
      ),
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
