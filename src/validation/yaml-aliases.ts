/**
 * YAML anchors and aliases (`&quellen` … `*quellen`) let a short text stand for huge data:
 * js-yaml reads each alias as a reference to the same object, so reading is quick, but
 * every later walk (schema, text hygiene, references, the build) sees the data expanded.
 * Ten lines of nested aliases expand to billions of values, and an alias inside its own
 * anchor to a cycle. Both are refused here, right after reading and before anything
 * walks the data, for the validator and the build alike (source-file.ts). A modest use,
 * such as one list of sources used twice, stays allowed.
 *
 * The limit is measured on the data js-yaml returns (the data everything else uses);
 * only when it is exceeded is the text parsed again with the `yaml` package to find the
 * alias to name. The `yaml` package's own guard (`maxAliasCount` of `toJS()`) is not
 * used because js-yaml, not `toJS()`, produces the data, and it could not say where.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/**
 * How much aliases may add to a file's data, counted as in `measure` below (about one per
 * value and field name plus the length of every text). Ten thousand is ample for reusing
 * a list of sources or steps in a record with a thousand parties, and small enough that
 * walking the added data takes no noticeable time.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** How deep data may nest: js-yaml's own limit for the text (its default `maxDepth`), applied to the data as expanded too. */
export const MAX_YAML_DEPTH = 100;

/** An alias needs `*` followed by a name character; text without one cannot hold any. */
const MAY_HOLD_ALIAS = /\*[^\s,[\]{}]/;

interface Size {
  /** Values and field names, plus the length of every text, with every alias expanded. */
  expanded: number;
  /** Levels of lists and blocks, with every alias expanded. */
  depth: number;
}

type Measure = { expanded: number; own: number; depth: number } | 'cycle';

function scalarSize(value: unknown): number {
  return 1 + (typeof value === 'string' ? value.length : 0);
}

/**
 * The size of data as every walk sees it (`expanded`) and as written (`own`: each shared
 * object counted once), or 'cycle' if an object contains itself. Iterative, and linear in
 * the number of distinct objects, however large the expansion.
 */
function measure(root: unknown): Measure {
  if (root === null || typeof root !== 'object') return { expanded: scalarSize(root), own: scalarSize(root), depth: 0 };
  let own = 0;
  const done = new Map<object, Size>();
  const open = new Set<object>();
  interface Frame {
    node: object;
    values: unknown[];
    next: number;
    expanded: number;
    depth: number;
  }
  const enter = (node: object): Frame => {
    open.add(node);
    let expanded = 1;
    let values: unknown[];
    if (Array.isArray(node)) {
      values = node;
    } else {
      const entries = Object.entries(node);
      for (const [key] of entries) expanded += scalarSize(key);
      values = entries.map(([, value]) => value as unknown);
    }
    own += expanded;
    return { node, values, next: 0, expanded, depth: 1 };
  };
  const stack: Frame[] = [enter(root)];
  let result: Size = { expanded: 0, depth: 0 };
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.next < frame.values.length) {
      const child = frame.values[frame.next++];
      if (child === null || typeof child !== 'object') {
        const size = scalarSize(child);
        frame.expanded += size;
        own += size;
        continue;
      }
      const known = done.get(child);
      if (known) {
        frame.expanded += known.expanded;
        frame.depth = Math.max(frame.depth, known.depth + 1);
        continue;
      }
      if (open.has(child)) return 'cycle';
      stack.push(enter(child));
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    const size = { expanded: frame.expanded, depth: frame.depth };
    done.set(frame.node, size);
    const parent = stack.at(-1);
    if (parent) {
      parent.expanded += size.expanded;
      parent.depth = Math.max(parent.depth, size.depth + 1);
    } else {
      result = size;
    }
  }
  return { ...result, own };
}

export interface AliasProblem {
  line: number;
  column: number;
  message: string;
}

const number = new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 3 });

/** German reading of a large count: "282 Milliarden", "1,2 Millionen", "240.000". */
function amount(value: number): string {
  if (!Number.isFinite(value) || value >= 1e15) return 'unvorstellbar viele';
  if (value >= 1e12) return `rund ${number.format(value / 1e12)} Billionen`;
  if (value >= 1e9) return `rund ${number.format(value / 1e9)} Milliarden`;
  if (value >= 1e6) return `rund ${number.format(value / 1e6)} Millionen`;
  return `rund ${number.format(value)}`;
}

