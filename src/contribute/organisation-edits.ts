/**
 * Additions to an existing organisation file: a member (of a cooperative, association
 * or Zweckverband) or a share held by an owner, each with a new source. Used by
 * `npm run new -- mitgliedschaft|beteiligung` (which edits the file) and by the form on
 * /mitmachen/ (which shows the same lines as a snippet to add on the forge). Both take
 * the new entries from `membershipAddition` and `stakeAddition`, so they cannot differ.
 *
 * The new lines are inserted into the text where they belong; the rest of the file is
 * left exactly as it was (a YAML library writing the whole document again would refold
 * long texts and restyle lists, and a pull request would show changes nobody made).
 */
import { isMap, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { todayInGermany } from '../schemas/dates.ts';

export type ActorRef = { org: string } | { land: string };

/** The new source of an addition, as far as the contributor has read it. */
export interface SourceAnswers {
  url?: string | undefined;
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
}

export interface MembershipAnswers {
  member: ActorRef;
  since?: string | undefined;
  until?: string | undefined;
  notice?: string | undefined;
  end?: string | undefined;
  source?: SourceAnswers | undefined;
}

export interface StakeAnswers {
  owner: ActorRef;
  percent?: number | undefined;
  nominal?: number | undefined;
  asOf: string;
  /** Owner since: only for a new owner. */
  since?: string | undefined;
  source?: SourceAnswers | undefined;
}

/**
 * What an addition needs to know of the file it goes into: the source ids already taken,
 * whether it lists members, and its owners ("org:…", "land:…"). Read from the file by the
 * scaffolder, and from the registry by the form, which has no file at hand.
 */
export interface OrganisationOutline {
  sourceIds: readonly string[];
  hasSources: boolean;
  hasMembers: boolean;
  owners: readonly string[];
}

/** What is added: entries for the file's lists, each with its list's key. */
export interface MembershipAddition {
  member: Record<string, unknown>;
  source: Record<string, unknown>;
}
export interface StakeAddition {
  /** The owner the share is added to, as "org:…" or "land:…". */
  ownerKey: string;
  stake: Record<string, unknown>;
  /** A new owner entry (with the stake), when the file does not list the owner yet. */
  newOwner?: Record<string, unknown> | undefined;
  source: Record<string, unknown>;
}

interface Insertion {
  at: number;
  text: string;
  /** A new key at the end of the file: after anything else inserted there. */
  topLevel?: boolean;
}

const present = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
/** A year alone is written as records write it, unquoted (the schema reads it back as the year). */
const dateValue = (value: string | undefined) => {
  const date = present(value);
  return date && /^\d{4}$/.test(date) ? Number(date) : date;
};
const idOf = (actor: ActorRef) => ('org' in actor ? actor.org : actor.land);
/** "org:dataport" or "land:berlin": how owners are told apart, in a file, in the registry and in the form's answers. */
const ownerKeyOf = (owner: { org?: unknown; land?: unknown }) =>
  typeof owner.org === 'string' ? `org:${owner.org}` : `land:${String(owner.land)}`;

/** The outline of a file with sources, no members and no owners: most organisations; the form's page leaves them out. */
export const PLAIN_OUTLINE: OrganisationOutline = { sourceIds: [], hasSources: true, hasMembers: false, owners: [] };

export function isPlainOutline(outline: OrganisationOutline): boolean {
  return outline.sourceIds.length === 0 && outline.hasSources && !outline.hasMembers && outline.owners.length === 0;
}

/** The first part of the id of an addition's source: what `compactOutline` keeps. */
const SOURCE_ID_BASE = { membership: 'mitglied-', stake: 'anteil-' } as const;

/** An outline with only the source ids an addition's source could collide with: what the form's page carries for each organisation. */
export function compactOutline(outline: OrganisationOutline): OrganisationOutline {
  const bases = Object.values(SOURCE_ID_BASE);
  return { ...outline, sourceIds: outline.sourceIds.filter((id) => bases.some((base) => id.startsWith(base))) };
}

/** A source id for the addition that is free in the file: `mitglied-stadt-b`, else `mitglied-stadt-b-2` … */
function freeSourceId(taken: readonly string[], base: string): string {
  let id = base;
  for (let index = 2; taken.includes(id); index++) id = `${base}-${index}`;
  return id;
}

/** The new source: what the contributor gave; title and publisher stay empty until they have read it, and validation asks. */
function sourceEntry(id: string, answers: SourceAnswers | undefined): Record<string, unknown> {
  return {
    id,
    url: present(answers?.url) ?? '',
    title: present(answers?.title) ?? '',
    publisher: present(answers?.publisher) ?? '',
    ...(present(answers?.published) ? { published: dateValue(answers?.published) } : {}),
    accessed: todayInGermany(),
  };
}

/** The member and its source, as both the scaffolder and the form add them. */
export function membershipAddition(outline: OrganisationOutline, answers: MembershipAnswers): MembershipAddition {
  const id = freeSourceId(outline.sourceIds, `${SOURCE_ID_BASE.membership}${idOf(answers.member)}`);
  return {
    member: {
      ...answers.member,
      since: dateValue(answers.since) ?? '',
      ...(present(answers.notice) ? { notice: dateValue(answers.notice) } : {}),
      ...(present(answers.until) ? { until: dateValue(answers.until) } : {}),
      ...(present(answers.end) ? { end: present(answers.end) } : {}),
      sources: [id],
    },
    source: sourceEntry(id, answers.source),
  };
}

/** The share with its Stand and its source: on the owner's entry, or as a new owner. */
export function stakeAddition(outline: OrganisationOutline, answers: StakeAnswers): StakeAddition {
  const id = freeSourceId(outline.sourceIds, `${SOURCE_ID_BASE.stake}${idOf(answers.owner)}`);
  const stake = {
    ...(answers.percent !== undefined ? { percent: answers.percent } : {}),
    ...(answers.nominal !== undefined ? { nominal: { amount: answers.nominal, currency: 'EUR' } } : {}),
    asOf: dateValue(answers.asOf) ?? '',
    sources: [id],
  };
  const ownerKey = ownerKeyOf(answers.owner);
  const newOwner = outline.owners.includes(ownerKey)
    ? undefined
    : { ...answers.owner, ...(present(answers.since) ? { since: dateValue(answers.since) } : {}), stakes: [stake] };
  return { ownerKey, stake, newOwner, source: sourceEntry(id, answers.source) };
}

/** A value as block YAML lines, the first prefixed by `- ` and the rest aligned under it. */
function listItem(value: unknown, indent: string): string {
  const lines = stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd().split('\n');
  return lines.map((line, index) => `${indent}${index === 0 ? '- ' : '  '}${line}`).join('\n');
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Where a new item of a block list goes, and how far it is indented: after the last item. */
function appendToList(text: string, list: YAMLSeq, value: unknown): Insertion {
  const first = list.items[0] as Node | undefined;
  const indent = first?.range ? ' '.repeat(Math.max(columnOf(text, first.range[0]) - 2, 0)) : '  ';
  const end = (list.items.at(-1) as Node | undefined)?.range?.[1] ?? list.range![1];
  const lineEnd = text.indexOf('\n', end - 1);
  const at = lineEnd === -1 ? text.length : lineEnd;
  return { at, text: `\n${listItem(value, indent)}` };
}

/** A new top-level key with a list, at the end of the file. */
function newTopLevelList(text: string, key: string, value: unknown): Insertion {
  const trimmed = text.replace(/\s+$/, '');
  return { at: trimmed.length, text: `\n${key}:\n${listItem(value, '  ')}`, topLevel: true };
}

function apply(text: string, insertions: Insertion[]): string {
  let result = text;
  // From the end backwards, so offsets stay valid. At the same place, what is inserted first ends up last:
  // new top-level keys first (they belong at the very end), then the others in reverse order.
  const rank = (insertion: Insertion & { index: number }) => (insertion.topLevel ? 1_000_000 : 0) + insertion.index;
  const ordered = insertions.map((insertion, index) => ({ ...insertion, index })).sort((a, b) => b.at - a.at || rank(b) - rank(a));
  for (const { at, text: addition } of ordered) result = result.slice(0, at) + addition + result.slice(at);
  return result.endsWith('\n') ? result : `${result}\n`;
}

function blockList(doc: Document, key: string): YAMLSeq | undefined {
  const node = doc.get(key, true);
  return isSeq(node) && !node.flow && node.items.length > 0 ? node : undefined;
}

function parse(text: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`Die Datei ist kein gültiges YAML: ${doc.errors[0]!.message}`);
  return doc;
}

function outlineOfDoc(doc: Document): OrganisationOutline {
  const items = (key: string) => {
    const node = doc.get(key, true);
    return isSeq(node) ? node.items.filter(isMap) : [];
  };
  return {
    sourceIds: items('sources').flatMap((item) => (typeof item.get('id') === 'string' ? [item.get('id') as string] : [])),
    hasSources: items('sources').length > 0,
    hasMembers: items('members').length > 0,
    owners: items('owners').map((item) => ownerKeyOf({ org: item.get('org'), land: item.get('land') })),
  };
}

/** The outline of an organisation file, for an addition to it. */
export function outlineOf(fileText: string): OrganisationOutline {
  return outlineOfDoc(parse(fileText));
}

/** The outline of an organisation as the registry holds it: what the form knows of a file it cannot read. */
export function outlineOfRecord(org: {
  sources: readonly { id?: string | undefined }[];
  members: readonly unknown[];
  owners: readonly { org?: string | undefined; land?: string | undefined }[];
}): OrganisationOutline {
  return {
    sourceIds: org.sources.flatMap((source) => (source.id ? [source.id] : [])),
    hasSources: org.sources.length > 0,
    hasMembers: org.members.length > 0,
    owners: org.owners.map(ownerKeyOf),
  };
}

/** The source's insertion: at the end of the file's block list of sources, or as a new list. */
function sourceInsertion(doc: Document, text: string, source: Record<string, unknown>): Insertion {
  const sources = blockList(doc, 'sources');
  return sources ? appendToList(text, sources, source) : newTopLevelList(text, 'sources', source);
}

/** The organisation file with one more member. */
export function addMembership(fileText: string, answers: MembershipAnswers): string {
  const doc = parse(fileText);
  const { member, source } = membershipAddition(outlineOfDoc(doc), answers);
  const members = blockList(doc, 'members');
  return apply(fileText, [
    sourceInsertion(doc, fileText, source),
    members ? appendToList(fileText, members, member) : newTopLevelList(fileText, 'members', member),
  ]);
}

/** The organisation file with one more share: on the owner's entry, or as a new owner. */
export function addStake(fileText: string, answers: StakeAnswers): string {
  const doc = parse(fileText);
  const { stake, newOwner, source } = stakeAddition(outlineOfDoc(doc), answers);
  const owners = blockList(doc, 'owners');
  const key = 'org' in answers.owner ? 'org' : 'land';
  const owner = owners?.items.find((item) => isMap(item) && item.get(key) === idOf(answers.owner)) as YAMLMap | undefined;
  let insertion: Insertion;
  if (owner && !newOwner) {
    const stakes = owner.get('stakes', true);
    if (isSeq(stakes) && !stakes.flow && stakes.items.length > 0) insertion = appendToList(fileText, stakes, stake);
    else {
      // The owner has no block list of stakes yet: one is added as the owner's last key.
      const pair = owner.items.at(-1)!;
      const keyNode = pair.key as Node;
      const indent = ' '.repeat(columnOf(fileText, keyNode.range![0]));
      const end = (pair.value as Node | null)?.range?.[1] ?? keyNode.range![1];
      const lineEnd = fileText.indexOf('\n', end - 1);
      if (isSeq(stakes)) throw new Error('„stakes“ steht in Kurzform ([…]) in der Datei; bitte den Anteil von Hand ergänzen.');
      insertion = { at: lineEnd === -1 ? fileText.length : lineEnd, text: `\n${indent}stakes:\n${listItem(stake, `${indent}  `)}` };
    }
  } else {
    const value = newOwner ?? { ...answers.owner, stakes: [stake] };
    insertion = owners ? appendToList(fileText, owners, value) : newTopLevelList(fileText, 'owners', value);
  }
  return apply(fileText, [sourceInsertion(doc, fileText, source), insertion]);
}

/** A snippet's part: a comment saying where it goes, then the lines as they stand in the file. */
function snippetPart(where: string, key: string, value: unknown): string {
  return `# ${where}\n${key}:\n${listItem(value, '  ')}\n`;
}

/**
 * The lines of a membership as a snippet to add to the organisation file by hand (the form
 * on /mitmachen/): the same entries the scaffolder inserts, under the keys they belong to.
 */
export function membershipSnippet(outline: OrganisationOutline, answers: MembershipAnswers): string {
  const { member, source } = membershipAddition(outline, answers);
  return [
    snippetPart(
      outline.hasMembers
        ? 'Als letzten Eintrag an die Liste „members:“ anhängen (ohne die Zeile „members:“):'
        : 'Die Datei hat noch keine Liste „members:“: diese Zeilen vor „sources:“ einfügen:',
      'members',
      member,
    ),
    snippetPart(
      outline.hasSources
        ? 'Als letzten Eintrag an die Liste „sources:“ anhängen (ohne die Zeile „sources:“):'
        : 'Am Ende der Datei einfügen, wenn es noch keine Liste „sources:“ gibt, sonst an sie anhängen:',
      'sources',
      source,
    ),
  ].join('\n');
}

/** The lines of a share as a snippet to add by hand: on the owner's entry, or as a new owner. */
export function stakeSnippet(outline: OrganisationOutline, answers: StakeAnswers): string {
  const { ownerKey, stake, newOwner, source } = stakeAddition(outline, answers);
  const [key, id] = ownerKey.split(':') as [string, string];
  const ownerPart = newOwner
    ? snippetPart(
        'Als letzten Eintrag an die Liste „owners:“ anhängen (gibt es sie noch nicht, mit der Zeile „owners:“):',
        'owners',
        newOwner,
      )
    : snippetPart(
        `Beim Eintrag „${key}: ${id}“ unter „owners:“ an seine Liste „stakes:“ anhängen (gibt es sie noch nicht, mit der Zeile „stakes:“):`,
        'owners',
        { [key]: id, stakes: [stake] },
      );
  return [
    ownerPart,
    snippetPart(
      'Als letzten Eintrag an die Liste „sources:“ anhängen (gibt es sie noch nicht, mit der Zeile „sources:“):',
      'sources',
      source,
    ),
  ].join('\n');
}
