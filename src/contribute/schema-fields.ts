/**
 * The fields of the small objects a contributor fills in field by field (the details of a
 * step or event, a legal basis), read from the zod schemas: which fields there are, which
 * are required, which hold a web address or a reference, and their descriptions. The form
 * on /mitmachen/ and the record template take them from here instead of listing them again.
 * No Node APIs: bundled into the page.
 */
import type { z } from 'zod';
import { FACT_DETAILS, legalBasisSchema, stepSchema, type FactDetail } from '../schemas/agreement.ts';
import { httpUrl, referenceKindOf, type ReferenceKind } from '../schemas/common.ts';

export interface SchemaField {
  name: string;
  required: boolean;
  /** A web address (the input gets type="url"). */
  url: boolean;
  /** A reference to another record, by id. */
  reference?: ReferenceKind | undefined;
  description?: string | undefined;
}

type AnyObject = z.ZodObject<Record<string, z.ZodType>>;

/** A schema without its optional wrapper. */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' && def.innerType ? unwrapped(def.innerType) : schema;
}

export function fieldsOf(schema: AnyObject): SchemaField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const inner = unwrapped(field);
    return {
      name,
      // A field is required if the schema rejects its absence.
      required: !field.safeParse(undefined).success,
      url: inner === httpUrl,
      reference: referenceKindOf(inner),
      description: field.description ?? inner.description,
    };
  });
}

/** The fields of each detail a step or event can carry (Zustimmungsgesetz, Genehmigung, Bekanntmachung, Gremium). */
export const FACT_DETAIL_FIELDS = Object.fromEntries(
  (Object.keys(FACT_DETAILS) as FactDetail[]).map((detail) => [detail, fieldsOf(unwrapped(stepSchema.shape[detail]) as AnyObject)]),
) as Record<FactDetail, SchemaField[]>;

/** The fields of a legal basis (law, section, address). */
export const LEGAL_BASIS_FIELDS = fieldsOf(legalBasisSchema as unknown as AnyObject);

/** The details a step or event of this type takes, in the order of the schema. */
export function detailsOfType(type: string): FactDetail[] {
  return (Object.keys(FACT_DETAILS) as FactDetail[]).filter((detail) => (FACT_DETAILS[detail].types as readonly string[]).includes(type));
}
