/**
 * The data quality view: how well the records are sourced and dated, per Land and per
 * provider, and every fact a record marks as unknown — each an invitation to contribute.
 * Derived from the registry, so the page only renders it.
 */
import { eventTypes, stepTypes } from '../schemas/agreement.ts';
import { formatDateValue, readDateValue, type DateValue } from '../schemas/dates.ts';
import type { AgreementView, Registry } from './registry-core.ts';

export interface AgreementQuality {
  /** The date that places the agreement is exact (day, month, quarter or year). */
  exactDate: boolean;
  /** At least one party has dated steps of its own. */
  partySteps: boolean;
  twoOrMoreSources: boolean;
  /** At least one source has an archived copy. */
  archived: boolean;
}

export interface QualityRow {
  key: string;
  name: string;
  href: string;
  agreements: number;
  exactDate: number;
  partySteps: number;
  twoOrMoreSources: number;
  archived: number;
}

export interface UnknownFact {
  agreement: AgreementView;
  /** What is unknown, in German, e.g. "Datum der Unterzeichnung" or "Beitritt von Bremen". */
  what: string;
  /** The reason the record gives, or what it knows instead (a bound). */
  detail: string;
  kind: 'unknown' | 'bounded';
}

export function qualityOf(agreement: AgreementView): AgreementQuality {
  const date = agreement.date === undefined ? null : readDateValue(agreement.date);
  return {
    exactDate: date?.form === 'exact',
    partySteps: agreement.parties.some((party) => party.steps.length > 0),
    twoOrMoreSources: agreement.data.sources.length >= 2,
    archived: agreement.data.sources.some((source) => source.archive !== undefined),
  };
}

function row(key: string, name: string, href: string, agreements: AgreementView[]): QualityRow {
  const qualities = agreements.map(qualityOf);
  const count = (field: keyof AgreementQuality) => qualities.filter((quality) => quality[field]).length;
  return {
    key,
    name,
    href,
    agreements: agreements.length,
    exactDate: count('exactDate'),
    partySteps: count('partySteps'),
    twoOrMoreSources: count('twoOrMoreSources'),
    archived: count('archived'),
  };
}

/** Organisation kinds that provide IT for others: the providers of the quality table. */
const PROVIDER_KINDS = new Set(['it-dienstleister', 'kommunaler-it-verbund', 'zweckverband']);

export function dataQuality(registry: Registry, urls: { land: (id: string) => string; organisation: (id: string) => string }) {
  const total = row('alle', 'Alle Vereinbarungen', '', registry.agreements);
  const perLand = registry.laender
    .map((land) =>
      row(
        `land:${land.id}`,
        land.name,
        urls.land(land.id),
        registry
          .agreementsOfLand(land.id)
          .filter(({ involvement }) => involvement.direct)
          .map(({ agreement }) => agreement),
      ),
    )
    .filter((entry) => entry.agreements > 0);
  const perProvider = registry.organisations
    .filter((org) => PROVIDER_KINDS.has(org.kind))
    .map((org) => row(`org:${org.id}`, org.shortName ?? org.name, urls.organisation(org.id), registry.agreementsOfOrganisation(org.id)))
    .filter((entry) => entry.agreements > 0);

  const unknown: UnknownFact[] = [];
  const note = (agreement: AgreementView, what: string, value: DateValue | undefined) => {
    if (value === undefined) return;
    const date = readDateValue(value);
    if (date?.form === 'unknown') unknown.push({ agreement, what, detail: date.reason, kind: 'unknown' });
    else if (date && date.form !== 'exact')
      unknown.push({ agreement, what, detail: `nur eingegrenzt: ${formatDateValue(date)}`, kind: 'bounded' });
  };
  for (const agreement of registry.agreements) {
    note(agreement, 'Datum der Unterzeichnung', agreement.data.signed);
    note(agreement, 'Wirksam ab', agreement.data.effective);
    for (const event of agreement.data.events) note(agreement, `Ereignis „${eventTypes.labels[event.type]}“`, event.date);
    for (const party of agreement.parties) {
      for (const step of party.steps) note(agreement, `${party.actor.name}: ${stepTypes.labels[step.type]}`, step.date);
    }
    if (agreement.date === undefined) unknown.push({ agreement, what: 'Datum', detail: 'Der Eintrag nennt kein Datum.', kind: 'unknown' });
  }
  // Grouped per agreement, in the registry's order (newest first), for a list that reads well.
  const byAgreement = [...new Set(unknown.map((fact) => fact.agreement))].map((agreement) => ({
    agreement,
    facts: unknown.filter((fact) => fact.agreement === agreement),
  }));
  return { total, perLand, perProvider, unknown, byAgreement };
}

/** A record checked against its sources longer ago than this is due for a check. */
export const CHECK_INTERVAL_YEARS = 2;
export const CHECK_INTERVAL_WORDS = 'zwei Jahren';

export interface CheckRow {
  id: string;
  title: string;
  href: string;
  /** The day of the last check (YYYY-MM-DD) and its German form; undefined if none is recorded. */
  checked?: string | undefined;
  checkedLabel?: string | undefined;
  /** Not checked within the interval, or never. */
  due: boolean;
  /** Parties that confirmed the record, by name. */
  confirmedBy: string[];
}

/**
 * How current the records are: which agreements were not checked against their sources
 * for more than two years (or never), and which no party confirmed. `today` is a
 * parameter, so that the answer can be checked for any day.
 */
export function checkQuality(registry: Registry, today: string, agreementUrl: (id: string) => string) {
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  const limit = `${year - CHECK_INTERVAL_YEARS}${rest}`;
  const rows: CheckRow[] = registry.agreements.map((agreement) => {
    const verification = agreement.data.verification;
    const checked = verification?.checked;
    return {
      id: agreement.id,
      title: agreement.data.title,
      href: agreementUrl(agreement.id),
      checked,
      checkedLabel: checked && formatDateValue(checked),
      due: checked === undefined || checked < limit,
      confirmedBy: (verification?.confirmedBy ?? []).map((confirmation) => registry.actorOf(confirmation).name),
    };
  });
  // The longest unchecked first, never checked before all; then by title.
  const listed = rows
    .filter((row) => row.due || row.confirmedBy.length === 0)
    .sort((a, b) => (a.checked ?? '').localeCompare(b.checked ?? '') || a.title.localeCompare(b.title, 'de'));
  return {
    total: rows.length,
    due: rows.filter((row) => row.due).length,
    unconfirmed: rows.filter((row) => row.confirmedBy.length === 0).length,
    /** Since when a check counts as recent (YYYY-MM-DD). */
    limit,
    rows: listed,
  };
}
