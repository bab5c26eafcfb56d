/**
 * What a "Stand am" page (/stand/<year>/) shows, as one plain object: the agreements in
 * force at the year's end by a dated fact, those only signed by then, the owners of each
 * organisation on that day, and the organisations whose start no record gives. Every
 * entry carries the facts it rests on; the rules are in state-at.ts.
 */
import { formatPartialDate } from '../schemas/dates.ts';
import { sincePhrase } from './agreement-facts.ts';
import type { Registry } from './registry-core.ts';
import { STATE_TEXTS, stateOn, type StateLink } from './state-at.ts';
import { stateDataOf } from './state-data.ts';
import { statement, type Basis, type Link, type RecordRef, type Statement } from './statements.ts';
import { urls } from './urls.ts';

const toBasis = (entries: string[]): Basis[] =>
  entries.map((entry) => {
    const [record, field] = entry.split('#') as [RecordRef, string];
    return { record, field };
  });
const link = (item: StateLink): Link => ({ href: item.url, label: item.name });

export interface StatePageView {
  year: number;
  day: string;
  dayLabel: string;
  title: string;
  description: string;
  /** The neighbouring year-end pages, if they exist. */
  pager: { previous?: Link | undefined; next?: Link | undefined };
  inForce: {
    heading: string;
    empty: string;
    items: { agreement: Link; statement: Statement; parties: { link: Link; statement: Statement }[] }[];
  };
  signedOnly: { heading: string; intro: string; items: { agreement: Link; reason: string; statement: Statement }[] };
  providers: {
    heading: string;
    empty: string;
    items: { org: Link; statement: Statement; owners: { link: Link; statement: Statement }[] }[];
  };
  undated: { heading: string; intro: string; items: { org: Link; owners: Link[] }[] };
}

export function statePage(registry: Registry, year: number, years: number[]): StatePageView {
  const day = `${year}-12-31`;
  const dayLabel = formatPartialDate(day);
  const state = stateOn(stateDataOf(registry), day);
  const neighbour = (other: number): Link | undefined =>
    years.includes(other) ? { href: urls.stateAt(other), label: `Stand Ende ${other}` } : undefined;
  return {
    year,
    day,
    dayLabel,
    title: `Stand am ${dayLabel}`,
    description: `Welche erfassten Vereinbarungen am ${dayLabel} nachweislich in Kraft waren und wer Träger welcher Organisation war.`,
    pager: { previous: neighbour(year - 1), next: neighbour(year + 1) },
    inForce: {
      heading: STATE_TEXTS.inForce(dayLabel),
      empty: STATE_TEXTS.inForceEmpty,
      items: state.inForce.map((agreement) => ({
        agreement: link(agreement),
        statement: statement(
          'in-force',
          `In Kraft ${sincePhrase(agreement.inForce!.date) ?? ''}`.trim(),
          toBasis(agreement.inForce!.basis),
          { on: day },
        ),
        parties: agreement.parties.map((party) => ({
          link: link(party),
          // A party from the start is one at the latest from the entry into force: that fact is part of the basis.
          statement: statement(
            'party-on',
            party.name,
            toBasis(party.original ? [...party.basis, ...agreement.inForce!.basis] : party.basis),
            {
              on: day,
            },
          ),
        })),
      })),
    },
    signedOnly: {
      heading: STATE_TEXTS.signedOnly(dayLabel),
      intro: STATE_TEXTS.signedOnlyIntro,
      items: state.signedOnly.map((agreement) => ({
        agreement: link(agreement),
        reason: STATE_TEXTS.reason(agreement.reason, agreement.inForce ? sincePhrase(agreement.inForce.date) : undefined),
        statement: statement('signed', 'Unterzeichnet', toBasis(agreement.signed!.basis), { on: day }),
      })),
    },
    providers: {
      heading: STATE_TEXTS.providers(dayLabel),
      empty: STATE_TEXTS.providersEmpty,
      items: state.providers.map((provider) => ({
        org: link(provider),
        statement: statement('exists', provider.name, toBasis(provider.start!.basis), { on: day }),
        owners: provider.owners.map((owner) => ({
          link: link(owner),
          statement: statement('owner-on', owner.name, toBasis(owner.basis), { on: day }),
        })),
      })),
    },
    undated: {
      heading: STATE_TEXTS.undated,
      intro: STATE_TEXTS.undatedIntro,
      items: state.undated.map((provider) => ({ org: link(provider), owners: provider.owners.map(link) })),
    },
  };
}
