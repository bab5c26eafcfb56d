/**
 * The cooperation network: Länder and organisations as nodes, an edge for every pair of
 * parties to a shared agreement (weighted by their number) and a dashed edge from an
 * organisation to its owners. Laid out once at build time with d3-force into fixed
 * coordinates, so the page shows a static SVG that needs no JavaScript.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { comparisonOf, comparisonsOfRegistry, sharedHref } from '../lib/compare.ts';
import type { Actor, Registry } from '../lib/registry-core.ts';

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
  /** Where the label goes and how it is anchored: below the node, or outside a ring. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface NetworkEdge {
  source: NetworkNode;
  target: NetworkNode;
  kind: 'agreement' | 'owner';
  /** Number of shared agreements the line stands for; 0 for ownership edges. */
  weight: number;
  /** In the Länder view: shared agreements to which all Länder are parties, which the line leaves out (they join every pair alike). */
  allLaender?: number | undefined;
  /** Set when a straight line would cross a node: the edge bends around it (quadratic curve). */
  control?: { x: number; y: number } | undefined;
  /** For shared agreements: the two actors' comparison, or the one agreement they share. */
  href?: string | undefined;
}

/** Links each agreement line to what the two actors share (src/lib/compare.ts). */
function linkEdges(registry: Registry, edges: NetworkEdge[]): NetworkEdge[] {
  const pairs = comparisonsOfRegistry(registry);
  for (const edge of edges) {
    const pair = edge.kind === 'agreement' ? comparisonOf(pairs, edge.source.actor, edge.target.actor) : undefined;
    if (pair) edge.href = sharedHref(pair);
  }
  return edges;
}

export interface NetworkLayout {
  /** Which picture: all actors, or only the Länder. */
  kind: 'actors' | 'laender';
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  viewBox: { x: number; y: number; width: number; height: number };
  /** Nodes left out because the network would become unreadable. */
  omitted: number;
  /** The narrowest width in CSS pixels at which the labels are still 12 px or larger. */
  readableWidth: number;
  /** Länder view: agreements to which all Länder are parties (not drawn as lines). */
  allLaender?: number | undefined;
}

/** Labels must not be smaller than this on screen (CSS pixels). */
export const MIN_LABEL_PX = 12;
/**
 * The widest frame the picture gets, in CSS pixels: the page's 72rem (site.css
 * --page-width) less its padding and the frame's border, reached at 1280 px. The actors'
 * picture is laid out to fit it with labels of at least MIN_LABEL_PX, so that it never
 * scrolls sideways there and no label is cut off at the frame's edge.
 */
export const FRAME_WIDTH = 1118;
/** Space kept between an edge and any node it does not connect, beyond the node's radius. */
const EDGE_CLEARANCE = 3;

/** Line width of an edge, in the picture's units: thicker for more shared agreements. */
export function edgeWidth(edge: Pick<NetworkEdge, 'kind' | 'weight'>): number {
  return edge.kind === 'owner' ? 1.5 : Math.min(8, 1.5 + edge.weight * 1.25);
}

interface Point {
  x: number;
  y: number;
}

/** The point of segment a–b closest to p. */
function closestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** The points an edge runs through: its ends, or samples of its curve. */
export function edgePoints(edge: Pick<NetworkEdge, 'source' | 'target' | 'control'>, samples = 32): Point[] {
  const { source: a, target: b, control: c } = edge;
  if (!c) return [a, b];
  return Array.from({ length: samples + 1 }, (_, index) => {
    const t = index / samples;
    const u = 1 - t;
    return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
  });
}

/** The shortest distance from p to a line through points. */
export function distanceToPolyline(p: Point, points: Point[]): number {
  let best = Infinity;
  for (let index = 1; index < points.length; index++) {
    const closest = closestOnSegment(p, points[index - 1]!, points[index]!);
    best = Math.min(best, Math.hypot(p.x - closest.x, p.y - closest.y));
  }
  return best;
}

