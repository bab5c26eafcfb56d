/**
 * Turns a file's bytes into text and its frontmatter into a YAML document that still
 * knows where every value stands, so that every later message can name file:line:column.
 * Broken input of any kind becomes a diagnostic here, never an exception.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import { findUnsafeCharacters } from './text-hygiene.ts';
import { aliasProblem, MAX_YAML_DEPTH } from './yaml-aliases.ts';

/**
 * A parsed YAML text. The data comes from js-yaml (fast, and the parser Astro uses);
 * the position-aware document from the `yaml` package is built only when a message
 * has to be located, which keeps validating thousands of valid records fast.
 */
export class YamlSource {
  readonly file: string;
  #text: string | (() => string);
  #data: { value: unknown } | (() => unknown);
  #document: { doc: Document; lineCounter: LineCounter } | undefined;

  /**
   * `text` may be a function, to read the text again only if a message needs a position;
   * `data` may be one too (`lazyData`), for data kept in the validation cache.
   */
  constructor(file: string, text: string | (() => string), data: unknown, { lazyData = false } = {}) {
    this.file = file;
    this.#text = text;
    this.#data = lazyData ? (data as () => unknown) : { value: data };
  }

  /** Plain data as parsed: strings stay strings, `2013` is a number (YAML 1.2 core schema). */
  get data(): unknown {
    if (typeof this.#data === 'function') this.#data = { value: this.#data() };
    return this.#data.value;
  }

  get text(): string {
    if (typeof this.#text === 'function') this.#text = this.#text();
    return this.#text;
  }

  get positions(): { doc: Document; lineCounter: LineCounter } {
    if (!this.#document) {
      const lineCounter = new LineCounter();
      this.#document = { doc: parseDocument(this.text, { lineCounter }), lineCounter };
    }
    return this.#document;
  }
}

export interface MdxSource {
  yaml: YamlSource;
  body: string;
  /** Lines before the body (frontmatter and delimiters), to turn body lines into file lines. */
  bodyLineOffset: number;
}

type Result<T> = { value: T; diagnostics: [] } | { value?: undefined; diagnostics: Diagnostic[] };

function fileDiagnostic(file: string, message: string, line = 1, column = 1): Diagnostic {
  return { file, line, column, field: '', message };
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a file as UTF-8. Windows line endings are accepted and normalised (Git stores
 * LF anyway, see .gitattributes); a byte order mark, invalid UTF-8 and empty files are
 * reported with a way to fix them.
 */
export function decodeSourceFile(bytes: Uint8Array, file: string): Result<string> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const lenient = lenientUtf8.decode(bytes);
    const { line, column } = lineAndColumn(lenient, lenient.indexOf('\uFFFD'));
    return {
      diagnostics: [
        fileDiagnostic(
          file,
          'Die Datei ist nicht gültig UTF-8-kodiert (vermutlich Latin-1 oder Windows-1252). Bitte im Editor als „UTF-8“ speichern; Umlaute bleiben dabei erhalten.',
          line,
          column,
        ),
      ],
    };
  }
  if (text.startsWith('\uFEFF')) {
    return {
      diagnostics: [
        fileDiagnostic(
          file,
          'Die Datei beginnt mit einer Byte-Order-Mark (BOM). Bitte als „UTF-8 ohne BOM“ speichern, damit der Frontmatter-Block erkannt wird.',
        ),
      ],
    };
  }
  if (text.trim() === '') {
    return { diagnostics: [fileDiagnostic(file, 'Die Datei ist leer. Eine Vorlage erzeugt „npm run new“.')] };
  }
  return { value: text.replace(/\r\n?/g, '\n'), diagnostics: [] };
}

const YAML_ERROR_TEXT: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT:
    'Die Einrückung stimmt nicht, oder eine Klammer [ oder { wurde nicht geschlossen: Felder derselben Ebene müssen gleich weit eingerückt sein',
  TAB_AS_INDENT: 'Tabulatoren sind in YAML als Einrückung nicht erlaubt; bitte Leerzeichen verwenden',
  DUPLICATE_KEY: 'Dieses Feld steht doppelt im Block; bitte nur einmal angeben',
  MISSING_CHAR: 'Hier fehlt ein schließendes Zeichen, z. B. ein Anführungszeichen oder eine Klammer',
  BAD_SCALAR_START: 'Ein Wert darf nicht mit diesem Zeichen beginnen; Text mit Sonderzeichen am Anfang bitte in Anführungszeichen setzen',
  BLOCK_AS_IMPLICIT_KEY: 'Hier fehlt vermutlich ein Doppelpunkt oder eine Einrückung',
  MULTILINE_IMPLICIT_KEY: 'Ein Feldname darf nicht über mehrere Zeilen gehen; fehlt ein Doppelpunkt nach dem Feldnamen?',
  UNEXPECTED_TOKEN: 'Unerwartetes Zeichen; Text mit „:“, „#“ oder Anführungszeichen bitte in Anführungszeichen setzen',
  MULTIPLE_DOCS: 'Der Block enthält mehrere YAML-Dokumente („---“); erlaubt ist genau eines',
  BAD_DQ_ESCAPE: 'Ungültige Escape-Sequenz in doppelten Anführungszeichen; ein Backslash wird als \\\\ geschrieben',
};

