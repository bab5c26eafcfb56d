import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOf, feedPaths } from '../../../lib/agreement-lists.ts';
import { openDataContext } from '../../../lib/registry.ts';
import { atomFeed } from '../../../open-data/feeds.ts';

export const getStaticPaths = (() => feedPaths(openDataContext.registry, 'land')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(
    atomFeed({
      ...feedOf(openDataContext.registry, 'land', params.id!),
      lastChanged: openDataContext.lastChanged,
      dataDate: openDataContext.dataVersion.date,
    }),
    {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    },
  );
