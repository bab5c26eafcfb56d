import type { APIRoute } from 'astro';
import { collection, landToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(
    collection(
      openDataContext,
      openDataContext.registry.laender.map((land) => landToV1(openDataContext, land)),
    ),
  );