/**
 * Parses YAML text, reporting syntax errors in German at their position. Data that
 * aliases would blow up is refused here, before anything walks it (yaml-aliases.ts).
 */
export function parseYamlSource(text: string, file: string): Result<YamlSource> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { diagnostics: yamlSyntaxDiagnostics(text, file, error) };
  }
  const aliases = aliasProblem(text, data);
  if (aliases) return { diagnostics: [{ file, line: aliases.line, column: aliases.column, field: '', message: aliases.message }] };
  return { value: new YamlSource(file, text, data), diagnostics: [] };
}

/** The key at `index` in YAML text: the characters up to the colon, without quotes. */
function keyAt(text: string, index: number): string {
  const line = text.slice(index).split('\n')[0] ?? '';
  const key = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#{}[\],]*?))\s*:/.exec(line);
  return (key?.[1] ?? key?.[2]?.replace(/''/g, "'") ?? key?.[3] ?? '').trim();
}

/** The line of an earlier `key:` at the same column, the first occurrence of a duplicate key. */
function earlierKeyLine(text: string, index: number, key: string): number | undefined {
  const { line, column } = lineAndColumn(text, index);
  const lines = text.split('\n');
  for (let number = line - 1; number >= 1; number--) {
    const candidate = lines[number - 1] ?? '';
    const indent = candidate.length - candidate.trimStart().length;
    if (indent < column - 1 && candidate.trim() !== '' && !candidate.trimStart().startsWith('-')) return undefined;
    if (candidate.slice(column - 1).startsWith(`${key}:`) || keyAt(candidate, column - 1) === key) {
      if (
        indent === column - 1 ||
        candidate
          .slice(0, column - 1)
          .trim()
          .replace(/^-$/, '') === ''
      )
        return number;
    }
  }
  return undefined;
}

/** German messages for a YAML syntax error, from the `yaml` package's error codes. */
function yamlSyntaxDiagnostics(text: string, file: string, error: YAMLException): Diagnostic[] {
  // js-yaml's line numbers are unreliable for some errors; its character position is not.
  const at = lineAndColumn(text, Math.min(error.mark?.position ?? 0, text.length));
  if (/maxDepth|nesting/i.test(error.reason)) {
    // Checked first: the position-aware parser would overflow its stack on such input.
    return [
      {
        file,
        ...at,
        field: '',
        message: `Die Daten sind zu tief verschachtelt (mehr als ${MAX_YAML_DEPTH} Ebenen aus Listen und Blöcken). Ein Eintrag braucht nur wenige Ebenen; vermutlich fehlen schließende Klammern ] oder }, oder die Einrückung ist verrutscht.`,
      },
    ];
  }
  if (/null byte|non-printable/i.test(error.reason)) {
    const [unsafe] = findUnsafeCharacters(text);
    if (unsafe) {
      return [
        {
          file,
          ...lineAndColumn(text, unsafe.index),
          field: '',
          message: `Unzulässiges ${unsafe.description} in der Datei. Solche Zeichen kommen meist durch Kopieren aus PDFs oder Textverarbeitungen in den Text; bitte entfernen.`,
        },
      ];
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length === 0) {
    return [{ file, ...at, field: '', message: `YAML-Syntaxfehler (YAML: ${error.reason})` }];
  }
  return doc.errors.map((yamlError) => {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    if (yamlError.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, yamlError.pos[0]);
      const first = key ? earlierKeyLine(text, yamlError.pos[0], key) : undefined;
      return {
        file,
        line,
        column: col,
        field: key,
        message: `Das Feld „${key}“ steht doppelt im selben Block${first ? ` (zuerst in Zeile ${first})` : ''}; bitte nur einmal angeben und die Werte zusammenführen.`,
      };
    }
    const explanation = YAML_ERROR_TEXT[yamlError.code] ?? 'YAML-Syntaxfehler';
    const detail = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    return { file, line, column: col, field: '', message: `${explanation} (YAML: ${detail})` };
  });
}

