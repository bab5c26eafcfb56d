import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../open-data/feeds.ts';
import { openDataContext } from '../../../lib/registry.ts';
import { organisationName } from '../../../lib/registry-core.ts';
import { urls } from '../../../lib/urls.ts';

const { registry } = openDataContext;

export const getStaticPaths = (() => registry.organisations.map((org) => ({ params: { id: org.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const org = registry.organisation(params.id!)!;
  return new Response(atomFeed({
    title: `Vereinbarungen von ${organisationName(org)}`,
    description: `Kooperationsvereinbarungen, an denen ${org.name} als Partei beteiligt ist.`,
    feedPath: urls.feedOrganisation(org.id),
    pagePath: urls.organisation(org.id),
    agreements: registry.agreementsOfOrganisation(org.id),
    lastChanged: openDataContext.lastChanged,
    dataDate: openDataContext.dataVersion.date,
  }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
