/**
 * Random mutations of record files for the fuzz test: changes to the YAML data (delete,
 * duplicate or swap fields, change a value's type, put hostile text in, nest deeply) and
 * to the raw text (insert, delete, duplicate and swap lines, anchors and aliases, hostile
 * Markdown and MDX in the body). Each mutation is plain data drawn by fast-check, so a
 * failing case shrinks and replays from its seed.
 */
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/validation/source-file.ts';

/** Text that has broken, or tried to break, a validator, a renderer or a page somewhere. */
export const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  '%6A%61vascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://example.org/"><script>alert(1)</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<svg onload=alert(1)>',
  '{alert(1)}',
  '{/* Kommentar */}',
  'export const a = 1',
  'import x from "y"',
  '[x](javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x]( javascript:alert(1) )',
  '[a]: javascript:alert(1)\n\n[a]',
  '<javascript:alert(1)>',
  '![Bild](https://example.org/x.png)',
  '<Zitat von={x}>y</Zitat>',
  '<Zitat von="a" onClick="alert(1)">y</Zitat>',
  '<Zitat von="a" quelle="x&quot; onmouseover=&quot;alert(1)">y</Zitat>',
  '<Zitat>ohne von</Zitat>',
  '<>Fragment</>',
  '<!-- Kommentar -->',
  '# Überschrift',
  '> '.repeat(40) + 'tief',
  '- '.repeat(40) + 'tief',
  '*'.repeat(200),
  '['.repeat(300),
  '{'.repeat(300),
  '\u0000',
  '\u001b[2J',
  '\u0007',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\r',
  '\ud800',
  '\uffff',
  '::error file=README.md::x',
  '---',
  '\n---\n',
  '? [a, b]\n: c',
  '&anker [a, b]',
  '*anker',
  '<<: *anker',
  '!!js/function "function () {}"',
  '!!binary aGk=',
  '!!python/object:os.system',
  '2020-02-30',
  '../..',
  '{ unknown: x }',
  '1e999',
  '0x1F',
  '.nan',
  '~',
  'null',
  'ä'.normalize('NFD'),
  'Dаtaport',
  'x'.repeat(25_000),
];

/** Nine lines of anchors, each list repeating the previous one nine times. */
export function aliasBomb(levels = 9): string {
  let text = 'bombe0: &bombe0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let level = 1; level < levels; level++) {
    text += `bombe${level}: &bombe${level} [${Array.from({ length: 9 }, () => `*bombe${level - 1}`).join(', ')}]\n`;
  }
  return text;
}

export type Mutation =
  | { kind: 'delete-field'; at: number }
  | { kind: 'swap-fields'; at: number; other: number }
  | { kind: 'retype'; at: number; to: number }
  | { kind: 'inject'; at: number; text: string; how: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'delete-text'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'alias'; at: number; other: number; bomb: boolean }
  | { kind: 'body'; text: string; at: number };

const hostileOrRandom = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-field' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-fields' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), text: hostileOrRandom, how: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 2, max: 150 }) }),
  fc.record({ kind: fc.constant('insert-text' as const), at: fc.nat(), text: hostileOrRandom }),
  fc.record({ kind: fc.constant('delete-text' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('alias' as const), at: fc.nat(), other: fc.nat(), bomb: fc.boolean() }),
  fc.record({ kind: fc.constant('body' as const), text: hostileOrRandom, at: fc.nat() }),
);

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

/** Every path in the data, in document order (the root excluded). */
function paths(data: unknown, prefix: Path = [], found: Path[] = []): Path[] {
  if (data === null || typeof data !== 'object' || found.length > 5_000) return found;
  const entries = Array.isArray(data) ? data.map((value, index) => [index, value] as const) : Object.entries(data);
  for (const [key, value] of entries) {
    found.push([...prefix, key]);
    paths(value, [...prefix, key], found);
  }
  return found;
}

function parentOf(data: unknown, path: Path): { parent: Container; key: string | number } | undefined {
  let node = data;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[segment];
  return node !== null && typeof node === 'object' ? { parent: node as Container, key: path.at(-1)! } : undefined;
}

function get(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | null)?.[segment], data);
}

function set(data: unknown, path: Path, value: unknown) {
  const place = parentOf(data, path);
  if (place) (place.parent as Record<string | number, unknown>)[place.key] = value;
}

const RETYPED: ((value: unknown) => unknown)[] = [
  () => 2013,
  () => -1.5,
  () => true,
  () => null,
  () => [],
  () => ({}),
  (value) => [value],
  (value) => ({ wert: value }),
  (value) => String(value),
  () => '',
  () => ({ unknown: 'Grund' }),
  () => '2026-12-31',
];

