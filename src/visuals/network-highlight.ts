/**
 * Hovering or focusing a node of a network (src/components/NetworkGraph.astro) shows its
 * ties: its edges stand out, its partners keep their full colour, everything else fades.
 * Progressive: the picture and the table of connections say the same without this
 * script. The edges carry their ends (`data-from`, `data-to`), the nodes their key
 * (`data-key`), so the script needs nothing else from the build.
 */

/** On the picture while a node is shown; the classes below mark that node, its partners and edges (visuals.css). */
const FOCUS = 'network__svg--focus';
const ACTIVE = 'network__link--active';
const PARTNER = 'network__link--partner';
const LINKED = 'network__edge--linked';

const keyOf = (link: Element | null | undefined): string | undefined =>
  link?.querySelector('[data-key]')?.getAttribute('data-key') ?? undefined;

function setUp(svg: SVGSVGElement): void {
  const edges = [...svg.querySelectorAll<SVGPathElement>('.network__edge')];
  const links = [...svg.querySelectorAll<SVGAElement>('a')].flatMap((link) => {
    const key = keyOf(link);
    return key ? [{ key, link }] : [];
  });
  let focused: string | undefined;

  const show = (key: string | undefined) => {
    svg.classList.toggle(FOCUS, key !== undefined);
    const partners = new Set<string>();
    for (const edge of edges) {
      const { from, to } = edge.dataset;
      const linked = key !== undefined && (from === key || to === key);
      edge.classList.toggle(LINKED, linked);
      if (linked) {
        partners.add(from === key ? to! : from!);
        // Drawn last, so that no other line covers it.
        edge.parentNode?.append(edge);
      }
    }
    for (const { key: other, link } of links) {
      link.classList.toggle(ACTIVE, other === key);
      link.classList.toggle(PARTNER, partners.has(other));
    }
  };

  svg.addEventListener('pointerover', (event) => show(keyOf((event.target as Element).closest('a')) ?? focused));
  svg.addEventListener('pointerleave', () => show(focused));
  svg.addEventListener('focusin', (event) => {
    focused = keyOf((event.target as Element).closest('a'));
    show(focused);
  });
  svg.addEventListener('focusout', () => {
    focused = undefined;
    show(undefined);
  });
}

export function initNetworkHighlight(): void {
  document.querySelectorAll<SVGSVGElement>('.network__svg').forEach(setUp);
  // The hint says what the script does, so it shows only where the script runs.
  document.querySelectorAll<HTMLElement>('[data-network-hint]').forEach((hint) => (hint.hidden = false));
}
