/**
 * Records as plain links for view models: a page shows linked records by name and address
 * only, so its view model holds exactly that (and changes when a linked name changes).
 */
import type { Land } from '../schemas/land.ts';
import type { Topic } from '../schemas/topic.ts';
import {
  actorUrl,
  organisationName,
  type Actor,
  type AgreementView,
  type OrganisationRecord,
  type SolutionRecord,
} from './registry-core.ts';
import type { Link, SourceRef } from './statements.ts';
import { urls } from './urls.ts';

/** A Land or organisation: its short name, with the full one as title where they differ. */
export function actorLink(actor: Actor): Link {
  const title = actor.kind === 'org' && actor.org.name !== actor.name ? actor.org.name : undefined;
  return { href: actorUrl(actor), label: actor.name, ...(title ? { title } : {}) };
}

export function landLink(land: Land): Link {
  return { href: urls.land(land.id), label: land.name };
}

export function organisationLink(org: OrganisationRecord): Link {
  const label = organisationName(org);
  return { href: urls.organisation(org.id), label, ...(label !== org.name ? { title: org.name } : {}) };
}

export function agreementLink(agreement: AgreementView): Link {
  return { href: urls.agreement(agreement.id), label: agreement.data.title };
}

export function topicLink(topic: Topic): Link {
  return { href: urls.topic(topic.id), label: topic.label };
}

export function solutionLink(solution: SolutionRecord): Link {
  return { href: urls.solution(solution.id), label: solution.name };
}

/** Footnote markers for source ids, numbered as in the record's list of sources, in the order the record gives them. */
export function sourceRefs(ids: string[] | undefined, numbers: Record<string, number>): SourceRef[] {
  return (ids ?? []).map((id) => ({ id, number: numbers[id] ?? 0 }));
}

/** Footnote markers for the sources of several facts together: each once, in the order of the list of sources. */
export function mergedSourceRefs(ids: string[], numbers: Record<string, number>): SourceRef[] {
  return sourceRefs([...new Set(ids)], numbers).sort((a, b) => a.number - b.number);
}

/** Source id -> its number in a record's list of sources. */
export function sourceNumbers(sources: { id?: string | undefined }[]): Record<string, number> {
  return Object.fromEntries(sources.flatMap((source, index) => (source.id ? [[source.id, index + 1] as const] : [])));
}
