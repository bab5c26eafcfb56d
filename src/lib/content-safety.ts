/**
 * Record bodies are contributed by anyone and written in MDX, which, if it were compiled,
 * could run JavaScript at build time (`import`, `export`, `{expressions}`) and render any
 * tag. The site never compiles them, and this module decides what a body may contain: Markdown, the components listed below with
 * literal attributes, and links to web addresses. The validator reports every violation;
 * the build refuses any file that still has one (see src/lib/record-body.ts).
 */

/**
 * Limits of a body. Bodies are a few kilobytes of prose; the limits are far above that
 * and far below what would overflow the renderer's stack or make parsing slow (parse time
 * grows with the square of the nesting). Validator and renderer check the same limits.
 */
export const BODY_LIMITS = {
  /** Characters of the body (the text below the frontmatter). */
  maxCharacters: 20_000,
  /** Levels of the syntax tree: nested quotes, <Zitat>, lists and emphasis all count. */
  maxDepth: 16,
} as const;

/** How bodies are parsed, by the validator and by the renderer alike. */
export const BODY_FEATURES = { gfm: true, smartPunctuation: false } as const;

/** The one list of components a record may use, with their allowed attributes. */
export const ALLOWED_COMPONENTS = {
  Zitat: {
    description: 'Kurzes, belegtes Zitat einer beteiligten Person',
    attributes: { von: { required: true }, quelle: { required: false } },
  },
  Beleg: {
    description:
      'Verweis auf die Quellen einer Aussage im Text, z. B. <Beleg quelle="pressemitteilung" /> (mehrere Kennungen durch Leerzeichen getrennt)',
    attributes: { quelle: { required: true } },
  },
} as const satisfies Record<string, { description: string; attributes: Record<string, { required: boolean }> }>;

export type AllowedComponent = keyof typeof ALLOWED_COMPONENTS;

export interface SafetyViolation {
  line: number;
  column: number;
  message: string;
}

/** The slice of an mdast node this check looks at; satteri and unified trees both fit. */
export interface MdastLike {
  type: string;
  depth?: number;
  /** Lists: whether numbered. */
  ordered?: boolean | null;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastLike[];
  position?: { start: { line: number; column: number }; end?: { line: number; column: number } } | undefined;
}

const allowedNames = Object.keys(ALLOWED_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** Web and mail addresses, in-page anchors and site-absolute paths. */
export function isSafeLinkTarget(url: string): boolean {
  return /^(https?:\/\/|mailto:|#|\/(?!\/))/i.test(url.trim());
}

/** Whether every %-escape of a URL is well-formed and decodes to UTF-8 (else decodeURI throws). */
export function hasValidPercentEncoding(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

function componentViolations(node: MdastLike): string[] {
  const name = node.name ?? '';
  if (!name) return ['Leere JSX-Fragmente (<>…</>) sind nicht erlaubt'];
  const spec = (ALLOWED_COMPONENTS as Record<string, { attributes: Record<string, { required: boolean }> }>)[name];
  if (!spec) {
    return [`Das Element <${name}> ist nicht erlaubt. Erlaubt sind Markdown und ${allowedNames}`];
  }
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      messages.push(`<${name}> erlaubt keine ausgerechneten Attribute ({...}); Attribute als Text in Anführungszeichen angeben`);
      continue;
    }
    seen.add(attribute.name);
    if (!(attribute.name in spec.attributes)) {
      messages.push(`<${name}> kennt das Attribut „${attribute.name}“ nicht; erlaubt: ${Object.keys(spec.attributes).join(', ')}`);
    } else if (typeof attribute.value !== 'string') {
      messages.push(`Attribut „${attribute.name}“ von <${name}> braucht einen Text in Anführungszeichen, z. B. ${attribute.name}="…"`);
    }
  }
  for (const [attributeName, attributeSpec] of Object.entries(spec.attributes)) {
    if (attributeSpec.required && !seen.has(attributeName)) {
      messages.push(`<${name}> braucht das Attribut „${attributeName}“`);
    }
  }
  return messages;
}

function nodeViolations(node: MdastLike): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['„import“ und „export“ sind in Einträgen nicht erlaubt: Einträge dürfen keinen Code ausführen'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['Geschweifte Klammern {…} sind JavaScript-Ausdrücke und in Einträgen nicht erlaubt; eine Klammer als Text mit \\{ schreiben'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return componentViolations(node);
    case 'image':
    case 'imageReference':
      return ['Bilder sind in Einträgen nicht vorgesehen: sie würden von fremden Servern geladen'];
    case 'html':
      return ['HTML ist in Einträgen nicht erlaubt; bitte Markdown verwenden'];
    case 'heading':
      // The record's title is the page's only first-level heading.
      return node.depth === 1 ? ['Überschriften im Text beginnen mit „##“; „#“ ist dem Titel der Vereinbarung vorbehalten'] : [];
    case 'link':
    case 'definition':
      if (node.url === undefined) return [];
      if (!isSafeLinkTarget(node.url))
        return [`Link-Ziel „${node.url}“ ist nicht erlaubt; nur https://, http://, mailto: oder Pfade der Website (/…)`];
      return hasValidPercentEncoding(node.url)
        ? []
        : [
            `Link-Ziel „${node.url}“ enthält eine ungültige Prozent-Kodierung: auf „%“ folgen zwei Hexadezimalziffern, die zusammen gültiges UTF-8 ergeben; ein Prozentzeichen selbst wird als %25 geschrieben`,
          ];
    default:
      return [];
  }
}

/**
 * Visits every node in document order, without recursion (a deep tree cannot overflow
 * the stack here), and never deeper than BODY_LIMITS.maxDepth: the first node beyond it
 * goes to `tooDeep` instead, and its subtree is not visited.
 */
export function walk(root: MdastLike, visit: (node: MdastLike) => void, tooDeep?: (node: MdastLike) => void) {
  const stack: [MdastLike, number][] = [[root, 0]];
  let reported = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > BODY_LIMITS.maxDepth) {
      if (!reported) tooDeep?.(node);
      reported = true;
      continue;
    }
    visit(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, depth + 1]);
  }
}