export interface EdgeConflict {
  edge: NetworkEdge;
  node: NetworkNode;
  /** Distance from the node's centre to the edge's line. */
  distance: number;
  /** The distance the edge must keep: the node's radius, half the line and a margin. */
  required: number;
}

/**
 * Every edge that passes through (or grazes) a node it does not connect. A reader would
 * take such an edge for a connection of that node, so a drawing must have none.
 */
export function edgeConflicts(layout: Pick<NetworkLayout, 'nodes' | 'edges'>, clearance = EDGE_CLEARANCE): EdgeConflict[] {
  const conflicts: EdgeConflict[] = [];
  for (const edge of layout.edges) {
    for (const node of layout.nodes) {
      if (node.key === edge.source.key || node.key === edge.target.key) continue;
      const distance = distanceToPolyline(node, edgePoints(edge));
      const required = node.radius + edgeWidth(edge) / 2 + clearance;
      if (distance < required) conflicts.push({ edge, node, distance, required });
    }
  }
  return conflicts;
}

function readableWidth(width: number): number {
  return Math.ceil((width * MIN_LABEL_PX) / FONT_SIZE);
}

type SimNode = SimulationNodeDatum & { key: string; collide: number; half: number };

/** Half the widest picture the frame holds with readable labels, in layout units, less the padding. */
const HALF_WIDTH = Math.floor((FRAME_WIDTH * FONT_SIZE) / MIN_LABEL_PX / 2) - PADDING - 2;

/** Keeps a node, its label included, within the picture's width. */
function clampX(x: number, half: number): number {
  const limit = HALF_WIDTH - half;
  return Math.max(-limit, Math.min(limit, x));
}

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

