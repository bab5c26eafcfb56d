/**
 * How much of public IT cooperation the atlas holds, said honestly: per Land and per kind,
 * what is recorded, what sources mention but has no record yet, and the totals sources
 * state, so that no reader takes the atlas for complete. A plain view for /daten/abdeckung/.
 *
 * "Aus dem Land" is geography: agreements of organisations and Kommunen located in the
 * Land. It is kept apart from the Land as a party and never read as the Land's involvement.
 */
import { agreementKinds, type AgreementKind } from '../schemas/agreement.ts';
import type { Source } from '../schemas/common.ts';
import { formatDateValue, sortDay } from '../schemas/dates.ts';
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
  /** Totals sources state for this row; `land` names the Land a total is about, if any. */
  totals: { id: string; what: string; count: number; approximate: boolean; countLabel: string; land?: string | undefined }[];
}

export interface TotalComparison {
  id: string;
  what: string;
  count: number;
  approximate: boolean;
  /** "1.500" or "1.500 (nicht genau)": the source said "etwa", "rund", "über" or the like. */
  countLabel: string;
  land?: string | undefined;
  landHref?: string | undefined;
  asOf?: KnownTotal['asOf'];
  /** "März 2024", or undefined where the source gives no date for the figure. */
  asOfLabel?: string | undefined;
  source: KnownTotal['source'];
  note?: string | undefined;
  /**
   * Records that fall under the same count, where the total says which (a Land and kinds):
   * agreements of those kinds with a party located in that Land. Undefined where the total
   * cannot be compared.
   */
  recorded?: number | undefined;
}

const numberFormat = new Intl.NumberFormat('de-DE');

/** A figure as the source gives it; the source's exact wording stays in the total's note. */
export const countLabel = (total: Pick<KnownTotal, 'count' | 'approximate'>) =>
  `${numberFormat.format(total.count)}${total.approximate ? ' (nicht genau)' : ''}`;

const totalCell = (registry: Registry) => (total: KnownTotal) => ({
  id: total.id,
  what: total.what,
  count: total.count,
  approximate: total.approximate,
  countLabel: countLabel(total),
  land: total.land === undefined ? undefined : registry.land(total.land)?.name,
});

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
    totals: registry.knownTotals.filter((total) => total.land === land.id).map(totalCell(registry)),
  }));
  const kindOf = (kind: AgreementKind | undefined) => kind ?? 'unbekannt';
  const perKind: CoverageRow[] = [...agreementKinds.values, 'unbekannt' as const]
    .map((kind) => ({
      key: kind,
      label: kind === 'unbekannt' ? 'Art nicht bekannt' : agreementKinds.labels[kind],
      recorded: registry.agreements.filter((agreement) => agreement.data.kind === kind).length,
      knownMissing: registry.knownMissing.filter((entry) => kindOf(entry.kind) === kind).length,
      totals: registry.knownTotals.filter((total) => kind !== 'unbekannt' && total.kinds.includes(kind)).map(totalCell(registry)),
    }))
    .filter((row) => row.recorded + row.knownMissing + row.totals.length > 0);
  const totals: TotalComparison[] = registry.knownTotals.map((total) => {
    const comparable = total.land !== undefined && total.kinds.length > 0;
    return {
      ...totalCell(registry)(total),
      landHref: total.land === undefined ? undefined : urls.land(total.land),
      asOf: total.asOf,
      asOfLabel: total.asOf === undefined ? undefined : formatDateValue(total.asOf),
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
  // Grouped by Land (those without one last), so a reader finds their Land's figures together.
  totals.sort(
    (a, b) => (a.land === undefined ? 1 : 0) - (b.land === undefined ? 1 : 0) || (a.land ?? '').localeCompare(b.land ?? '', 'de'),
  );
  return {
    recorded: registry.agreements.length,
    knownMissing: registry.knownMissing.length,
    perLand,
    perKind,
    totals,
  };
}

export interface KnownMissingItem {
  id: string;
  title: string;
  /** The kind's label where the source names it. */
  kind?: string | undefined;
  /** The parties as the source names them: text, not references, since most have no record. */
  parties: string[];
  laender: { name: string; href: string }[];
  /** As precise as the source: "2013", "März 2019", "spätestens 2019". */
  date?: string | undefined;
  source: Source;
  note?: string | undefined;
}

/**
 * "Bekannt, noch nicht erfasst": each find with its source, as an invitation to write the
 * record. Dated entries first, newest first; undated ones by title.
 */
export function knownMissingView(registry: Registry, urls: { land: (id: string) => string }): KnownMissingItem[] {
  return registry.knownMissing
    .map((entry) => ({ entry, day: entry.date === undefined ? undefined : sortDay(entry.date) }))
    .sort(
      (a, b) =>
        (b.day ?? '').localeCompare(a.day ?? '') ||
        a.entry.title.localeCompare(b.entry.title, 'de') ||
        a.entry.id.localeCompare(b.entry.id),
    )
    .map(({ entry }) => ({
      id: entry.id,
      title: entry.title,
      kind: entry.kind === undefined ? undefined : agreementKinds.labels[entry.kind],
      parties: entry.parties,
      laender: entry.laender.flatMap((id) => {
        const land = registry.land(id);
        return land ? [{ name: land.name, href: urls.land(land.id) }] : [];
      }),
      date: entry.date === undefined ? undefined : formatDateValue(entry.date),
      source: entry.source,
      note: entry.note,
    }));
}
