import type { APIRoute } from 'astro';
import { collection, solutionToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(
    collection(
      openDataContext,
      openDataContext.registry.solutions.map((solution) => solutionToV1(openDataContext, solution)),
    ),
  );
