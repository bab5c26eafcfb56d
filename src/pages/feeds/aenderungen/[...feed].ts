/** The Atom feeds of changes per Land, organisation and topic: /feeds/aenderungen/laender/hamburg.xml and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/page-key.ts';
import { dataVersion } from '../../../lib/registry.ts';
import { changesAbout, targets } from '../../../lib/site-changes.ts';
import { pathBelow } from '../../../lib/subscriptions.ts';
import { changeFeed } from '../../../open-data/change-feeds.ts';

// A feed is small (its newest entries only): rendered here, its text is its own cache key.
export const getStaticPaths = (() =>
  targets.map((target) => {
    const body = changeFeed({
      title: `Änderungen an Einträgen ${target.which}`,
      description: `Neue, geänderte und entfernte Einträge ${target.which} im Kooperationsatlas, die neuesten zuerst.`,
      feedPath: target.feedHref,
      pagePath: target.pageHref,
      changes: changesAbout(target.kind, target.id),
      dataDate: dataVersion.date,
    });
    return { params: { feed: pathBelow('/feeds/aenderungen/', target.feedHref) }, props: { body }, cacheKey: pageKey(body) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
