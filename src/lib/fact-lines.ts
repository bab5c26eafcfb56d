/**
 * How a step of a party or an event for all parties reads on a page: the date it
 * happened and, kept apart, the date it was planned for; its type; and its detail (the
 * approving law, the approving authority with its file number, the gazette with issue
 * and page, or the body with its document). One place, so every page says it alike.
 */
import { eventTypes, stepTypes, type AgreementEvent, type PartyStep } from '../schemas/agreement.ts';
import type { DateValue } from '../schemas/dates.ts';
import type { SourceRef } from './statements.ts';
import { sourceRefs } from './view-links.ts';

export interface FactLine {
  date?: DateValue | undefined;
  planned?: DateValue | undefined;
  label: string;
  /** What the detail names, and the address of its document where known. */
  detail?: { text: string; href?: string | undefined } | undefined;
  note?: string | undefined;
  sources: SourceRef[];
}

function detailOf(fact: PartyStep | AgreementEvent): FactLine['detail'] {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  if (fact.law) return { text: fact.law.citation ? `${fact.law.title} (${fact.law.citation})` : fact.law.title, href: fact.law.url };
  if (fact.approval) return { text: join(fact.approval.authority, fact.approval.fileNumber && `Az. ${fact.approval.fileNumber}`) };
  if (fact.gazette) return { text: join(fact.gazette.name, fact.gazette.issue, fact.gazette.page), href: fact.gazette.url };
  if (fact.body) return { text: join(fact.body.name, fact.body.document), href: fact.body.url };
  return undefined;
}

function lineOf(fact: PartyStep | AgreementEvent, label: string, numbers: Record<string, number>): FactLine {
  return {
    date: fact.date,
    planned: fact.planned,
    label,
    detail: detailOf(fact),
    note: fact.note,
    sources: sourceRefs(fact.sources, numbers),
  };
}

export const stepLine = (step: PartyStep, numbers: Record<string, number>) => lineOf(step, stepTypes.labels[step.type], numbers);
export const eventLine = (event: AgreementEvent, numbers: Record<string, number>) => lineOf(event, eventTypes.labels[event.type], numbers);
