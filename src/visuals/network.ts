/**
 * The cooperation network: Länder and organisations as nodes, an edge for every pair of
 * parties to a shared agreement (weighted by their number) and a dashed edge from an
 * organisation to its owners. Laid out once at build time with d3-force into fixed
 * coordinates, so the page shows a static SVG that needs no JavaScript.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Actor, AgreementInput, Registry } from '../lib/registry-core.ts';

/** More nodes than this do not stay readable; the best connected are shown. */
export const MAX_NODES = 40;
const FONT_SIZE = 13;
const PADDING = 24;

export interface NetworkNode {
  key: string;
  actor: Actor;
  agreements: number;
  radius: number;
  x: number;
  y: number;
}

export interface NetworkEdge {
  source: NetworkNode;
  target: NetworkNode;
  kind: 'agreement' | 'owner';
  /** Number of shared agreements; 0 for ownership edges. */
  weight: number;
}

export interface NetworkLayout {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  viewBox: { x: number; y: number; width: number; height: number };
  /** Nodes left out because the network would become unreadable. */
  omitted: number;
}

type SimNode = SimulationNodeDatum & { key: string; collide: number };

/** A fixed-seed random source, so that the same data always gives the same picture. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function labelWidth(text: string): number {
  return text.length * FONT_SIZE * 0.55;
}

export function networkLayout<A extends AgreementInput>(registry: Registry<A>): NetworkLayout {
  const actors = new Map<string, { actor: Actor; agreements: number }>();
  const weights = new Map<string, number>();
  for (const agreement of registry.agreements) {
    const parties = agreement.parties.filter((party) => party.participation !== 'geplant').map((party) => party.actor);
    for (const actor of parties) {
      const entry = actors.get(actor.key) ?? { actor, agreements: 0 };
      entry.agreements++;
      actors.set(actor.key, entry);
    }
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const pair = [parties[i]!.key, parties[j]!.key].sort().join('|');
        weights.set(pair, (weights.get(pair) ?? 0) + 1);
      }
    }
  }

  const ranked = [...actors.values()].sort((a, b) => b.agreements - a.agreements || a.actor.name.localeCompare(b.actor.name, 'de'));
  const shown = new Map(ranked.slice(0, MAX_NODES).map((entry) => [entry.actor.key, entry]));
  // Owners of the shown organisations join the picture, as long as there is room.
  for (const { actor } of [...shown.values()]) {
    if (actor.kind !== 'org') continue;
    for (const { actor: owner } of registry.ownersOf(actor.org)) {
      if (!shown.has(owner.key) && shown.size < MAX_NODES) shown.set(owner.key, { actor: owner, agreements: actors.get(owner.key)?.agreements ?? 0 });
    }
  }

  const nodes: NetworkNode[] = [...shown.values()].map(({ actor, agreements }) => ({
    key: actor.key, actor, agreements, radius: 6 + Math.sqrt(agreements) * 4, x: 0, y: 0,
  }));
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const edges: NetworkEdge[] = [];
  for (const [pair, weight] of weights) {
    const [a, b] = pair.split('|') as [string, string];
    const source = byKey.get(a);
    const target = byKey.get(b);
    if (source && target) edges.push({ source, target, kind: 'agreement', weight });
  }
  for (const node of nodes) {
    if (node.actor.kind !== 'org') continue;
    for (const { actor: owner } of registry.ownersOf(node.actor.org)) {
      const target = byKey.get(owner.key);
      const alreadyLinked = edges.some((edge) => edge.kind === 'agreement' && [edge.source.key, edge.target.key].sort().join('|') === [node.key, owner.key].sort().join('|'));
      if (target && !alreadyLinked) edges.push({ source: node, target, kind: 'owner', weight: 0 });
    }
  }

  const simNodes: SimNode[] = nodes.map((node) => ({ key: node.key, collide: Math.max(node.radius, labelWidth(node.actor.name) / 2) + 6 }));
  const simIndex = new Map(simNodes.map((node) => [node.key, node]));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = edges.map((edge) => ({
    source: simIndex.get(edge.source.key)!, target: simIndex.get(edge.target.key)!, weight: edge.weight,
  }));
  const simulation = forceSimulation(simNodes)
    .randomSource(seededRandom(42))
    .force('link', forceLink(simLinks).distance((link) => (link.weight > 0 ? 110 / Math.sqrt(link.weight) : 130)).strength(0.6))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide<SimNode>((node) => node.collide).iterations(3))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(500);

  for (const node of nodes) {
    const sim = simIndex.get(node.key)!;
    node.x = Math.round(sim.x ?? 0);
    node.y = Math.round(sim.y ?? 0);
  }
  const xs = nodes.flatMap((node) => [node.x - Math.max(node.radius, labelWidth(node.actor.name) / 2), node.x + Math.max(node.radius, labelWidth(node.actor.name) / 2)]);
  const ys = nodes.flatMap((node) => [node.y - node.radius, node.y + node.radius + FONT_SIZE * 1.6]);
  const minX = Math.min(...xs, 0) - PADDING;
  const minY = Math.min(...ys, 0) - PADDING;
  return {
    nodes,
    edges,
    viewBox: { x: minX, y: minY, width: Math.max(...xs, 0) + PADDING - minX, height: Math.max(...ys, 0) + PADDING - minY },
    omitted: [...actors.keys()].filter((key) => !shown.has(key)).length,
  };
}

export const NETWORK_FONT_SIZE = FONT_SIZE;
