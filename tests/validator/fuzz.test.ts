/**
 * Property-based fuzzing of the validator and the body renderer with random mutations of
 * the real records (tests/validator/fuzz-mutations.ts): whatever a contributor sends,
 *
 * - the validator never throws and never reports an internal error, and every message
 *   names a file and a line and prints on one line;
 * - checking the changed file takes less than two seconds (the whole `npm run validate`,
 *   other records from the validation cache);
 * - a mutated record that validates has only http(s) addresses and no control characters,
 *   and its body renders to HTML with nothing but the allowed elements, attributes and
 *   link targets; the renderer on its own either refuses a body or renders it so.
 *
 * The seed is fixed, so every run tries the same cases and a failure replays; each
 * property stops trying new cases when its time budget is spent.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { renderRecordBody } from '../../src/lib/record-body.ts';
import { formatDiagnostic } from '../../src/validation/report.ts';
import { parseMdxSource } from '../../src/validation/source-file.ts';
import { findUnsafeCharacters } from '../../src/validation/text-hygiene.ts';
import { validateContent, type ValidationResult } from '../../src/validation/validate-content.ts';
import { mutate, mutationArbitrary, type Mutation } from './fuzz-mutations.ts';

/** Fixed, so that `npm test` tries the same cases every time; FUZZ_SEED and FUZZ_BUDGET (a factor) explore further by hand. */
const SEED = Number(process.env.FUZZ_SEED ?? 27);
const SCALE = Number(process.env.FUZZ_BUDGET ?? 1);
/**
 * Upper bound for the time of one `npm run validate` with one changed file; it usually
 * takes a few hundredths. Measured as the processor time of this test process (vitest
 * runs each test file in a process of its own), so that a machine busy with other work
 * does not fail the test, while a validator that loops or expands data still does.
 */
const MAX_MILLISECONDS_PER_FILE = 2_000;

/** Processor time spent by `run`, in milliseconds. */
function timed<T>(run: () => T): { value: T; milliseconds: number } {
  const before = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(before);
  return { value, milliseconds: (user + system) / 1000 };
}
/** Time budget of each property; the cases tried in it are the same on every run, only fewer on a slow machine. */
const BUDGET = { agreements: 8_000 * SCALE, others: 4_000 * SCALE, bodies: 3_000 * SCALE };

const PROJECT = join(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-fuzz-'));
cpSync(join(PROJECT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });

/** Every real record file, project-relative. */
const filesIn = (dir: string, extension: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(extension))
    .map((name) => `${dir}/${name}`);
const agreementFiles = filesIn(CONTENT_PATHS.agreements, '.mdx');
const otherFiles = [
  ...filesIn(CONTENT_PATHS.organisations, '.yaml'),
  ...filesIn(CONTENT_PATHS.solutions, '.yaml'),
  CONTENT_PATHS.laender,
  CONTENT_PATHS.topics,
];
const original = new Map([...agreementFiles, ...otherFiles].map((file) => [file, readFileSync(join(root, file), 'utf8')]));

const stats = { runs: 0, valid: 0, slowest: 0, rendered: 0, refused: 0 };

/** Validates the project with `file` replaced by `text`, then puts the file back. */
function validateWith(file: string, text: string): { result: ValidationResult; milliseconds: number } {
  writeFileSync(join(root, file), text);
  try {
    const { value: result, milliseconds } = timed(() => validateContent({ root, cache: true }));
    stats.runs++;
    stats.slowest = Math.max(stats.slowest, milliseconds);
    return { result, milliseconds };
  } finally {
    writeFileSync(join(root, file), original.get(file)!);
  }
}

const ALLOWED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'section',
  'figure',
  'figcaption',
  'input',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'id',
  'class',
  'start',
  'style',
  'type',
  'checked',
  'disabled',
  'data-footnotes',
  'data-footnote-ref',
  'data-footnote-backref',
  'aria-describedby',
  'aria-label',
]);

/**
 * Link targets a page may have: web and mail addresses, anchors and paths of the site.
 * Written out here rather than taken from src/lib/content-safety.ts, so that the test
 * would notice if that module let something through.
 */
