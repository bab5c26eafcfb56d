import type { APIRoute } from 'astro';
import { atomFeed } from '../../open-data/feeds.ts';
import { openDataContext } from '../../lib/registry.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    atomFeed({
      title: 'Neue Vereinbarungen',
      description: 'Die neuesten Kooperationsvereinbarungen im Kooperationsatlas, nach ihrem Datum.',
      feedPath: urls.feedAll(),
      pagePath: urls.agreements(),
      agreements: openDataContext.registry.agreements,
      lastChanged: openDataContext.lastChanged,
      dataDate: openDataContext.dataVersion.date,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
