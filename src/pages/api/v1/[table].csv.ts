/** Every CSV download from one route; the tables are declared in src/open-data/csv-tables.ts. */
import type { APIRoute } from 'astro';
import { CSV_TABLES, csvOf } from '../../../open-data/csv-tables.ts';
import { openDataContext } from '../../../lib/registry.ts';
import { pageKey } from '../../../lib/page-key.ts';

export function getStaticPaths() {
  return CSV_TABLES.map((entry) => {
    // The file is its own view: rebuilt exactly when its content changes.
    const csv = csvOf(entry.name, openDataContext);
    return { params: { table: entry.name }, props: { csv }, cacheKey: pageKey(csv) };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
