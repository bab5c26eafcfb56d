/**
 * JSON Schemas generated from the zod schemas, for editors (autocompletion and checks
 * while typing) and for the open-data downloads. Never edited by hand: run
 * `npm run schemas` after changing a schema; a test fails while they are out of date.
 */
import { z } from 'zod';
import { agreementSchema } from './agreement.ts';
import { landSchema } from './land.ts';
import { organisationSchema } from './organisation.ts';
import { topicSchema } from './topic.ts';

function toJsonSchema(schema: z.ZodType, id: string, title: string) {
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: id,
    title,
  };
}

/** File name below `schemas/` -> JSON Schema. */
export function jsonSchemas(): Record<string, object> {
  return {
    'agreement.schema.json': toJsonSchema(agreementSchema, 'agreement.schema.json', 'Kooperationsatlas: Vereinbarung (Frontmatter)'),
    'organisation.schema.json': toJsonSchema(organisationSchema, 'organisation.schema.json', 'Kooperationsatlas: Organisation'),
    'laender.schema.json': toJsonSchema(z.array(landSchema), 'laender.schema.json', 'Kooperationsatlas: Liste der Länder'),
    'topics.schema.json': toJsonSchema(z.array(topicSchema), 'topics.schema.json', 'Kooperationsatlas: Liste der Themen'),
  };
}

export const JSON_SCHEMA_DIR = 'schemas';

export function serialiseJsonSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
