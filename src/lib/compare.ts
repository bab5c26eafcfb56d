/**
 * Comparisons of two actors (Länder or organisations) that share at least one agreement.
 * What they share is kept in two parts, as everywhere in the atlas:
 * - directly: both are parties themselves (a Land also through its ministry);
 * - through a provider: both take part, but at least one of them only through an
 *   organisation it owned at the time (a Land "über Dataport"), never a signature.
 */
import type { Actor, AgreementView, LandInvolvement, Registry } from './registry-core.ts';
import { organisationName } from './registry-core.ts';
import { urls } from './urls.ts';

export interface SharedIndirectly {
  agreement: AgreementView;
  /** How each of the two takes part, in words: "Vertragspartei", "über Dataport". */
  how: [string, string];
}

export interface Comparison {
  /** The two actors in the order of their address. */
  a: Actor;
  b: Actor;
  direct: AgreementView[];
  indirect: SharedIndirectly[];
}

type Participant = { actor: Actor; direct: boolean; via: LandInvolvement['via']; representedBy: LandInvolvement['representedBy'] };

function participants(agreement: AgreementView): Participant[] {
  const list = new Map<string, Participant>();
  for (const party of agreement.parties) {
    if (party.participation === 'geplant') continue;
    // A Land's ministry is the Land's signature; it counts as the Land below, and as itself.
    list.set(party.actor.key, { actor: party.actor, direct: true, via: [], representedBy: [] });
  }
  for (const involvement of agreement.laender) {
    if (!involvement.direct && involvement.via.length === 0) continue;
    const key = `land:${involvement.land.id}`;
    const actor: Actor = { kind: 'land', id: involvement.land.id, key, name: involvement.land.name, land: involvement.land };
    list.set(key, { actor, direct: involvement.direct, via: involvement.via, representedBy: involvement.representedBy });
  }
  return [...list.values()];
}

const howOf = (participant: Participant) =>
  participant.direct ? 'Vertragspartei' : `über ${participant.via.map((org) => organisationName(org)).join(', ')}`;

const linkedThrough = (land: Participant, other: Participant) =>
  land.actor.kind === 'land' &&
  other.actor.kind === 'org' &&
  [...land.representedBy, ...(land.direct ? [] : land.via)].some((org) => org.id === other.actor.id);

const segment = (actor: Actor) => `${actor.kind === 'land' ? 'land' : 'organisation'}-${actor.id}`;

/** Every pair of actors that share at least one agreement, with what they share. */
export function comparisons(registry: Registry): Comparison[] {
  const pairs = new Map<string, Comparison>();
  for (const agreement of registry.agreements) {
    const list = participants(agreement).sort((x, y) => segment(x.actor).localeCompare(segment(y.actor)));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        // A Land and the ministry that signs for it, or the provider through which alone it
        // takes part, share the agreement by definition: nothing to compare.
        if (linkedThrough(x, y) || linkedThrough(y, x)) continue;
        const key = `${x.actor.key}|${y.actor.key}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { a: x.actor, b: y.actor, direct: [], indirect: [] }));
        if (x.direct && y.direct) pair.direct.push(agreement);
        else pair.indirect.push({ agreement, how: [howOf(x), howOf(y)] });
      }
    }
  }
  return [...pairs.values()];
}

const cache = new WeakMap<object, Comparison[]>();

/** The comparisons of a registry, worked out once however many pages ask. */
export function comparisonsOfRegistry(registry: Registry): Comparison[] {
  let all = cache.get(registry) as Comparison[] | undefined;
  if (!all) cache.set(registry, (all = comparisons(registry)) as Comparison[]);
  return all;
}

/**
 * Whether a pair gets a comparison page: only where there is something to compare, two or
 * more shared agreements. Where two share a single agreement, that agreement's page shows
 * both and how each takes part; links about the pair lead there. (With every pair of every
 * multi-party treaty on a page of its own, the pages grew with the square of the parties:
 * 18,860 of 31,342 pages at 10,000 synthetic records.)
 */
export function hasComparisonPage(pair: Comparison): boolean {
  return pair.direct.length + pair.indirect.length >= 2;
}

/** The comparisons that have a page of their own. */
export function comparisonPages(registry: Registry): Comparison[] {
  return comparisonsOfRegistry(registry).filter(hasComparisonPage);
}

/** Where a link about what two actors share leads: their comparison page, or the one agreement they share. */
export function sharedHref(pair: Comparison): string {
  return hasComparisonPage(pair) ? urls.compare(pair.a, pair.b) : urls.agreement((pair.direct[0] ?? pair.indirect[0]!.agreement).id);
}

export interface ComparisonLink {
  other: Actor;
  direct: number;
  indirect: number;
  href: string;
  pair: Comparison;
}

const byActor = new WeakMap<Comparison[], Map<string, ComparisonLink[]>>();

/** The comparisons an actor takes part in, the closest partners first: for the links on its page. */
export function comparisonsOf(all: Comparison[], actor: Pick<Actor, 'key'>): ComparisonLink[] {
  // Indexed once per list: every Land's and organisation's page asks.
  let index = byActor.get(all);
  if (!index) {
    index = new Map();
    for (const pair of all) {
      for (const [self, other] of [
        [pair.a, pair.b],
        [pair.b, pair.a],
      ] as const) {
        const entries = index.get(self.key) ?? [];
        entries.push({ other, direct: pair.direct.length, indirect: pair.indirect.length, href: sharedHref(pair), pair });
        index.set(self.key, entries);
      }
    }
    for (const entries of index.values())
      entries.sort((x, y) => y.direct - x.direct || y.indirect - x.indirect || x.other.name.localeCompare(y.other.name, 'de'));
    byActor.set(all, index);
  }
  return index.get(actor.key) ?? [];
}

/** The comparison of two actors, if they share an agreement. */
export function comparisonOf(all: Comparison[], a: Pick<Actor, 'key'>, b: Pick<Actor, 'key'>): Comparison | undefined {
  return comparisonsOf(all, a).find((entry) => entry.other.key === b.key)?.pair;
}