/** A body over the size limit, checked before parsing it (parsing is what takes time). */
export function bodySizeViolation(body: string): SafetyViolation | undefined {
  if (body.length <= BODY_LIMITS.maxCharacters) return undefined;
  return {
    line: 1,
    column: 1,
    message: `Der Text ist mit ${body.length.toLocaleString('de-DE')} Zeichen zu lang; erlaubt sind höchstens ${BODY_LIMITS.maxCharacters.toLocaleString('de-DE')} Zeichen. Bitte kürzen und auf die Quellen verweisen`,
  };
}

function startOf(node: MdastLike) {
  return node.position?.start ?? { line: 1, column: 1 };
}

/**
 * Walks a parsed MDX tree and lists everything a record body may not contain.
 * Takes any mdast tree (Sätteri's or unified's): it reads only the fields it checks.
 */
export function findUnsafeContent(root: unknown): SafetyViolation[] {
  const violations: SafetyViolation[] = [];
  walk(
    root as MdastLike,
    (node) => {
      for (const message of nodeViolations(node)) violations.push({ ...startOf(node), message });
    },
    (node) =>
      violations.push({
        ...startOf(node),
        message: `Der Text ist zu tief verschachtelt: höchstens ${BODY_LIMITS.maxDepth} Ebenen (Zitate in Zitaten, Listen in Listen, Hervorhebungen) sind erlaubt. Bitte die Verschachtelung auflösen`,
      }),
  );
  return violations;
}

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
  column: number;
}

/** The allowed components a body uses, with their literal attributes (for reference checks). */
export function collectComponents(root: unknown): ComponentUse[] {
  const uses: ComponentUse[] = [];
  walk(root as MdastLike, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    }
    uses.push({ name: node.name, attributes, ...startOf(node) });
  });
  return uses;
}

/** The source ids a component cites: `quelle` may name several, separated by spaces. */
export function citedSources(component: ComponentUse): string[] {
  return (component.attributes.quelle ?? '').split(/\s+/).filter(Boolean);
}

export interface UncitedNumber {
  line: number;
  column: number;
  /** The number as it stands in the text. */
  number: string;
}

/**
 * Paragraphs (also in lists and quotes) that state a number or a date without citing a
 * source: every such paragraph needs a <Beleg>, or must stand in a <Zitat> that names its
 * source. Headings are titles, not claims, and are left alone.
 */
export function uncitedNumbers(root: unknown): UncitedNumber[] {
  const found: UncitedNumber[] = [];
  const visit = (node: MdastLike, cited: boolean) => {
    if (node.type === 'heading') return;
    const citedHere =
      cited ||
      ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'Zitat' &&
        (node.attributes ?? []).some((attribute) => attribute.name === 'quelle' && typeof attribute.value === 'string' && attribute.value));
    if (node.type === 'paragraph' && !citedHere) {
      let text = '';
      let hasBeleg = false;
      const collect = (child: MdastLike) => {
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Beleg') hasBeleg = true;
        const value = (child as { value?: unknown }).value;
        if ((child.type === 'text' || child.type === 'inlineCode') && typeof value === 'string') text += value;
        for (const grandchild of child.children ?? []) collect(grandchild);
      };
      collect(node);
      const number = /\d+(?:[.,]\d+)*/.exec(text);
      if (number && !hasBeleg) found.push({ ...startOf(node), number: number[0] });
      return;
    }
    for (const child of node.children ?? []) visit(child, citedHere);
  };
  visit(root as MdastLike, false);
  return found;
}