/** The alias to blame, found in the position-aware document: which one, and what it does. */
function blame(text: string, kind: 'cycle' | 'expansion' | 'depth'): { line: number; column: number; name: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const anchors = new Map<string, Node>();
  const aliases: { name: string; target: Node | undefined; position: number }[] = [];
  // Document order: an alias refers to the last node with its anchor before it, which
  // may be a block still open around it (a cycle).
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) aliases.push({ name: node.source, target: anchors.get(node.source), position: node.range?.[0] ?? 0 });
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  const sizes = new Map<Node, Size>();
  const sizing = new Set<Node>();
  // Recursive, but never deeper than twice the depth limit: data nested deeper through aliases counts as endless.
  const endless: Size = { expanded: Infinity, depth: Infinity };
  const sizeOf = (node: unknown, level: number): Size => {
    if (level > 2 * MAX_YAML_DEPTH) return endless;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      return target ? sizeOf(target, level + 1) : { expanded: 1, depth: 0 };
    }
    if (isScalar(node)) return { expanded: scalarSize(node.value), depth: 0 };
    if (!isMap(node) && !isSeq(node)) return { expanded: 1, depth: 0 };
    const known = sizes.get(node);
    if (known) return known;
    if (sizing.has(node)) return endless;
    sizing.add(node);
    let expanded = 1;
    let depth = 1;
    for (const item of node.items) {
      const parts: unknown[] = isPair(item) ? [item.key, item.value] : [item];
      for (const part of parts) {
        const size = sizeOf(part, level + 1);
        expanded += size.expanded;
        depth = Math.max(depth, size.depth + 1);
      }
    }
    sizing.delete(node);
    const size = { expanded, depth };
    sizes.set(node, size);
    return size;
  };
  let total = 0;
  const found =
    aliases.find((alias) => {
      if (!alias.target) return false;
      const size = sizeOf(alias.target, 0);
      if (kind === 'cycle') return size.expanded === Infinity;
      if (kind === 'depth') return size.depth >= MAX_YAML_DEPTH / 2;
      total += size.expanded;
      return total > MAX_ALIAS_EXPANSION;
    }) ?? aliases[0];
  const { line, col } = lineCounter.linePos(found?.position ?? 0);
  return { line, column: col, name: found?.name ?? '' };
}

/**
 * Whether the data read from `text` expands too much through aliases, nests too deep
 * through them, or contains itself; undefined for nearly every file, quickly.
 */
export function aliasProblem(text: string, data: unknown): AliasProblem | undefined {
  if (!MAY_HOLD_ALIAS.test(text)) return undefined;
  const size = measure(data);
  if (size === 'cycle') {
    const at = blame(text, 'cycle');
    return {
      line: at.line,
      column: at.column,
      message: `Der Verweis „*${at.name}“ steht innerhalb des Blocks, auf den er verweist („&${at.name}“): ausgeschrieben wären die Daten unendlich groß. Bitte den Verweis entfernen und die Angaben ausschreiben.`,
    };
  }
  if (size.expanded - size.own > MAX_ALIAS_EXPANSION) {
    const at = blame(text, 'expansion');
    return {
      line: at.line,
      column: at.column,
      message: `Anker und Verweise („&${at.name}“ … „*${at.name}“) vervielfachen die Daten: ausgeschrieben wären es ${amount(size.expanded)} Werte und Zeichen statt ${amount(size.own)}. Verweise dürfen zusammen höchstens ${number.format(MAX_ALIAS_EXPANSION)} hinzufügen (genug, um etwa eine Liste von Quellen mehrfach zu nutzen); bitte die Angaben ausschreiben.`,
    };
  }
  if (size.depth > MAX_YAML_DEPTH) {
    const at = blame(text, 'depth');
    return {
      line: at.line,
      column: at.column,
      message: `Durch Verweise („*${at.name}“) wären die Daten mehr als ${MAX_YAML_DEPTH} Ebenen tief verschachtelt. Ein Eintrag braucht nur wenige Ebenen; bitte die Angaben ausschreiben.`,
    };
  }
  return undefined;
}
