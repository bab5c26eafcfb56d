/** Every CSV download from one route; the tables are declared in src/open-data/csv-tables.ts. */
import type { APIRoute } from 'astro';
import { CSV_TABLES, csvOf } from '../../../open-data/csv-tables.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const getStaticPaths = () => CSV_TABLES.map((entry) => ({ params: { table: entry.name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(csvOf(params.table!, openDataContext), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