export function networkLayout(registry: Registry): NetworkLayout {
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
      if (!shown.has(owner.key) && shown.size < MAX_NODES)
        shown.set(owner.key, { actor: owner, agreements: actors.get(owner.key)?.agreements ?? 0 });
    }
  }

  const nodes: NetworkNode[] = [...shown.values()].map(({ actor, agreements }) => ({
    key: actor.key,
    actor,
    agreements,
    radius: 6 + Math.sqrt(agreements) * 4,
    x: 0,
    y: 0,
    label: { x: 0, y: 0, anchor: 'middle' },
  }));
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const edges: NetworkEdge[] = [];
  for (const [pair, weight] of weights) {
    const [a, b] = pair.split('|') as [string, string];
    const source = byKey.get(a);
    const target = byKey.get(b);
    // Ties between two Länder are the Länder view's (laenderNetworkLayout); here they would
    // form a dense clique that no straight-line drawing can show without crossing nodes.
    if (source && target && !(source.actor.kind === 'land' && target.actor.kind === 'land'))
      edges.push({ source, target, kind: 'agreement', weight });
  }
  for (const node of nodes) {
    if (node.actor.kind !== 'org') continue;
    for (const { actor: owner } of registry.ownersOf(node.actor.org)) {
      const target = byKey.get(owner.key);
      const alreadyLinked = edges.some(
        (edge) =>
          edge.kind === 'agreement' && [edge.source.key, edge.target.key].sort().join('|') === [node.key, owner.key].sort().join('|'),
      );
      if (target && !alreadyLinked) edges.push({ source: node, target, kind: 'owner', weight: 0 });
    }
  }

  const simNodes: SimNode[] = nodes.map((node) => {
    const half = Math.max(node.radius, labelWidth(node.actor.name) / 2);
    return { key: node.key, collide: half + 6, half };
  });
  // The picture grows in height, not beyond the frame's width: nodes stay inside it.
  const withinWidth = () => {
    for (const node of simNodes) {
      const x = clampX(node.x ?? 0, node.half);
      if (x !== node.x) {
        node.x = x;
        node.vx = 0;
      }
    }
  };
  const simIndex = new Map(simNodes.map((node) => [node.key, node]));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = edges.map((edge) => ({
    source: simIndex.get(edge.source.key)!,
    target: simIndex.get(edge.target.key)!,
    weight: edge.weight,
  }));
  const simulation = forceSimulation(simNodes)
    .randomSource(seededRandom(42))
    .force(
      'link',
      forceLink(simLinks)
        .distance((link) => (link.weight > 0 ? 110 / Math.sqrt(link.weight) : 130))
        .strength(0.6),
    )
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide<SimNode>((node) => node.collide).iterations(3))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('center', forceCenter(0, 0))
    .force('width', withinWidth)
    .stop();
  simulation.tick(500);

  const place = () => {
    for (const node of nodes) {
      const sim = simIndex.get(node.key)!;
      sim.x = clampX(sim.x ?? 0, sim.half);
      node.x = Math.round(sim.x);
      node.y = Math.round(sim.y ?? 0);
    }
  };
  place();
  // A straight edge must not cross a node it does not connect: push such nodes off the
  // line, let the labels settle without the other forces, and look again.
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null).force('center', null);
  for (let round = 0; round < 60; round++) {
    const conflicts = edgeConflicts({ nodes, edges }, EDGE_CLEARANCE + 2);
    if (conflicts.length === 0) break;
    for (const { edge, node, distance, required } of conflicts) {
      const sim = simIndex.get(node.key)!;
      const closest = closestOnSegment(node, edge.source, edge.target);
      let dx = node.x - closest.x;
      let dy = node.y - closest.y;
      if (distance < 0.5) {
        // On the line: step off at a right angle.
        dx = -(edge.target.y - edge.source.y);
        dy = edge.target.x - edge.source.x;
      }
      const length = Math.hypot(dx, dy) || 1;
      const step = required - distance + 4;
      sim.x = (sim.x ?? 0) + (dx / length) * step;
      sim.y = (sim.y ?? 0) + (dy / length) * step;
    }
    simulation.alpha(0.05).tick(3);
    place();
  }
  // Where a straight line still crosses a node, the edge bends around it: the smallest
  // bend, to either side, that clears every node it does not connect.
  for (const edge of edges) {
    const clear = (candidate: NetworkEdge) =>
      edgeConflicts({ nodes, edges: [candidate] }, EDGE_CLEARANCE + 1).length === 0 &&
      edgePoints(candidate, 8).every((point) => Math.abs(point.x) <= HALF_WIDTH);
    if (clear(edge)) continue;
    const mx = (edge.source.x + edge.target.x) / 2;
    const my = (edge.source.y + edge.target.y) / 2;
    const length = Math.hypot(edge.target.x - edge.source.x, edge.target.y - edge.source.y) || 1;
    const nx = -(edge.target.y - edge.source.y) / length;
    const ny = (edge.target.x - edge.source.x) / length;
    for (let bend = 20; bend <= 2 * length + 400; bend += 10) {
      const found = [bend, -bend].find((offset) =>
        clear({ ...edge, control: { x: Math.round(mx + nx * offset), y: Math.round(my + ny * offset) } }),
      );
      if (found !== undefined) {
        edge.control = { x: Math.round(mx + nx * found), y: Math.round(my + ny * found) };
        break;
      }
    }
  }
  for (const node of nodes) node.label = { x: node.x, y: node.y + node.radius + FONT_SIZE + 2, anchor: 'middle' };
  const curves = edges.flatMap((edge) => (edge.control ? edgePoints(edge, 8) : []));
  const xs = [
    ...nodes.flatMap((node) => [
      node.x - Math.max(node.radius, labelWidth(node.actor.name) / 2),
      node.x + Math.max(node.radius, labelWidth(node.actor.name) / 2),
    ]),
    ...curves.map((point) => point.x),
  ];
  const ys = [
    ...nodes.flatMap((node) => [node.y - node.radius, node.y + node.radius + FONT_SIZE * 1.6]),
    ...curves.map((point) => point.y),
  ];
  const minX = Math.min(...xs, 0) - PADDING;
  const minY = Math.min(...ys, 0) - PADDING;
  const width = Math.max(...xs, 0) + PADDING - minX;
  return {
    kind: 'actors',
    nodes,
    edges: linkEdges(registry, edges),
    viewBox: { x: minX, y: minY, width, height: Math.max(...ys, 0) + PADDING - minY },
    omitted: [...actors.keys()].filter((key) => !shown.has(key)).length,
    readableWidth: readableWidth(width),
  };
}

