/** The JSON Schemas: of the records' frontmatter (generated from zod) and of the API responses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJsonSchemas } from '../../../../open-data/api-schema.ts';
import { jsonSchemas } from '../../../../schemas/json-schema.ts';

const schemas = { ...jsonSchemas(), ...apiJsonSchemas() };

export const getStaticPaths = (() => Object.keys(schemas).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(schemas[params.file as keyof typeof schemas], null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
