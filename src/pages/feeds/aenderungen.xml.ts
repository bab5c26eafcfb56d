import type { APIRoute } from 'astro';
import { dataVersion } from '../../lib/registry.ts';
import { changes } from '../../lib/site-changes.ts';
import { urls } from '../../lib/urls.ts';
import { changeFeed } from '../../open-data/change-feeds.ts';

export const GET: APIRoute = () =>
  new Response(
    changeFeed({
      title: 'Änderungen',
      description: 'Neue, geänderte und entfernte Einträge im Kooperationsatlas, die neuesten zuerst.',
      feedPath: urls.feedChanges(),
      pagePath: urls.changes(),
      changes,
      dataDate: dataVersion.date,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
