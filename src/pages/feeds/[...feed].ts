/** The Atom feeds of each Land, organisation and topic: /feeds/laender/hamburg.xml and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOf, feedPaths } from '../../lib/agreement-lists.ts';
import { pageKey } from '../../lib/page-key.ts';
import { openDataContext } from '../../lib/registry.ts';
import { atomFeed } from '../../open-data/feeds.ts';

// A feed is small (its newest entries only): rendered here, its text is its own cache key.
export const getStaticPaths = (() =>
  feedPaths(openDataContext.registry).map(({ params, props }) => {
    const body = atomFeed({
      ...feedOf(openDataContext.registry, props.kind, props.id),
      lastChanged: openDataContext.lastChanged,
      dataDate: openDataContext.dataVersion.date,
    });
    return { params, props: { body }, cacheKey: pageKey(body) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
