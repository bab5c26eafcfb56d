/**
 * Everything that can be checked about one agreement file on its own: encoding,
 * frontmatter, schema, and what the MDX body may contain.
 */
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { BODY_PLACEHOLDER } from '../contribute/placeholder.ts';
import {
  BODY_FEATURES,
  bodySizeViolation,
  citedSources,
  collectComponents,
  findUnsafeContent,
  uncitedNumbers,
} from '../lib/content-safety.ts';
import { agreementSchema, type Agreement } from '../schemas/agreement.ts';
import { Collector, guarded, readSource, relativeFile } from './collector.ts';
import type { Diagnostic } from './diagnostic.ts';
import { decodeSourceFile, parseMdxSource, YamlSource } from './source-file.ts';
import { markdownSurprises, mayHoldMarkdownSurprise } from './markdown-surprises.ts';
import { didYouMeanText } from './suggest.ts';
import { bodyTextProblems } from './text-hygiene.ts';

/** What the checks that need other records need to know about one file. */
export interface AgreementFileResult {
  id: string;
  file: string;
  /** Whether the frontmatter could be read at all. */
  parsed: boolean;
  /** Set only if the frontmatter matches the schema. */
  data?: Agreement;
  /** The frontmatter as read, before the schema normalised anything (URLs, defaults). */
  raw?: unknown;
  diagnostics: Diagnostic[];
}

type Raw = Record<string, unknown>;

/** A list field of raw (not yet validated) data, with non-objects replaced by {}. */
export function rawList(value: unknown, key: string): Raw[] {
  const list = (value as Raw | undefined)?.[key];
  return Array.isArray(list) ? list.map((item) => (item !== null && typeof item === 'object' ? (item as Raw) : {})) : [];
}

export function rawString(value: unknown, key: string): string | undefined {
  const field = (value as Raw | undefined)?.[key];
  return typeof field === 'string' ? field : undefined;
}

const MDX_HINTS: [RegExp, string][] = [
  [
    /mdx-jsx:unexpected-character|expected a valid JSX tag|before name/,
    'Ein „<“ beginnt in MDX ein Element; für das Zeichen selbst bitte \\< schreiben, Links als [Text](https://…).',
  ],
  [
    /expression|Unexpected end of file in expression|`\{`/,
    'Geschweifte Klammern beginnen in MDX einen Ausdruck; für das Zeichen selbst bitte \\{ schreiben.',
  ],
  [/closing tag|end tag|Expected a closing tag/, 'Ein Element wurde geöffnet, aber nicht geschlossen.'],
];

