/**
 * Turns zod issues into messages that read like a helpful reviewer: what was found,
 * what is allowed, and a suggestion where one is likely. The field descriptions come
 * from the schemas themselves, so the messages document the fields too.
 */
import type { z } from 'zod';
import { didYouMeanText } from './suggest.ts';

type AnySchema = z.core.$ZodType;

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips optional/default/preprocess wrappers to reach the schema that describes the value. */
function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; out?: AnySchema };
  if (WRAPPERS.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.out) return unwrap(def.out);
  return schema;
}

/** The schema that validates the value at `path`, if the path leads anywhere. */
export function schemaAtPath(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    const def = unwrap(schema)._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') schema = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') schema = def.element;
    else return undefined;
  }
  return schema;
}

/** The field names an object schema at `path` accepts. */
export function allowedKeys(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const schema = schemaAtPath(root, path);
  if (!schema) return [];
  const def = unwrap(schema)._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function describe(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const schema = schemaAtPath(root, path);
  if (!schema) return undefined;
  // zod keeps .describe() on the outermost wrapper; look through the wrappers too.
  let current: AnySchema | undefined = schema;
  while (current) {
    const description = (current as { description?: string }).description;
    if (description) return description;
    const def = current._zod.def as unknown as { innerType?: AnySchema; out?: AnySchema; type: string };
    current = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
  }
  return undefined;
}

/** How a found value is shown back to the contributor. */
export function showValue(value: unknown): string {
  if (value === null) return 'ein leerer Wert';
  if (typeof value === 'string') return `„${value.length > 60 ? `${value.slice(0, 57)}…` : value}“`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'eine leere Liste' : 'eine Liste';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'ein Block mit Feldern';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'eine Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “)',
  object: 'ein Block mit Feldern',
};

export interface IssueMessage {
  path: PropertyKey[];
  message: string;
  /** Whether the message is about the field's name (unknown field) rather than its value. */
  atKey: boolean;
}

function lastSegmentName(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((segment) => typeof segment === 'string');
  return named === undefined ? 'Feld' : String(named);
}

/** One or more German messages for a zod issue (an unknown-keys issue names each key). */
export function issueMessages(issue: z.core.$ZodIssue, root: AnySchema): IssueMessage[] {
  const path = issue.path as PropertyKey[];
  const hasInput = 'input' in issue && issue.input !== undefined;
  // An empty value needs no echo: "Darf nicht leer sein" says it all.
  const isEmpty = issue.input === '' || (Array.isArray(issue.input) && issue.input.length === 0);
  const found = hasInput && !isEmpty ? ` Gefunden: ${showValue(issue.input)}.` : '';

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(root, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `Unbekanntes Feld „${key}“.${didYouMeanText(key, allowed)} Erlaubt sind hier: ${allowed.join(', ')}.`,
      }));
    }
    case 'invalid_type': {
      if (!hasInput) {
        const description = describe(root, path);
        return [
          {
            path,
            atKey: false,
            message: `Pflichtfeld „${lastSegmentName(path)}“ fehlt${description ? ` (${description})` : ''}.`,
          },
        ];
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [
        {
          path,
          atKey: false,
          message: `${issue.message.startsWith('Invalid input') ? `Erwartet: ${expected}.` : `${issue.message}.`}${found}`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (!hasInput) {
        // A missing field with a fixed set of values (kind, status): said like any other missing field.
        const description = describe(root, path);
        return [
          {
            path,
            atKey: false,
            message: `Pflichtfeld „${lastSegmentName(path)}“ fehlt${description ? ` (${description})` : ''}. Erlaubt: ${allowed.join(', ')}.`,
          },
        ];
      }
      const value = typeof issue.input === 'string' ? issue.input : '';
      return [
        {
          path,
          atKey: false,
          message: `${showValue(issue.input)} ist hier nicht erlaubt.${value ? didYouMeanText(value, allowed) : ''} Erlaubt: ${allowed.join(', ')}.`,
        },
      ];
    }
    case 'custom':
      return [{ path, atKey: false, message: `${issue.message}.`.replace(/\.\.$/, '.') }];
    case 'invalid_union': {
      // Report the option the value was meant for (its type matched), not every option.
      const meant = issue.errors.find(
        (errors) => errors.length > 0 && !errors.every((error) => error.code === 'invalid_type' && error.path.length === 0),
      );
      if (meant) return meant.flatMap((error) => issueMessages({ ...error, path: [...path, ...error.path] } as z.core.$ZodIssue, root));
      const message = issue.message.startsWith('Invalid')
        ? `Ungültiger Wert${describe(root, path) ? ` für ${describe(root, path)}` : ''}.`
        : `${issue.message}.`;
      return [{ path, atKey: false, message: `${message}${found}`.replace(/\.\./g, '.') }];
    }
    default: {
      const message =
        issue.message.startsWith('Invalid') || issue.message.startsWith('Too ')
          ? `Ungültiger Wert${describe(root, path) ? ` für ${describe(root, path)}` : ''}.`
          : `${issue.message}.`;
      return [{ path, atKey: false, message: `${message}${found}`.replace(/\.\./g, '.') }];
    }
  }
}
