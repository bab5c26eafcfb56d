/** The JSON Schemas: of the records' frontmatter (generated from zod) and of the API responses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../../lib/page-key.ts';
import { apiJsonSchemas } from '../../../../open-data/api-schema.ts';
import { jsonSchemas } from '../../../../schemas/json-schema.ts';

export const getStaticPaths = (() =>
  Object.entries({ ...jsonSchemas(), ...apiJsonSchemas() }).map(([file, schema]) => ({
    params: { file },
    props: { schema },
    cacheKey: pageKey(schema),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: object }> = ({ props }) =>
  new Response(JSON.stringify(props.schema, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
