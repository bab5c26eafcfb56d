/**
 * Additions to an existing organisation file: a member (of a cooperative, association
 * or Zweckverband) or a share held by an owner, each with a new source the contributor
 * still has to complete. Used by `npm run new -- mitgliedschaft|beteiligung` (which edits
 * the file) and by the form on /mitmachen/ (which shows the lines to add).
 *
 * The new lines are inserted into the text where they belong; the rest of the file is
 * left exactly as it was (a YAML library writing the whole document again would refold
 * long texts and restyle lists, and a pull request would show changes nobody made).
 */
import { isMap, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { todayInGermany } from '../schemas/dates.ts';

type ActorRef = { org: string } | { land: string };

export interface MembershipAnswers {
  member: ActorRef;
  since?: string | undefined;
  until?: string | undefined;
  notice?: string | undefined;
  end?: string | undefined;
  sourceUrl?: string | undefined;
}

export interface StakeAnswers {
  owner: ActorRef;
  percent?: number | undefined;
  nominal?: number | undefined;
  asOf: string;
  /** Owner since: only for a new owner. */
  since?: string | undefined;
  sourceUrl?: string | undefined;
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

/** A new source for the addition, with an id that is free in this file. */
function newSource(doc: Document, text: string, url: string | undefined, base: string): { id: string; insertion: Insertion } {
  const sources = blockList(doc, 'sources');
  const taken = new Set(
    (sources?.items ?? []).flatMap((item) => (isMap(item) && typeof item.get('id') === 'string' ? [item.get('id') as string] : [])),
  );
  let id = base;
  for (let index = 2; taken.has(id); index++) id = `${base}-${index}`;
  // Title and publisher stay empty: validation asks for them until the contributor has read the page.
  const value = { id, url: url?.trim() ?? '', title: '', publisher: '', accessed: todayInGermany() };
  return { id, insertion: sources ? appendToList(text, sources, value) : newTopLevelList(text, 'sources', value) };
}

function parse(text: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`Die Datei ist kein gültiges YAML: ${doc.errors[0]!.message}`);
  return doc;
}

/** The organisation file with one more member. */
export function addMembership(fileText: string, answers: MembershipAnswers): string {
  const doc = parse(fileText);
  const source = newSource(doc, fileText, answers.sourceUrl, `mitglied-${idOf(answers.member)}`);
  const member = {
    ...answers.member,
    since: dateValue(answers.since) ?? '',
    ...(present(answers.notice) ? { notice: dateValue(answers.notice) } : {}),
    ...(present(answers.until) ? { until: dateValue(answers.until) } : {}),
    ...(present(answers.end) ? { end: present(answers.end) } : {}),
    sources: [source.id],
  };
  const members = blockList(doc, 'members');
  return apply(fileText, [
    source.insertion,
    members ? appendToList(fileText, members, member) : newTopLevelList(fileText, 'members', member),
  ]);
}

/** The organisation file with one more share: on the owner's entry, or as a new owner. */
export function addStake(fileText: string, answers: StakeAnswers): string {
  const doc = parse(fileText);
  const source = newSource(doc, fileText, answers.sourceUrl, `anteil-${idOf(answers.owner)}`);
  const stake = {
    ...(answers.percent !== undefined ? { percent: answers.percent } : {}),
    ...(answers.nominal !== undefined ? { nominal: { amount: answers.nominal, currency: 'EUR' } } : {}),
    asOf: dateValue(answers.asOf),
    sources: [source.id],
  };
  const owners = blockList(doc, 'owners');
  const key = 'org' in answers.owner ? 'org' : 'land';
  const owner = owners?.items.find((item) => isMap(item) && item.get(key) === idOf(answers.owner)) as YAMLMap | undefined;
  let insertion: Insertion;
  if (owner) {
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
    const value = { ...answers.owner, ...(present(answers.since) ? { since: dateValue(answers.since) } : {}), stakes: [stake] };
    insertion = owners ? appendToList(fileText, owners, value) : newTopLevelList(fileText, 'owners', value);
  }
  return apply(fileText, [source.insertion, insertion]);
}