/** A mutation of the YAML data; false if the data offers nothing to mutate. */
function mutateData(data: unknown, mutation: Mutation): boolean {
  const all = paths(data);
  if (all.length === 0) return false;
  const path = all[('at' in mutation ? mutation.at : 0) % all.length]!;
  switch (mutation.kind) {
    case 'delete-field': {
      const place = parentOf(data, path);
      if (!place) return false;
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key];
      return true;
    }
    case 'swap-fields': {
      const other = all[mutation.other % all.length]!;
      // A value cannot be swapped into its own inside.
      if (other.join('.').startsWith(path.join('.')) || path.join('.').startsWith(other.join('.'))) return false;
      const value = get(data, path);
      set(data, path, get(data, other));
      set(data, other, value);
      return true;
    }
    case 'retype':
      set(data, path, RETYPED[mutation.to % RETYPED.length]!(get(data, path)));
      return true;
    case 'inject': {
      const value = get(data, path);
      const text = typeof value === 'string' ? value : '';
      const how = mutation.how % 3;
      set(data, path, how === 0 ? mutation.text : how === 1 ? `${mutation.text}${text}` : `${text}${mutation.text}`);
      return true;
    }
    case 'nest': {
      let value = get(data, path);
      for (let level = 0; level < mutation.depth; level++) value = level % 2 === 0 ? [value] : { tiefer: value };
      set(data, path, value);
      return true;
    }
    default:
      return false;
  }
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Applies one mutation to a whole file (`mdx`: frontmatter and body; else a YAML file). */
export function mutate(text: string, mutation: Mutation, mdx: boolean): string {
  switch (mutation.kind) {
    case 'delete-field':
    case 'swap-fields':
    case 'retype':
    case 'inject':
    case 'nest': {
      const parts = mdx ? splitFrontmatter(text) : { matter: text, content: '' };
      // Only YAML without errors has data to change (and turning broken YAML into data can take the `yaml` package minutes).
      const doc = parseDocument(parts.matter, { logLevel: 'silent' });
      if (doc.errors.length > 0) return text;
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch {
        return text;
      }
      if (!mutateData(data, mutation)) return text;
      const yaml = stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 });
      return mdx ? `---\n${yaml}---\n${parts.content}` : yaml;
    }
    case 'insert-text': {
      const at = mutation.at % (text.length + 1);
      return `${text.slice(0, at)}${mutation.text}${text.slice(at)}`;
    }
    case 'delete-text': {
      const at = mutation.at % (text.length + 1);
      return `${text.slice(0, at)}${text.slice(at + mutation.length)}`;
    }
    case 'duplicate-line': {
      const all = lines(text);
      const at = mutation.at % all.length;
      all.splice(at, 0, all[at]!);
      return all.join('\n');
    }
    case 'swap-lines': {
      const all = lines(text);
      const a = mutation.at % all.length;
      const b = mutation.other % all.length;
      [all[a], all[b]] = [all[b]!, all[a]!];
      return all.join('\n');
    }
    case 'alias': {
      // An anchor on one top-level field, an alias of it on another; or a whole bomb.
      const all = lines(text);
      const start = mdx ? 1 : 0;
      const end = mdx ? Math.max(start + 1, all.indexOf('---', 1)) : all.length;
      const fields = all
        .map((line, index) => ({ line, index }))
        .filter(({ line, index }) => index >= start && index < end && /^[A-Za-z]+:/.test(line));
      if (mutation.bomb) {
        all.splice(start + (mutation.at % Math.max(1, end - start)), 0, ...aliasBomb().trimEnd().split('\n'));
        return all.join('\n');
      }
      if (fields.length < 2) return text;
      const anchor = fields[mutation.at % fields.length]!;
      const alias = fields[mutation.other % fields.length]!;
      if (anchor.index === alias.index) return text;
      all[anchor.index] = anchor.line.replace(/^([A-Za-z]+:)\s*/, `$1 &anker `);
      all[alias.index] = `${alias.line.slice(0, alias.line.indexOf(':'))}: *anker`;
      // The aliased field's own lines below it are now misplaced; YAML may refuse them, which is a case too.
      return all.join('\n');
    }
    case 'body': {
      if (!mdx) return `${text}\n${mutation.text}`;
      const parts = splitFrontmatter(text);
      const paragraphs = parts.content.split('\n\n');
      paragraphs.splice(mutation.at % (paragraphs.length + 1), 0, mutation.text);
      return `---${parts.matter}\n---\n${paragraphs.join('\n\n')}`;
    }
  }
}
