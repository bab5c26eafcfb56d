/** Gathers the diagnostics of a validation run and places them at their source position. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { formatFieldPath, type Diagnostic } from './diagnostic.ts';
import { issueMessages } from './messages.ts';
import { decodeSourceFile, locate, type YamlSource } from './source-file.ts';

/** Said wherever a field's name is a list or a block, which YAML allows and js-yaml turns into text. */
const COMPLEX_KEY_HINT =
  'Hier ist der Feldname selbst eine Liste oder ein Block (etwa „? [a, b]“ oder „[a, b]: …“); Feldnamen sind einfacher Text vor einem Doppelpunkt.';

export class Collector {
  readonly diagnostics: Diagnostic[] = [];

  add(list: Diagnostic[]) {
    this.diagnostics.push(...list);
  }

  at(source: YamlSource, path: (string | number)[], message: string, { key = false } = {}) {
    const { line, column, complexKey } = locate(source, path, { key });
    const hint = complexKey ? ` ${COMPLEX_KEY_HINT}` : '';
    this.diagnostics.push({ file: source.file, line, column, field: formatFieldPath(path), message: `${message}${hint}` });
  }

  /** Runs a schema and records every issue at its position; returns the data if valid. */
  check<S extends z.ZodType>(schema: S, value: unknown, source: YamlSource, prefix: (string | number)[]): z.output<S> | undefined {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const { path, message, atKey } of issueMessages(issue, schema)) {
        this.at(source, [...prefix, ...(path as (string | number)[])], message, { key: atKey });
      }
    }
    return undefined;
  }
}

/**
 * Runs the checks of one file so that an unexpected failure (a bug, not bad input)
 * is reported against that file and every other file is still checked.
 */
export function guarded(file: string, collector: Collector, check: () => void) {
  try {
    check();
  } catch (error) {
    collector.add([
      {
        file,
        line: 1,
        column: 1,
        field: '',
        message: `Interner Fehler beim Prüfen dieser Datei (bitte als Fehler im Validator melden): ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

export function relativeFile(root: string, path: string): string {
  return path
    .slice(root.length + 1)
    .split('\\')
    .join('/');
}

/** Decodes a file, read here unless its bytes are given; problems go to the collector. */
export function readSource(root: string, path: string, collector: Collector, bytes: Uint8Array = readFileSync(path)) {
  const file = relativeFile(root, path);
  const decoded = decodeSourceFile(bytes, file);
  collector.add(decoded.diagnostics);
  return decoded.value === undefined ? undefined : { file, text: decoded.value };
}
