/**
 * The network stays readable with 30 and more nodes (no label runs into another) and
 * honest: no edge passes through a node it does not connect, in any drawing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import {
  edgeConflicts,
  FRAME_WIDTH,
  laenderNetworkLayout,
  MAX_NODES,
  NETWORK_FONT_SIZE,
  networkLayout,
  type NetworkLayout,
} from '../../src/visuals/network.ts';
import { modelFixtureRoot } from '../model-fixtures.ts';

describe('network layout at scale', () => {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-network-'));
  writeSyntheticContent(root, { agreements: 400, organisations: 60 });
  const { registry, diagnostics } = registryFromFiles({ root });
  const layout = networkLayout(registry);

  it('uses valid synthetic records', () => expect(diagnostics).toEqual([]));

  it('shows at most the best connected nodes and says how many are left out', () => {
    expect(layout.nodes.length).toBeGreaterThanOrEqual(30);
    expect(layout.nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(layout.omitted).toBeGreaterThan(0);
  });

  it('places labels without overlap and inside the picture', () => {
    const boxes = layout.nodes.map((node) => {
      const half = (node.actor.name.length * NETWORK_FONT_SIZE * 0.55) / 2;
      return {
        name: node.actor.name,
        x0: node.x - half,
        x1: node.x + half,
        y0: node.y + node.radius + 2,
        y1: node.y + node.radius + NETWORK_FONT_SIZE + 4,
      };
    });
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(`${a.name} / ${b.name}`);
      }),
    );
    expect(overlaps).toEqual([]);
    const { x, y, width, height } = layout.viewBox;
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(x);
      expect(box.x1).toBeLessThanOrEqual(x + width);
      expect(box.y1).toBeLessThanOrEqual(y + height);
    }
  });

  it('lays out the same data the same way every time', () => {
    expect(networkLayout(registry).nodes.map((node) => [node.x, node.y])).toEqual(layout.nodes.map((node) => [node.x, node.y]));
  });
});

const describeConflicts = (layout: NetworkLayout) =>
  edgeConflicts(layout).map(
    ({ edge, node, distance, required }) =>
      `${edge.source.actor.name}–${edge.target.actor.name} durch ${node.actor.name} (${distance.toFixed(1)} < ${required.toFixed(1)})`,
  );

describe('no edge passes through a node it does not connect', () => {
  const synthetic = mkdtempSync(join(tmpdir(), 'kooperationsatlas-network-'));
  writeSyntheticContent(synthetic, { agreements: 400, organisations: 60 });
  const corpora = {
    'the real records': registryFromFiles().registry,
    'the model fixtures': registryFromFiles({ root: modelFixtureRoot() }).registry,
    '400 synthetic agreements': registryFromFiles({ root: synthetic }).registry,
  };
  for (const [name, registry] of Object.entries(corpora)) {
    it.each([
      ['all actors', networkLayout],
      ['Länder only', laenderNetworkLayout],
    ] as const)(`%s, ${name}: fits the widest frame with 12 px labels`, (_view, layoutOf) => {
      // At 1280 px the frame is as wide as it gets; the picture must not scroll there.
      expect(layoutOf(registry).readableWidth).toBeLessThanOrEqual(FRAME_WIDTH);
    });
    it.each([
      ['all actors', networkLayout],
      ['Länder only', laenderNetworkLayout],
    ] as const)(`%s, ${name}`, (_view, layoutOf) => {
      const layout = layoutOf(registry);
      expect(describeConflicts(layout)).toEqual([]);
    });
  }

  it('finds an edge through a node when there is one', () => {
    const layout = laenderNetworkLayout(corpora['the real records']);
    const [a, b, c] = layout.nodes;
    const through = { ...c!, x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
    expect(edgeConflicts({ nodes: [a!, b!, through], edges: [{ source: a!, target: b!, kind: 'agreement', weight: 1 }] })).toHaveLength(1);
    // A curve that bends around the node is fine.
    expect(
      edgeConflicts({
        nodes: [a!, b!, through],
        edges: [{ source: a!, target: b!, kind: 'agreement', weight: 1, control: { x: through.x + 400, y: through.y + 400 } }],
      }),
    ).toHaveLength(0);
  });

  it('draws the Länder view from direct ties only, weighted by their number', () => {
    const registry = corpora['the real records'];
    const layout = laenderNetworkLayout(registry);
    expect(layout.nodes.every((node) => node.actor.kind === 'land')).toBe(true);
    for (const edge of layout.edges) {
      const count = registry.partnerLaenderOfLand(edge.source.actor.id).find(({ item }) => item.id === edge.target.actor.id)?.count;
      expect(edge.weight + (edge.allLaender ?? 0)).toBe(count);
      expect(edge.weight).toBeGreaterThan(0);
    }
  });
});
