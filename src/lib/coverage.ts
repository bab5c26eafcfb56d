/**
 * How much of public IT cooperation the atlas holds, said honestly: per Land and per kind,
 * what is recorded, what sources mention but has no record yet, and the totals sources
 * state, so that no reader takes the atlas for complete. A plain view for /daten/abdeckung/.
 *
 * "Aus dem Land" is geography: agreements of organisations and Kommunen located in the
 * Land. It is kept apart from the Land as a party and never read as the Land's involvement.
 */
import { agreementKinds, type AgreementKind } from '../schemas/agreement.ts';
import type { KnownTotal } from '../schemas/known.ts';
import type { AgreementView, Registry } from './registry-core.ts';

export interface CoverageRow {
  key: string;
  label: string;
  href?: string | undefined;
  /** Records with this Land as a party (per Land) or of this kind (per kind). */
  recorded: number;
  /** Per Land: records with a party located in the Land, the Land itself not counted. */
  recordedFromLand?: number | undefined;
  knownMissing: number;
  totals: { what: string; count: number; approximate: boolean }[];
}

export interface TotalComparison {
  id: string;
  what: string;
  count: number;
  approximate: boolean;
  land?: string | undefined;
  asOf?: KnownTotal['asOf'];
  source: KnownTotal['source'];
  note?: string | undefined;
  /**
   * Records that fall under the same count, where the total says which (a Land and kinds):
   * agreements of those kinds with a party located in that Land. Undefined where the total
   * cannot be compared.
   */
  recorded?: number | undefined;
}

const locatedIn = (agreement: AgreementView, land: string) =>
  agreement.parties.some((party) => party.actor.kind === 'org' && party.actor.org.land === land);

export function coverageView(registry: Registry, urls: { land: (id: string) => string }) {
  const perLand: CoverageRow[] = registry.laender.map((land) => ({
    key: land.id,
    label: land.name,
    href: urls.land(land.id),
    recorded: registry.agreementsOfLand(land.id).filter(({ involvement }) => involvement.direct).length,
    recordedFromLand: registry.agreements.filter((agreement) => locatedIn(agreement, land.id)).length,
    knownMissing: registry.knownMissing.filter((entry) => entry.laender.includes(land.id)).length,
    totals: registry.knownTotals
      .filter((total) => total.land === land.id)
      .map((total) => ({ what: total.what, count: total.count, approximate: total.approximate })),
  }));
  const kindOf = (kind: AgreementKind | undefined) => kind ?? 'unbekannt';
  const perKind: CoverageRow[] = [...agreementKinds.values, 'unbekannt' as const]
    .map((kind) => ({
      key: kind,
      label: kind === 'unbekannt' ? 'Art nicht bekannt' : agreementKinds.labels[kind],
      recorded: registry.agreements.filter((agreement) => agreement.data.kind === kind).length,
      knownMissing: registry.knownMissing.filter((entry) => kindOf(entry.kind) === kind).length,
      totals: registry.knownTotals
        .filter((total) => kind !== 'unbekannt' && total.kinds.includes(kind))
        .map((total) => ({ what: total.what, count: total.count, approximate: total.approximate })),
    }))
    .filter((row) => row.recorded + row.knownMissing + row.totals.length > 0);
  const totals: TotalComparison[] = registry.knownTotals.map((total) => {
    const comparable = total.land !== undefined && total.kinds.length > 0;
    return {
      id: total.id,
      what: total.what,
      count: total.count,
      approximate: total.approximate,
      land: total.land === undefined ? undefined : registry.land(total.land)?.name,
      asOf: total.asOf,
      source: total.source,
      note: total.note,
      recorded: comparable
        ? registry.agreements.filter(
            (agreement) =>
              total.kinds.includes(agreement.data.kind) &&
              (locatedIn(agreement, total.land!) || agreement.laender.some((entry) => entry.land.id === total.land && entry.direct)),
          ).length
        : undefined,
    };
  });
  return {
    recorded: registry.agreements.length,
    knownMissing: registry.knownMissing.length,
    perLand,
    perKind,
    totals,
  };
}
