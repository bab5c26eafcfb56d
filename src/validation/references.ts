/**
 * Finds every reference in a record by walking its schema alongside the raw data. A
 * field is a reference because its schema says so (`reference(kind)` in
 * src/schemas/common.ts), so a new reference field is checked without being listed here.
 *
 * The raw data is walked, not the validated data, so that a record with a schema error
 * elsewhere still gets its references checked in the same run.
 */
import type { z } from 'zod';
import { referenceKindOf, type ReferenceKind } from '../schemas/common.ts';

export interface Reference {
  path: (string | number)[];
  kind: ReferenceKind;
  id: string;
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
}

/** Whether a schema or anything inside it is a reference field; worked out once per schema. */
const holdsReferences = new WeakMap<AnySchema, boolean>();

function mayHoldReference(schema: AnySchema): boolean {
  const known = holdsReferences.get(schema);
  if (known !== undefined) return known;
  // Assumed while the schema's parts are looked at, so that a schema containing itself ends.
  holdsReferences.set(schema, true);
  // The same walk as collectReferences below, without a value.
  const def = schema._zod.def as unknown as Def;
  const parts: (AnySchema | undefined)[] = def.innerType
    ? [def.innerType]
    : def.type === 'pipe'
      ? [def.out]
      : def.type === 'object'
        ? Object.values(def.shape ?? {})
        : def.type === 'array'
          ? [def.element]
          : def.type === 'union'
            ? (def.options ?? [])
            : [];
  const holds = referenceKindOf(schema) !== undefined || parts.some((part) => part !== undefined && mayHoldReference(part));
  holdsReferences.set(schema, holds);
  return holds;
}

export function collectReferences(schema: AnySchema, value: unknown, path: (string | number)[] = [], found: Reference[] = []): Reference[] {
  // Most fields (titles, dates, sources) hold no reference at all: not walked.
  if (!mayHoldReference(schema)) return found;
  const kind = referenceKindOf(schema);
  if (kind) {
    if (typeof value === 'string') found.push({ path, kind, id: value });
    return found;
  }
  const def = schema._zod.def as unknown as Def;
  if (def.innerType) return collectReferences(def.innerType, value, path, found);
  switch (def.type) {
    case 'pipe':
      // A preprocess is a pipe from a transform to the real schema; the real one is `out`.
      return collectReferences(def.out!, value, path, found);
    case 'object':
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, field] of Object.entries(def.shape ?? {})) {
          if (key in value) collectReferences(field, (value as Record<string, unknown>)[key], [...path, key], found);
        }
      }
      return found;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, index) => collectReferences(def.element!, item, [...path, index], found));
      return found;
    case 'union': {
      // Each option may hold references; a value is walked with every option that could take it.
      const seen = new Set<string>();
      for (const option of def.options ?? []) {
        for (const ref of collectReferences(option, value, path)) {
          const key = `${ref.path.join('.')}=${ref.id}`;
          if (!seen.has(key)) found.push(ref);
          seen.add(key);
        }
      }
      return found;
    }
    default:
      return found;
  }
}
