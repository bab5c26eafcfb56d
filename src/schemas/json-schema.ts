/**
 * JSON Schemas generated from the zod schemas, for editors (autocompletion and checks
 * while typing) and for the open-data downloads. Never edited by hand: run
 * `npm run schemas` after changing a schema; a test fails while they are out of date.
 */
import { z } from 'zod';
import { agreementSchema } from './agreement.ts';
import { landSchema } from './land.ts';
import { factDate, partialDate } from './common.ts';
import { organisationSchema } from './organisation.ts';
import { solutionSchema } from './solution.ts';
import { topicSchema } from './topic.ts';
import { knownMissingSchema, knownTotalSchema } from './known.ts';

/**
 * YAML reads an unquoted year (`published: 2013`) as a number, and the validator accepts
 * it as the year it is; the JSON Schema says so too, so that editors do not flag it.
 */
const YAML_DATES = new Set<z.core.$ZodType>([partialDate, factDate]);

function toJsonSchema(schema: z.ZodType, id: string, title: string) {
  return {
    ...z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
      override: (ctx) => {
        if (!YAML_DATES.has(ctx.zodSchema)) return;
        const { description, ...original } = ctx.jsonSchema;
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, {
          ...(description ? { description } : {}),
          anyOf: [original, { type: 'integer', minimum: 1800, maximum: 9999, description: 'Jahr, ohne Anführungszeichen geschrieben' }],
        });
      },
    }),
    $id: id,
    title,
  };
}

/** File name below `schemas/` -> JSON Schema. */
export function jsonSchemas(): Record<string, object> {
  return {
    'agreement.schema.json': toJsonSchema(agreementSchema, 'agreement.schema.json', 'Kooperationsatlas: Vereinbarung (Frontmatter)'),
    'organisation.schema.json': toJsonSchema(organisationSchema, 'organisation.schema.json', 'Kooperationsatlas: Organisation'),
    'solution.schema.json': toJsonSchema(solutionSchema, 'solution.schema.json', 'Kooperationsatlas: Lösung'),
    'laender.schema.json': toJsonSchema(z.array(landSchema), 'laender.schema.json', 'Kooperationsatlas: Liste der Länder'),
    'topics.schema.json': toJsonSchema(z.array(topicSchema), 'topics.schema.json', 'Kooperationsatlas: Liste der Themen'),
    'known-missing.schema.json': toJsonSchema(
      z.array(knownMissingSchema),
      'known-missing.schema.json',
      'Kooperationsatlas: bekannte, noch nicht erfasste Vereinbarungen',
    ),
    'known-totals.schema.json': toJsonSchema(z.array(knownTotalSchema), 'known-totals.schema.json', 'Kooperationsatlas: bekannte Gesamtzahlen'),
  };
}

export const JSON_SCHEMA_DIR = 'schemas';

export function serialiseJsonSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
