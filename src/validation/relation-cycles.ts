/**
 * Relations between agreements point from the newer record to the older one (it
 * replaces, changes, implements or builds on the other), so following them must never
 * lead back to where it started: A ersetzt B, B ändert C, C ersetzt A is a contradiction.
 *
 * Read from the raw data (`related[].agreement` and `related[].relation`), whatever the
 * relation is called, so that new relation kinds are covered without a change here; a
 * kind that implies no order would have to be listed in UNORDERED_RELATIONS.
 */
import { rawList, rawString } from './agreement-file.ts';
import type { Collector } from './collector.ts';
import type { YamlSource } from './source-file.ts';

/** Relation kinds without a direction in time, left out of the cycle check. None yet. */
export const UNORDERED_RELATIONS: ReadonlySet<string> = new Set<string>();

interface Edge {
  from: string;
  to: string;
  relation: string;
  /** Index in `related` of the record the edge is written in. */
  index: number;
}

/** Every cycle, each once, as the list of its edges starting at its smallest id. */
export function findRelationCycles(agreements: { id: string; data: unknown }[]): Edge[][] {
  const ids = new Set(agreements.map((agreement) => agreement.id));
  const edges = new Map<string, Edge[]>();
  for (const { id, data } of agreements) {
    const out: Edge[] = [];
    rawList(data, 'related').forEach((related, index) => {
      const to = rawString(related, 'agreement');
      const relation = rawString(related, 'relation') ?? '';
      // Unknown ids and self-relations have messages of their own.
      if (to && to !== id && ids.has(to) && !UNORDERED_RELATIONS.has(relation)) out.push({ from: id, to, relation, index });
    });
    edges.set(id, out);
  }

  // Depth-first search without recursion; a grey node on the path closes a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const cycles = new Map<string, Edge[]>();
  for (const start of [...ids].sort()) {
    if (state.has(start)) continue;
    const path: Edge[] = [];
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'grey');
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const edge = edges.get(top.id)?.[top.next++];
      if (!edge) {
        state.set(top.id, 'black');
        stack.pop();
        path.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === 'grey') {
        const from = path.findIndex((step) => step.from === edge.to);
        const cycle = [...(from === -1 ? [] : path.slice(from)), edge];
        // The same cycle is reported once, whichever record the search met first.
        const first = cycle.reduce((min, step, index) => (step.from < cycle[min]!.from ? index : min), 0);
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        const key = rotated.map((step) => `${step.from}#${step.index}`).join(' ');
        if (!cycles.has(key)) cycles.set(key, rotated);
      } else if (seen === undefined) {
        state.set(edge.to, 'grey');
        path.push(edge);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
  return [...cycles.values()];
}

function describeCycle(cycle: Edge[]): string {
  return `„${cycle[0]!.from}“${cycle.map((edge) => ` –${edge.relation}→ „${edge.to}“`).join('')}`;
}

/** Reports every cycle at each of its relations, so that every record involved names it. */
export function checkRelationCycles(agreements: { id: string; source: YamlSource; related?: unknown }[], collector: Collector) {
  const sources = new Map(agreements.map((agreement) => [agreement.id, agreement.source]));
  // The `related` field alone where the caller has it, so that cached data need not be read.
  const cycles = findRelationCycles(
    agreements.map((agreement) => ({
      id: agreement.id,
      data: 'related' in agreement ? { related: agreement.related } : agreement.source.data,
    })),
  );
  for (const cycle of cycles) {
    for (const edge of cycle) {
      collector.at(
        sources.get(edge.from)!,
        ['related', edge.index, 'agreement'],
        `Die Beziehungen führen im Kreis: ${describeCycle(cycle)}. Eine Beziehung steht immer bei der neueren Vereinbarung und zeigt auf die ältere; so kann keine Kette zu ihrem Anfang zurückführen. Bitte die Richtung der Beziehungen prüfen.`,
      );
    }
  }
}
