/** The network stays readable with 30 and more nodes: no label runs into another. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { registryFromFiles } from '../../src/lib/registry-from-files.ts';
import { MAX_NODES, NETWORK_FONT_SIZE, networkLayout } from '../../src/visuals/network.ts';

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
      return { name: node.actor.name, x0: node.x - half, x1: node.x + half, y0: node.y + node.radius + 2, y1: node.y + node.radius + NETWORK_FONT_SIZE + 4 };
    });
    const overlaps: string[] = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(`${a.name} / ${b.name}`);
    }));
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
