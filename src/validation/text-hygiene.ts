/**
 * Characters no record needs and every output suffers from: NUL and the other C0/C1
 * control characters (they break XML feeds and can rewrite a terminal), bidirectional
 * overrides and isolates (they make text read differently from what it is), lone
 * surrogates and the non-characters U+FFFE/U+FFFF (invalid in XML). Checked in one walk
 * over the raw parsed data of a file, so every field of every kind of record is covered,
 * including fields added later, and in the bodies of agreements.
 */
import type { Collector } from './collector.ts';
import type { YamlSource } from './source-file.ts';

/** Tab and line feed are ordinary text; everything else below U+0020 is not. */
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'Rückschritt',
  0x0b: 'vertikaler Tabulator',
  0x0c: 'Seitenvorschub',
  0x0d: 'Wagenrücklauf',
  0x1b: 'ESC, beginnt Terminal-Steuersequenzen',
  0x7f: 'DEL',
  0x85: 'NEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export interface UnsafeCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** German description, e.g. „Steuerzeichen U+0000 (NUL)“. */
  description: string;
}

function describe(character: string): string {
  const code = character.length === 1 ? character.charCodeAt(0) : character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  if (code >= 0x202a && code <= 0x2069) return `Richtungssteuerzeichen ${hex} (${name})`;
  if (code >= 0xd800 && code <= 0xdfff) return `ungepaartes Surrogat ${hex} (kein gültiges Zeichen)`;
  if (code >= 0xfffe) return `Nichtzeichen ${hex}`;
  return `Steuerzeichen ${hex}${name ? ` (${name})` : ''}`;
}

/** The same characters without the surrogate rules, for the quick test below. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const UNSAFE_BMP_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

/** Every character of `text` that no record may contain. */
export function findUnsafeCharacters(text: string): UnsafeCharacter[] {
  // Nearly every string is clean: one plain character test and the engine's own check
  // for lone surrogates decide that much faster than the full pattern with lookarounds.
  if (!UNSAFE_BMP_CHARACTER.test(text) && text.isWellFormed()) return [];
  return [...text.matchAll(UNSAFE_CHARACTER)].map((match) => ({ index: match.index, description: describe(match[0]) }));
}

/** Fields holding a web address: no whitespace at all, a line break least of all. */
const URL_FIELDS = new Set(['url', 'archive', 'website']);

const FIX =
  'Solche Zeichen kommen meist durch Kopieren aus PDFs oder Textverarbeitungen in den Text; bitte entfernen. In YAML entstehen sie auch aus Escape-Sequenzen wie "\\0" oder "\\x1b" in doppelten Anführungszeichen.';

function stringMessage(value: string): string | undefined {
  const [first, ...more] = findUnsafeCharacters(value);
  if (!first) return undefined;
  const others = more.length > 0 ? ` (und ${more.length} weitere)` : '';
  return `Unzulässiges ${first.description} an Stelle ${first.index + 1} des Werts${others}. ${FIX}`;
}

/**
 * Walks the raw data of one file (as parsed, before any schema) and reports every string
 * and every field name with an unsafe character, and every web address with whitespace,
 * at its position. Iterative, so that deeply nested data cannot overflow the stack.
 */
export function checkTextHygiene(source: YamlSource, collector: Collector) {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: source.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const message = stringMessage(value);
      if (message) {
        collector.at(source, path, message);
        continue;
      }
      const key = path.at(-1);
      if (typeof key === 'string' && URL_FIELDS.has(key) && /\s/.test(value)) {
        const what = /[\n\r]/.test(value) ? 'einen Zeilenumbruch' : 'ein Leerzeichen';
        collector.at(
          source,
          path,
          `Die Webadresse enthält ${what}. Adressen stehen in einer Zeile ohne Leerzeichen; ein Leerzeichen in der Adresse selbst wird als %20 geschrieben.`,
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyMessage = stringMessage(key);
        if (keyMessage) collector.at(source, [...path, key], `Feldname: ${keyMessage}`, { key: true });
        else stack.push({ value: item, path: [...path, key] });
      }
    }
  }
}

/**
 * The unsafe characters of a body as located messages: the first on each line, and at
 * most ten, which is enough to find the pattern.
 */
export function bodyTextProblems(body: string): { line: number; column: number; message: string }[] {
  const problems: { line: number; column: number; message: string }[] = [];
  const lines = new Set<number>();
  for (const { index, description } of findUnsafeCharacters(body)) {
    const before = body.slice(0, index);
    const line = before.split('\n').length;
    if (lines.has(line)) continue;
    lines.add(line);
    problems.push({
      line,
      column: index - before.lastIndexOf('\n'),
      message: `Unzulässiges ${description} im Text. ${FIX.split(' In YAML')[0]}`,
    });
    if (problems.length === 10) break;
  }
  return problems;
}
