import type { APIRoute } from 'astro';
import { collection, organisationToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(
    collection(
      openDataContext,
      openDataContext.registry.organisations.map((org) => organisationToV1(openDataContext, org)),
    ),
  );
