/**
 * The "Vergleichen" links of a Land's or organisation's page as plain data: each actor it
 * shares an agreement with, how many as parties both and how many only through an
 * organisation, and where the link leads (the comparison page or the one shared agreement).
 */
import { comparisonsOf, comparisonsOfRegistry } from './compare.ts';
import type { Actor, Registry } from './registry-core.ts';

export interface CompareLinksView {
  name: string;
  items: { href: string; label: string; detail: string }[];
}

const unit = (count: number) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

export function compareLinks(registry: Registry, actor: Actor): CompareLinksView {
  return {
    name: actor.name,
    items: comparisonsOf(comparisonsOfRegistry(registry), actor).map((item) => ({
      href: item.href,
      label: `${actor.name} und ${item.other.name}`,
      detail: [
        item.direct > 0 && `${item.direct} gemeinsam als Vertragspartei`,
        item.indirect > 0 && `${unit(item.indirect)} über eine Organisation`,
      ]
        .filter(Boolean)
        .join(', '),
    })),
  };
}
