/** The Atom feeds of each Land, organisation and topic: /feeds/laender/hamburg.xml and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOf, feedPaths, type ListKind } from '../../lib/agreement-lists.ts';
import { openDataContext } from '../../lib/registry.ts';
import { atomFeed } from '../../open-data/feeds.ts';

export const getStaticPaths = (() => feedPaths(openDataContext.registry)) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: ListKind; id: string }> = ({ props }) =>
  new Response(
    atomFeed({
      ...feedOf(openDataContext.registry, props.kind, props.id),
      lastChanged: openDataContext.lastChanged,
      dataDate: openDataContext.dataVersion.date,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
