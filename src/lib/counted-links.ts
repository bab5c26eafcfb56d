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
  labelKey: { [K in keyof T]: T[K] extends string ? K : never }[keyof T],
  href: (id: string) => string,
  agreementsOf: (id: string) => unknown[],
): DescribedLink[] {
  return records.map((record) => ({
    href: href(record.id),
    label: record[labelKey] as string,
    description: record.description,
    count: agreementsOf(record.id).length,
  }));
}

export function countedLinks(registry: Registry) {
  return {
    topics: () => described(registry.topics, 'label', urls.topic, registry.agreementsOfTopic),
    solutions: () => described(registry.solutions, 'name', urls.solution, registry.agreementsOfSolution),
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
