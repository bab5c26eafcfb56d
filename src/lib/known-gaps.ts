/**
 * What the records are known not to say, counted: for /methodik/, so that readers see how
 * often a page has to say "nicht erfasst" and why. Each figure follows the same rule the
 * pages use (src/lib/agreement-facts.ts, src/lib/state-at.ts).
 */
import { inForceFacts, signatureFacts } from './agreement-facts.ts';
import type { Registry } from './registry-core.ts';

export interface KnownGaps {
  agreements: number;
  /** No `signed` and no step `unterzeichnung`: the page never says "unterzeichnet". */
  withoutSignature: number;
  /** A signature whose day is unknown. */
  signatureDayUnknown: number;
  /** Neither in force by a fact nor ended: "nicht als in Kraft belegt" or "Stand unbekannt". */
  notShownInForce: number;
  /** In force by its status only: since when, no record says. */
  inForceWithoutDate: number;
  owners: number;
  /** Owners without `since`: they count from the organisation's start. */
  ownersWithoutSince: number;
  /** Organisations with owners whose start no record gives: on no "Stand am". */
  organisationsWithoutStart: number;
}

export function knownGaps(registry: Registry): KnownGaps {
  const { agreements, organisations } = registry;
  const owned = organisations.filter((org) => org.owners.length > 0);
  const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    agreements: agreements.length,
    withoutSignature: count(agreements, ({ data }) => signatureFacts(data).length === 0),
    signatureDayUnknown: count(agreements, ({ data }) => signatureFacts(data).some((fact) => typeof fact.date === 'object')),
    notShownInForce: count(agreements, ({ data }) => inForceFacts(data).length === 0),
    inForceWithoutDate: count(agreements, ({ data }) => {
      const facts = inForceFacts(data);
      return facts.length > 0 && facts.every((fact) => fact.kind === 'status');
    }),
    owners: owned.reduce((sum, org) => sum + org.owners.length, 0),
    ownersWithoutSince: owned.reduce((sum, org) => sum + count(org.owners, (owner) => owner.since === undefined), 0),
    organisationsWithoutStart: count(
      owned,
      (org) => registry.organisationStart(org.id) === undefined && org.owners.every((owner) => owner.since === undefined),
    ),
  };
}
