import type { APIRoute } from 'astro';
import { agreementToV1, collection } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(
    collection(
      openDataContext,
      openDataContext.registry.agreements.map((agreement) => agreementToV1(openDataContext, agreement.id)),
    ),
  );
