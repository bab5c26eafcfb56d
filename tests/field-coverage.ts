/**
 * Every field a record can have must reach readers: described in the schema (editors and
 * messages show the description), present in the open-data API, and rendered on the
 * record's page — unless it is on one of these lists, each with the reason.
 */
import type { z } from 'zod';
import { agreementSchema } from '../src/schemas/agreement.ts';
import { organisationSchema } from '../src/schemas/organisation.ts';
import { solutionSchema } from '../src/schemas/solution.ts';

type AnySchema = z.core.$ZodType;

/** The object schema inside refinements (zod keeps them on the same object) and pipes. */
function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; in?: AnySchema; innerType?: AnySchema };
  if (def.shape) return def.shape;
  if (def.innerType) return shapeOf(def.innerType);
  if (def.in) return shapeOf(def.in);
  throw new Error(`no object schema: ${def.type}`);
}

export const RECORD_SCHEMAS = {
  agreement: agreementSchema as AnySchema,
  organisation: organisationSchema as AnySchema,
  solution: solutionSchema as AnySchema,
};

export function fieldsOf(kind: keyof typeof RECORD_SCHEMAS): [string, AnySchema][] {
  return Object.entries(shapeOf(RECORD_SCHEMAS[kind]));
}

/** Fields deliberately not in the API, by record kind, with the reason. */
export const NOT_IN_API: Record<keyof typeof RECORD_SCHEMAS, Record<string, string>> = {
  agreement: {},
  organisation: {},
  solution: {},
};

/** Fields deliberately not on the record's page, with the reason. */
export const NOT_ON_PAGE: Record<keyof typeof RECORD_SCHEMAS, Record<string, string>> = {
  agreement: {},
  organisation: {},
  solution: {},
};
