import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../open-data/feeds.ts';
import { openDataContext } from '../../../lib/registry.ts';
import { urls } from '../../../lib/urls.ts';

const { registry } = openDataContext;

export const getStaticPaths = (() => registry.laender.map((land) => ({ params: { id: land.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const land = registry.land(params.id!)!;
  return new Response(atomFeed({
    title: `Vereinbarungen mit Beteiligung von ${land.name}`,
    description: `Kooperationsvereinbarungen, an denen ${land.name} selbst oder über seine Organisationen beteiligt ist.`,
    feedPath: urls.feedLand(land.id),
    pagePath: urls.land(land.id),
    agreements: registry.agreementsOfLand(land.id).map(({ agreement }) => agreement),
    lastChanged: openDataContext.lastChanged,
    dataDate: openDataContext.dataVersion.date,
  }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