const SAFE_HREF = /^(?:#.*|https?:\/\/[^\s/]\S*|mailto:\S+|\/(?![/\\])\S*)$/is;

/** Everything in rendered HTML that could run code or load something: none may be there. */
function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const visit = (element: HTMLElement) => {
    for (const child of element.childNodes) {
      if (child.nodeType !== 1) continue;
      const node = child as HTMLElement;
      const tag = node.rawTagName.toLowerCase();
      if (!ALLOWED_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
      for (const [name, value] of Object.entries(node.attributes)) {
        const attribute = name.toLowerCase();
        if (!ALLOWED_ATTRIBUTES.has(attribute)) problems.push(`attribute ${name} on <${tag}>`);
        if (attribute === 'style' && !/^text-align:\s*(left|center|right);?$/.test(value)) problems.push(`style="${value}"`);
        if (attribute === 'type' && value !== 'checkbox') problems.push(`type="${value}"`);
        // The parser decodes entities, so "&#106;avascript:" is seen as the browser sees it.
        if (attribute === 'href' && !SAFE_HREF.test(value)) problems.push(`href="${value}"`);
      }
      visit(node);
    }
  };
  visit(parse(html, { comment: true }));
  if (/<!--/.test(html)) problems.push('HTML comment');
  return problems;
}

/** Every web address in valid data is http(s) in one piece, and no text has a control character. */
function unsafeData(data: unknown, path = ''): string[] {
  if (typeof data === 'string') {
    const problems = findUnsafeCharacters(data).map((found) => `${path}: ${found.description}`);
    if (/(^|\.)(url|archive|website|opencode|efa)$/.test(path) && !/^https?:\/\/\S+$/i.test(data)) problems.push(`${path}: ${data}`);
    return problems;
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => unsafeData(item, `${path}[${index}]`));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => unsafeData(value, path ? `${path}.${key}` : key));
  return [];
}

/** The renderer on its own: refuses with an error, or renders safe HTML, in time. */
function checkRenderer(body: string) {
  const { value: html, milliseconds } = timed(() => {
    try {
      return renderRecordBody(body, 'fuzz.mdx');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      return undefined;
    }
  });
  expect(milliseconds).toBeLessThan(MAX_MILLISECONDS_PER_FILE);
  if (html === undefined) {
    stats.refused++;
  } else {
    stats.rendered++;
    expect(unsafeHtml(html)).toEqual([]);
  }
}

/** What holds for every validation run, whatever the input. */
function checkDiagnostics(result: ValidationResult, milliseconds: number) {
  expect(milliseconds).toBeLessThan(MAX_MILLISECONDS_PER_FILE);
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.message).not.toMatch(/Interner Fehler/);
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.file).toMatch(/^src\/content\//);
    expect(formatDiagnostic(diagnostic).split('\n')).toHaveLength(1);
  }
}

const mutations = fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 });
const apply = (text: string, list: Mutation[], mdx: boolean) => list.reduce((current, mutation) => mutate(current, mutation, mdx), text);

describe('fuzzing with mutated real records', { timeout: 120_000 * SCALE }, () => {
  afterAll(() => {
    console.log(
      `Fuzz: ${stats.runs} validations (${stats.valid} still valid, slowest ${Math.round(stats.slowest)} ms processor time), renderer: ${stats.rendered} rendered, ${stats.refused} refused`,
    );
  });

  it('agreements: no crash, under two seconds, nothing unsafe through', () => {
    fc.assert(
      fc.property(fc.constantFrom(...agreementFiles), mutations, (file, list) => {
        const text = apply(original.get(file)!, list, true);
        const { result, milliseconds } = validateWith(file, text);
        checkDiagnostics(result, milliseconds);
        const mdx = parseMdxSource(text.replace(/\r\n?/g, '\n'), file).value;
        if (mdx) checkRenderer(mdx.body);
        if (result.diagnostics.some((diagnostic) => diagnostic.file === file)) return;
        // Valid: what the build would publish must be safe.
        stats.valid++;
        const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
        const record = result.content.agreements.get(id);
        expect(record).toBeDefined();
        expect(unsafeData(record!.data)).toEqual([]);
        expect(mdx).toBeDefined();
        expect(unsafeHtml(renderRecordBody(mdx!.body, file))).toEqual([]);
      }),
      { seed: SEED, numRuns: 400 * SCALE, plugins: [fc.interruptAfterTimeLimit(BUDGET.agreements)] },
    );
  });

  it('organisations, solutions, Länder and topics: no crash, under two seconds, nothing unsafe through', () => {
    fc.assert(
      fc.property(fc.constantFrom(...otherFiles), mutations, (file, list) => {
        const { result, milliseconds } = validateWith(file, apply(original.get(file)!, list, false));
        checkDiagnostics(result, milliseconds);
        if (result.diagnostics.length > 0) return;
        stats.valid++;
        const { content } = result;
        for (const records of [content.organisations, content.solutions, content.laender, content.topics])
          for (const data of records.values()) expect(unsafeData(data)).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 * SCALE, plugins: [fc.interruptAfterTimeLimit(BUDGET.others)] },
    );
  });

  it('the body renderer alone: refuses or renders safe HTML, in time', () => {
    const bodies = agreementFiles.map((file) => parseMdxSource(original.get(file)!, file).value!.body);
    fc.assert(
      fc.property(fc.constantFrom(...bodies), mutations, (body, list) => {
        checkRenderer(apply(`---\ntitle: x\n---\n${body}`, list, true).split('\n---\n').slice(1).join('\n---\n'));
      }),
      { seed: SEED, numRuns: 600 * SCALE, plugins: [fc.interruptAfterTimeLimit(BUDGET.bodies)] },
    );
  });
});
