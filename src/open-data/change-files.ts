/**
 * "Changes since", for researchers: one JSON file per month with every change of that
 * month (/api/v1/aenderungen/<JJJJ-MM>.json) and a list of the months
 * (/api/v1/aenderungen.json), so that a copy of the data can be brought up to date by
 * fetching the months since it was made and then only the records they name.
 */
import type { ChangeEntry } from '../lib/change-views.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import type { ChangeV1 } from './api-schema.ts';
import { collection, type OpenDataContext } from './api.ts';

export function changeToV1(change: ChangeEntry): ChangeV1 {
  const exists = change.href !== undefined;
  return {
    commit: change.commit,
    date: change.date,
    record: {
      kind: change.kind,
      id: change.recordId,
      idThen: change.idThen,
      url: exists ? absoluteUrl(change.href!) : null,
      api: exists && change.kind === 'agreement' ? absoluteUrl(urls.apiAgreement(change.recordId)) : null,
    },
    change: change.type,
    title: change.title,
    lines: change.lines,
  };
}

/** Months with changes, newest first, with their changes (newest first). */
export function changeMonths(changes: ChangeEntry[]): { month: string; changes: ChangeEntry[] }[] {
  const months = new Map<string, ChangeEntry[]>();
  for (const change of changes) {
    const list = months.get(change.month);
    if (list) list.push(change);
    else months.set(change.month, [change]);
  }
  return [...months].map(([month, list]) => ({ month, changes: list })).sort((a, b) => b.month.localeCompare(a.month));
}

export function changeMonthFile(context: OpenDataContext, month: string, changes: ChangeEntry[]) {
  return { ...collection(context, changes.map(changeToV1)), month };
}

export function changeMonthsFile(context: OpenDataContext, changes: ChangeEntry[]) {
  return collection(
    context,
    changeMonths(changes).map(({ month, changes: list }) => ({ month, count: list.length, url: absoluteUrl(urls.apiChangesMonth(month)) })),
  );
}
