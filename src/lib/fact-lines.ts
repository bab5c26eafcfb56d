/**
 * How a step of a party or an event for all parties reads on a page: the date it
 * happened and, kept apart, the date it was planned for; its type; and its detail (the
 * approving law, the approving authority with its file number, the gazette with issue
 * and page, or the body with its document). One place, so every page says it alike.
 */
import { eventTypes, stepTypes, type AgreementEvent, type PartyStep } from '../schemas/agreement.ts';
import type { DateValue } from '../schemas/dates.ts';

export interface FactLine {
  date?: DateValue | undefined;
  planned?: DateValue | undefined;
  label: string;
  /** What the detail names, and the address of its document where known. */
  detail?: { text: string; href?: string | undefined } | undefined;
  note?: string | undefined;
  sources?: string[] | undefined;
}

function detailOf(fact: PartyStep | AgreementEvent): FactLine['detail'] {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  if (fact.law)
    return { text: join(fact.law.title, fact.law.citation && `(${fact.law.citation})`).replace(', (', ' ('), href: fact.law.url };
  if (fact.approval) return { text: join(fact.approval.authority, fact.approval.fileNumber && `Az. ${fact.approval.fileNumber}`) };
  if (fact.gazette) return { text: join(fact.gazette.name, fact.gazette.issue, fact.gazette.page), href: fact.gazette.url };
  if (fact.body) return { text: join(fact.body.name, fact.body.document), href: fact.body.url };
  return undefined;
}

export function stepLine(step: PartyStep): FactLine {
  return {
    date: step.date,
    planned: step.planned,
    label: stepTypes.labels[step.type],
    detail: detailOf(step),
    note: step.note,
    sources: step.sources,
  };
}

export function eventLine(event: AgreementEvent): FactLine {
  return {
    date: event.date,
    planned: event.planned,
    label: eventTypes.labels[event.type],
    detail: detailOf(event),
    note: event.note,
    sources: event.sources,
  };
}
