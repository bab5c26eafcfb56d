import type { APIRoute } from 'astro';
import { collection, topicToV1 } from '../../../open-data/api.ts';
import { openDataContext } from '../../../lib/registry.ts';

export const GET: APIRoute = () =>
  Response.json(
    collection(
      openDataContext,
      openDataContext.registry.topics.map((topic) => topicToV1(openDataContext, topic)),
    ),
  );