/** The Länder around a ring in rough geographic order, so that neighbours sit side by side. */
const RING_ORDER = [
  'schleswig-holstein',
  'mecklenburg-vorpommern',
  'berlin',
  'brandenburg',
  'sachsen',
  'sachsen-anhalt',
  'thueringen',
  'bayern',
  'baden-wuerttemberg',
  'saarland',
  'rheinland-pfalz',
  'hessen',
  'nordrhein-westfalen',
  'niedersachsen',
  'bremen',
  'hamburg',
];
const RING_RADIUS = 260;
const RING_NODE_RADIUS = 9;

/**
 * The Länder only, connected by the agreements to which both are parties themselves
 * (or through their ministries), weighted by their number. Involvement through a
 * provider does not count here: that is a different kind of tie. The Länder sit on a
 * ring, so that no straight edge can pass through a third Land.
 */
export function laenderNetworkLayout(registry: Registry): NetworkLayout {
  const order = (id: string) => {
    const index = RING_ORDER.indexOf(id);
    return index === -1 ? RING_ORDER.length : index;
  };
  const laender = [...registry.laender].sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name, 'de'));
  const direct = registry.directCountByLand();
  const nodes: NetworkNode[] = laender.map((land, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / laender.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = Math.round(RING_RADIUS * cos);
    const y = Math.round(RING_RADIUS * sin);
    const out = RING_RADIUS + RING_NODE_RADIUS + 6;
    const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    return {
      key: `land:${land.id}`,
      actor: { kind: 'land', id: land.id, key: `land:${land.id}`, name: land.name, land },
      agreements: direct.get(land.id) ?? 0,
      radius: RING_NODE_RADIUS,
      x,
      y,
      label: { x: Math.round(out * cos), y: Math.round(out * sin + (sin > 0.2 ? FONT_SIZE : sin < -0.2 ? 0 : FONT_SIZE / 3)), anchor },
    };
  });
  const byId = new Map(nodes.map((node) => [node.actor.id, node]));
  // Agreements to which every Land is a party join each pair alike: drawn, they would
  // bury every other tie under a full mesh. They are counted apart and said in words.
  const allLaender = registry.agreements.filter(
    (agreement) => agreement.laender.filter((entry) => entry.direct).length === laender.length,
  ).length;
  const edges: NetworkEdge[] = [];
  for (const node of nodes) {
    for (const { item, count } of registry.partnerLaenderOfLand(node.actor.id)) {
      const other = byId.get(item.id);
      if (other && node.actor.id < item.id && count > allLaender)
        edges.push({ source: node, target: other, kind: 'agreement', weight: count - allLaender, allLaender });
    }
  }
  const boxes = nodes.map((node) => {
    const width = labelWidth(node.actor.name);
    const x0 = node.label.anchor === 'start' ? node.label.x : node.label.anchor === 'end' ? node.label.x - width : node.label.x - width / 2;
    return { x0, x1: x0 + width, y0: node.label.y - FONT_SIZE, y1: node.label.y + 4 };
  });
  const minX = Math.min(...boxes.map((box) => box.x0), -RING_RADIUS) - PADDING;
  const maxX = Math.max(...boxes.map((box) => box.x1), RING_RADIUS) + PADDING;
  const minY = Math.min(...boxes.map((box) => box.y0), -RING_RADIUS) - PADDING;
  const maxY = Math.max(...boxes.map((box) => box.y1), RING_RADIUS) + PADDING;
  return {
    kind: 'laender',
    nodes,
    edges: linkEdges(registry, edges),
    allLaender,
    viewBox: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    omitted: 0,
    readableWidth: readableWidth(maxX - minX),
  };
}

export const NETWORK_FONT_SIZE = FONT_SIZE;