/** Parses an MDX body, checks what it may contain and returns the components it uses. */
function checkBody(body: string, lineOffset: number, source: YamlSource, sourceIds: Set<string>, collector: Collector) {
  if (body.trim() === '') return;
  const placeholderAt = body.indexOf(BODY_PLACEHOLDER);
  if (placeholderAt >= 0) {
    collector.add([
      {
        file: source.file,
        line: body.slice(0, placeholderAt).split('\n').length + lineOffset,
        column: 1,
        field: '(Text)',
        message:
          'Der Platzhaltertext der Vorlage steht noch da: bitte durch eine Beschreibung der Vereinbarung in eigenen Worten ersetzen.',
      },
    ]);
  }
  for (const problem of bodyTextProblems(body)) {
    collector.add([
      { file: source.file, line: problem.line + lineOffset, column: problem.column, field: '(Text)', message: problem.message },
    ]);
  }
  // Checked before parsing: the size is what bounds the time parsing takes.
  const tooLong = bodySizeViolation(body);
  if (tooLong) {
    collector.add([{ file: source.file, line: 1 + lineOffset, column: 1, field: '(Text)', message: `${tooLong.message}.` }]);
    return;
  }
  let tree;
  try {
    // Parsed as the renderer parses it. Positions cost time and memory; they are only
    // needed if there is something to report.
    tree = mdxToMdast(body, { features: BODY_FEATURES, position: false });
    const hasProblem =
      findUnsafeContent(tree).length > 0 ||
      uncitedNumbers(tree).length > 0 ||
      collectComponents(tree).some((component) => citedSources(component).some((id) => !sourceIds.has(id))) ||
      mayHoldMarkdownSurprise(tree, body);
    if (hasProblem) tree = mdxToMdast(body, { features: BODY_FEATURES, position: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*)$/s.exec(text);
    const hint = MDX_HINTS.find(([pattern]) => pattern.test(text))?.[1] ?? 'Der Text ist kein gültiges MDX.';
    collector.add([
      {
        file: source.file,
        line: (match ? Number(match[1]) : 1) + lineOffset,
        column: match ? Number(match[2]) : 1,
        field: '(Text)',
        message: `${hint} (MDX: ${(match?.[3] ?? text).split('\n')[0]})`,
      },
    ]);
    return;
  }
  for (const violation of findUnsafeContent(tree)) {
    collector.add([
      { file: source.file, line: violation.line + lineOffset, column: violation.column, field: '(Text)', message: violation.message },
    ]);
  }
  for (const component of collectComponents(tree)) {
    for (const id of citedSources(component)) {
      if (sourceIds.has(id)) continue;
      collector.add([
        {
          file: source.file,
          line: component.line + lineOffset,
          column: component.column,
          field: '(Text)',
          message: `<${component.name} quelle="${component.attributes.quelle}">: keine Quelle mit der Kennung „${id}“.${didYouMeanText(id, sourceIds)} Quellen brauchen dafür ein Feld „id“ unter „sources“.`,
        },
      ]);
    }
  }
  // Valid Markdown that shows something other than what was written: warned about, not refused.
  for (const surprise of markdownSurprises(tree, body, lineOffset)) {
    collector.add([
      {
        file: source.file,
        line: surprise.line + lineOffset,
        column: surprise.column,
        field: '(Text)',
        message: surprise.message,
        severity: 'warning',
      },
    ]);
  }
  // Every number or date the text states is backed by a source of the record.
  for (const uncited of uncitedNumbers(tree)) {
    collector.add([
      {
        file: source.file,
        line: uncited.line + lineOffset,
        column: uncited.column,
        field: '(Text)',
        message: `Der Absatz nennt eine Zahl oder ein Datum („${uncited.number}“) ohne Beleg: bitte mit <Beleg quelle="kennung" /> auf die Quelle verweisen, die sie nennt, oder die Angabe weglassen.`,
      },
    ]);
  }
}

/** Checks one agreement file; `bytes` are its content if already read. */
export function checkAgreementFile(root: string, id: string, path: string, bytes?: Uint8Array): AgreementFileResult {
  const collector = new Collector();
  const result: AgreementFileResult = { id, file: relativeFile(root, path), parsed: false, diagnostics: collector.diagnostics };
  guarded(result.file, collector, () => {
    const read = readSource(root, path, collector, bytes);
    if (!read) return;
    const mdx = parseMdxSource(read.text, read.file);
    collector.add(mdx.diagnostics);
    if (!mdx.value) return;
    const { yaml, body, bodyLineOffset } = mdx.value;
    result.parsed = true;
    const data = collector.check(agreementSchema, yaml.data, yaml, []);
    if (data) result.data = data;
    result.raw = yaml.data;
    const sourceIds = new Set(rawList(yaml.data, 'sources').flatMap((src) => rawString(src, 'id') ?? []));
    checkBody(body, bodyLineOffset, yaml, sourceIds, collector);
  });
  return result;
}

/**
 * The source of a checked file for the checks that need other records. Its text is read
 * again only if one of those checks has something to report; with `readDataLater` (a file
 * known from the validation cache), so is its data.
 */
export function sourceOf(path: string, result: Pick<AgreementFileResult, 'file' | 'raw'>, { readDataLater = false } = {}): YamlSource {
  const frontmatter = () => {
    const decoded = decodeSourceFile(readFileSync(path), result.file);
    return parseMdxSource(decoded.value ?? '', result.file).value?.yaml;
  };
  const text = () => frontmatter()?.text ?? '';
  return readDataLater
    ? new YamlSource(result.file, text, () => frontmatter()?.data, { lazyData: true })
    : new YamlSource(result.file, text, result.raw);
}
