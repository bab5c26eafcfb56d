import type { APIRoute } from 'astro';
import { agreementToV1 } from '../../../open-data/api.ts';
import { partyRows } from '../../../open-data/party-rows.ts';
import { partyColumns, toCsv } from '../../../open-data/tables.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () => {
  const rows = partyRows(openDataContext.registry, (id) => agreementToV1(openDataContext, id));
  return new Response(toCsv(partyColumns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
