import type { APIRoute } from 'astro';
import { agreementToV1 } from '../../../open-data/api.ts';
import { stepColumns, toCsv } from '../../../open-data/tables.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () => {
  const rows = openDataContext.registry.agreements
    .map((agreement) => agreementToV1(openDataContext, agreement.id))
    .flatMap((agreement) => agreement.parties.flatMap((party) => party.steps.map((step) => ({ agreement, party, step }))));
  return new Response(toCsv(stepColumns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
