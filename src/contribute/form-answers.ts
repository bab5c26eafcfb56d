/**
 * From the fields of the form on /mitmachen/ to the answers the builders take: the same
 * answers `npm run new` collects on the command line, so that the form and the scaffolder
 * write the same files. The page script reads the form into `FormValues`; everything
 * else happens here, where tests reach it. No Node APIs: bundled into the page.
 */
import type { AgreementKind, FactDetail } from '../schemas/agreement.ts';
import type { MembershipAnswers, SourceAnswers, StakeAnswers } from './organisation-edits.ts';
import type { FactAnswers, NewRecordAnswers } from './record-template.ts';
import { detailsOfType } from './schema-fields.ts';
import type { NewSolutionAnswers } from './solution-template.ts';

/** One repeated group of fields (a step, an event, a legal basis): field name → value; details as "approval.authority". */
export type Row = Record<string, string>;

export interface FormValues {
  /** Single fields by name. */
  fields: Record<string, string>;
  /** Fields that occur several times (parties, topics, group members, developers). */
  lists: Record<string, string[]>;
  /** Repeated groups of fields by kind: "step", "event", "legal". */
  rows: Record<string, Row[]>;
}

/** Ids of known parties and whether each is a Land or an organisation. */
export type PartyKinds = Record<string, 'org' | 'land'>;

type Actor = { org: string } | { land: string };

const trimmed = (value: string | undefined) => value?.trim() ?? '';
const optional = (value: string | undefined) => trimmed(value) || undefined;

/** An id as a party: a Land if it is the id of one, else an organisation (unknown ids are named by the check). */
export function actorOf(id: string, kinds: PartyKinds): Actor {
  return kinds[id] === 'land' ? { land: id } : { org: id };
}

const actors = (values: string[] | undefined, kinds: PartyKinds) =>
  (values ?? [])
    .map(trimmed)
    .filter(Boolean)
    .map((id) => actorOf(id, kinds));

/** A number as people type it ("12,5"), or undefined if there is none. */
function numberOf(value: string | undefined): number | undefined {
  const text = trimmed(value).replace(/\s/g, '').replace(',', '.');
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** A step or event row: its type, dates and note, and the fields of the details its type takes. */
export function factOf(row: Row): FactAnswers {
  const details: Partial<Record<FactDetail, Record<string, string>>> = {};
  for (const detail of detailsOfType(trimmed(row.type))) {
    const fields = Object.entries(row).flatMap(([key, value]) =>
      key.startsWith(`${detail}.`) && trimmed(value) ? [[key.slice(detail.length + 1), trimmed(value)]] : [],
    );
    if (fields.length > 0) details[detail] = Object.fromEntries(fields);
  }
  return {
    type: trimmed(row.type),
    date: optional(row.date),
    planned: optional(row.planned),
    note: optional(row.note),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

function sourceOf(fields: Record<string, string>): SourceAnswers {
  return {
    url: trimmed(fields.sourceUrl),
    title: trimmed(fields.sourceTitle),
    publisher: trimmed(fields.sourcePublisher),
    published: trimmed(fields.sourcePublished),
  };
}

/** A new agreement: named parties, at most one group, steps of named parties, events, legal basis. */
export function agreementAnswers({ fields, lists, rows }: FormValues, kinds: PartyKinds): NewRecordAnswers {
  const groupName = trimmed(fields.groupName);
  const groupCount = numberOf(fields.groupCount);
  const emptyRow = (row: Row) => Object.values(row).every((value) => trimmed(value) === '');
  return {
    title: trimmed(fields.title),
    kind: trimmed(fields.kind) as AgreementKind,
    signed: optional(fields.signed),
    parties: actors(lists.party, kinds),
    groups: groupName
      ? [
          {
            name: groupName,
            // A count that is no whole number stays in the file as written, and the check says why it is wrong.
            count: groupCount,
            members: actors(lists.groupMember, kinds),
          },
        ]
      : [],
    steps: (rows.step ?? []).filter((row) => trimmed(row.type)).map((row) => ({ ...factOf(row), party: trimmed(row.party) })),
    events: (rows.event ?? []).filter((row) => trimmed(row.type)).map(factOf),
    legalBasis: (rows.legal ?? [])
      .filter((row) => !emptyRow(row))
      .map((row) => ({ name: trimmed(row.name), section: optional(row.section), url: optional(row.url) })),
    topics: (lists.topic ?? []).filter(Boolean),
    summary: trimmed(fields.summary),
    source: sourceOf(fields),
    body: trimmed(fields.body),
  };
}

/** A member of an organisation (the organisation is `fields.in`). */
export function membershipAnswers({ fields }: FormValues, kinds: PartyKinds): MembershipAnswers {
  return {
    member: actorOf(trimmed(fields.member), kinds),
    since: optional(fields.since),
    notice: optional(fields.notice),
    until: optional(fields.until),
    end: optional(fields.end),
    source: sourceOf(fields),
  };
}

/** A share of an owner in an organisation (the organisation is `fields.in`). */
export function stakeAnswers({ fields }: FormValues, kinds: PartyKinds): StakeAnswers {
  return {
    owner: actorOf(trimmed(fields.owner), kinds),
    percent: numberOf(fields.percent),
    nominal: numberOf(fields.nominal),
    asOf: trimmed(fields.asOf),
    since: optional(fields.ownerSince),
    source: sourceOf(fields),
  };
}

/** A new solution. */
export function solutionAnswers({ fields, lists }: FormValues, kinds: PartyKinds): NewSolutionAnswers {
  return {
    name: trimmed(fields.name),
    shortName: optional(fields.shortName),
    developers: actors(lists.developer, kinds),
    since: optional(fields.solutionSince),
    description: trimmed(fields.description),
    topics: (lists.solutionTopic ?? []).filter(Boolean),
    source: sourceOf(fields),
  };
}
