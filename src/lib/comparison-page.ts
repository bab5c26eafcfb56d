/**
 * What a comparison page (/vergleich/<a>/<b>/) shows, as one plain object: the two actors,
 * the agreements both are parties to, and apart from them those they share only because
 * at least one takes part through an organisation it owned at the time.
 */
import { organisationKinds } from '../schemas/organisation.ts';
import { agreementRows, type AgreementRow } from './agreement-table.ts';
import type { Comparison } from './compare.ts';
import type { Actor, Registry } from './registry-core.ts';
import type { Link } from './statements.ts';
import { actorLink } from './view-links.ts';

export interface ComparisonPageView {
  a: Link;
  b: Link;
  title: string;
  description: string;
  kinds: [string, string];
  totals: [string, string];
  /** A Land is among the two: a party may be its ministry or state chancellery. */
  withLand: boolean;
  direct: AgreementRow[];
  indirect: AgreementRow[];
}

const unit = (count: number) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

export function comparisonPage(registry: Registry, comparison: Comparison): ComparisonPageView {
  const { a, b } = comparison;
  const direct = agreementRows(comparison.direct.map((agreement) => ({ agreement })));
  const indirect = agreementRows(
    comparison.indirect.map(({ agreement, how }) => ({ agreement, note: `${a.name}: ${how[0]}; ${b.name}: ${how[1]}` })),
  );
  const kindOf = (actor: Actor) => (actor.kind === 'land' ? 'Land' : organisationKinds.labels[actor.org.kind]);
  const totalOf = (actor: Actor) =>
    actor.kind === 'land'
      ? `${registry.directCountByLand().get(actor.id) ?? 0} als Vertragspartei, ${registry.indirectCountByLand().get(actor.id) ?? 0} nur über Organisationen`
      : unit(registry.agreementsOfOrganisation(actor.id).length);
  return {
    a: actorLink(a),
    b: actorLink(b),
    title: `${a.name} und ${b.name}`,
    description: `Was ${a.name} und ${b.name} verbindet: ${unit(direct.length)}, an denen beide selbst Vertragspartei sind, und ${unit(indirect.length)}, an denen mindestens eine Seite nur über eine Organisation beteiligt ist, deren Träger sie damals war.`,
    kinds: [kindOf(a), kindOf(b)],
    totals: [totalOf(a), totalOf(b)],
    withLand: a.kind === 'land' || b.kind === 'land',
    direct,
    indirect,
  };
}
