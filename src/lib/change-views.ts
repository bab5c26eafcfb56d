/**
 * The change history as pages, feeds and files show it: one plain entry per record and
 * commit, newest first, in German words, with the record it concerns and the Länder,
 * organisations and topics it is about (for the feeds per Land, organisation and topic).
 */
import { formatDay, todayInGermany } from '../schemas/dates.ts';
import { describeChange, type ChangeLog, type ChangeType, type RecordChange } from './change-log.ts';
import type { Names } from './record-diff.ts';
import type { RecordKind } from './record-fields.ts';
import { versionTitle } from './record-versions.ts';
import { organisationName, type Registry } from './registry-core.ts';
import { forgeUrls, urls } from './urls.ts';

export interface ChangeAbout {
  laender: string[];
  organisations: string[];
  topics: string[];
}

export interface ChangeEntry {
  /** Unique on the site, for anchors and feed ids: "<commit>-<kind>-<id>". */
  key: string;
  commit: string;
  commitShort: string;
  commitHref: string;
  /** When the change reached the branch (ISO 8601), the day in words, and the month (YYYY-MM) in Germany. */
  date: string;
  day: string;
  month: string;
  kind: RecordKind;
  kindLabel: string;
  /** The record's id now (renames followed), and in this commit. */
  recordId: string;
  idThen: string;
  title: string;
  /** The record's page, if the record is still in the atlas. */
  href?: string | undefined;
  type: ChangeType;
  typeLabel: string;
  lines: string[];
  about: ChangeAbout;
}

export const KIND_LABELS: Record<RecordKind, string> = { agreement: 'Vereinbarung', organisation: 'Organisation', solution: 'Lösung' };
export const CHANGE_LABELS: Record<ChangeType, string> = { added: 'Neu', modified: 'Geändert', removed: 'Entfernt' };

/** Names as the site shows them; a record no longer in the atlas keeps its id. */
export function registryNames(registry: Registry): Names {
  return {
    land: (id) => registry.land(id)?.name ?? id,
    org: (id) => {
      const org = registry.organisation(id);
      return org ? organisationName(org) : id;
    },
    topic: (id) => registry.topic(id)?.label ?? id,
    agreement: (id) => registry.agreement(id)?.data.title ?? id,
    solution: (id) => registry.solution(id)?.name ?? id,
  };
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown) => (typeof value === 'string' ? [value] : []);

/** The Länder, organisations and topics a version of a record names. */
function namedIn(kind: RecordKind, data: Raw | undefined, into: { laender: Set<string>; organisations: Set<string>; topics: Set<string> }) {
  if (!data) return;
  const actors = (items: Raw[]) => {
    for (const item of items) {
      text(item.land).forEach((id) => into.laender.add(id));
      text(item.org).forEach((id) => into.organisations.add(id));
    }
  };
  const topics = Array.isArray(data.topics) ? data.topics.filter((topic): topic is string => typeof topic === 'string') : [];
  topics.forEach((id) => into.topics.add(id));
  if (kind === 'agreement') {
    const parties = list(data.parties);
    actors(parties);
    actors(parties.flatMap((party) => (isObject(party.group) ? list(party.group.members) : [])));
  } else if (kind === 'organisation') {
    text(data.land).forEach((id) => into.laender.add(id));
    actors([...list(data.owners), ...list(data.members)]);
  } else {
    actors([...list(data.developedBy), ...list(data.reusers)]);
  }
}

export function changeEntries(log: ChangeLog, registry: Registry): ChangeEntry[] {
  const names = registryNames(registry);
  const pageOf = (kind: RecordKind, id: string) =>
    kind === 'agreement'
      ? registry.agreement(id) && urls.agreement(id)
      : kind === 'organisation'
        ? registry.organisation(id) && urls.organisation(id)
        : registry.solution(id) && urls.solution(id);
  const entry = (change: RecordChange): ChangeEntry => {
    const recordId = log.currentId(change.kind, change.id);
    const about = { laender: new Set<string>(), organisations: new Set<string>(), topics: new Set<string>() };
    namedIn(change.kind, change.before?.data, about);
    namedIn(change.kind, change.after?.data, about);
    // What the records say today counts too: a Land involved through a provider it owned, an organisation's owners.
    if (change.kind === 'agreement') {
      for (const involvement of registry.agreement(recordId)?.laender ?? []) about.laender.add(involvement.land.id);
    } else if (change.kind === 'organisation') {
      about.organisations.add(recordId);
      const org = registry.organisation(recordId);
      if (org) namedIn('organisation', org as unknown as Raw, about);
    }
    const when = new Date(change.date);
    return {
      key: `${change.commit.slice(0, 12)}-${change.kind}-${change.id}`,
      commit: change.commit,
      commitShort: change.commit.slice(0, 7),
      commitHref: forgeUrls.commit(change.commit),
      date: change.date,
      day: formatDay(when),
      month: todayInGermany(when).slice(0, 7),
      kind: change.kind,
      kindLabel: KIND_LABELS[change.kind],
      recordId,
      idThen: change.id,
      title: versionTitle(change.after) ?? versionTitle(change.before) ?? change.id,
      href: pageOf(change.kind, recordId) || undefined,
      type: change.type,
      typeLabel: CHANGE_LABELS[change.type],
      lines: describeChange(change, names),
      about: { laender: [...about.laender].sort(), organisations: [...about.organisations].sort(), topics: [...about.topics].sort() },
    };
  };
  // Newest commit first; within a commit, agreements, organisations, solutions, each by title.
  const kindOrder: RecordKind[] = ['agreement', 'organisation', 'solution'];
  const position = new Map(log.changes.map((change, index) => [change, index]));
  const commitRank = new Map<string, number>();
  log.changes.forEach((change, index) => commitRank.set(change.commit, index));
  const entries = log.changes.map((change) => ({ change, entry: entry(change) }));
  return entries
    .sort(
      (a, b) =>
        commitRank.get(b.change.commit)! - commitRank.get(a.change.commit)! ||
        kindOrder.indexOf(a.change.kind) - kindOrder.indexOf(b.change.kind) ||
        a.entry.title.localeCompare(b.entry.title, 'de') ||
        position.get(a.change)! - position.get(b.change)!,
    )
    .map(({ entry: view }) => view);
}