const CLOSING_DELIMITER = /^---[ \t]*$/m;

/**
 * Splits text that opens with a `---` line into the frontmatter and the body, exactly as
 * gray-matter did here before (the text after the opening line up to the first line that
 * begins with `---`; the body after that line's `---`, without one line break). Written
 * out because gray-matter looks every file's whole text up in a cache object first, which
 * cost about 0.45 s for 10,000 records; tests/validator/frontmatter-split.test.ts compares
 * the two.
 */
export function splitFrontmatter(text: string): { matter: string; content: string } {
  const afterOpening = text.slice(3);
  const close = afterOpening.indexOf('\n---');
  if (close === -1) return { matter: afterOpening, content: '' };
  let content = afterOpening.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return { matter: afterOpening.slice(0, close), content };
}

/** Splits an MDX record into its YAML frontmatter and its body. */
export function parseMdxSource(text: string, file: string): Result<MdxSource> {
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      diagnostics: [
        fileDiagnostic(
          file,
          'Der Frontmatter-Block fehlt: Die Datei muss mit einer Zeile „---“ beginnen, dann folgen die Felder, dann wieder „---“. Eine Vorlage erzeugt „npm run new“.',
        ),
      ],
    };
  }
  const afterOpening = text.slice(text.indexOf('\n') + 1);
  if (!CLOSING_DELIMITER.test(afterOpening)) {
    return {
      diagnostics: [fileDiagnostic(file, 'Der Frontmatter-Block wird nicht geschlossen: nach den Feldern fehlt eine Zeile „---“.')],
    };
  }
  const parts = splitFrontmatter(text);
  const yaml = parseYamlSource(parts.matter, file);
  if (!yaml.value) return yaml;
  if (yaml.value.data === null || yaml.value.data === undefined) {
    return { diagnostics: [fileDiagnostic(file, 'Der Frontmatter-Block ist leer: zwischen den beiden „---“ fehlen die Felder.', 2)] };
  }
  const bodyStart = text.length - parts.content.length;
  const bodyLineOffset = text.slice(0, bodyStart).split('\n').length - 1;
  return { value: { yaml: yaml.value, body: parts.content, bodyLineOffset }, diagnostics: [] };
}

/**
 * A key as js-yaml turns it into a property name: a scalar's text (`2020:` is "2020"), a
 * list its items joined with commas (`? [a, b]` is "a,b"), a block "[object Object]".
 */
function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  if (isSeq(key)) return String(key.items.map((item) => (isScalar(item) ? item.value : isMap(item) ? '[object Object]' : '')));
  if (isMap(key)) return '[object Object]';
  return '';
}

export interface Location {
  line: number;
  column: number;
  /** Set if the field's name is a list or a block (a complex key, `? [a, b]`), which no record needs. */
  complexKey?: true;
}

/**
 * Where a field stands in the YAML source. For a field that is missing, the closest
 * existing parent; with `key`, the field's name rather than its value.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[], { key = false } = {}): Location {
  const { doc, lineCounter } = source.positions;
  let node: Node | null | undefined = doc.contents as Node | null;
  let position = node?.range?.[0] ?? 0;
  let complexKey = false;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair: Pair | undefined = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      const isLast = index === path.length - 1;
      const keyNode = pair.key as Node;
      complexKey = isLast && !isScalar(keyNode);
      node = (isLast && key) || pair.value === null || complexKey ? keyNode : (pair.value as Node);
      position = node?.range?.[0] ?? position;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      position = item.range?.[0] ?? position;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(position);
  return complexKey ? { line, column: col, complexKey } : { line, column: col };
}
