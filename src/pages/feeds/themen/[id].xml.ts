import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../../open-data/feeds.ts';
import { openDataContext } from '../../../lib/registry.ts';
import { urls } from '../../../lib/urls.ts';

const { registry } = openDataContext;

export const getStaticPaths = (() => registry.topics.map((topic) => ({ params: { id: topic.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const topic = registry.topic(params.id!)!;
  return new Response(atomFeed({
    title: `Vereinbarungen zum Thema ${topic.label}`,
    description: topic.description,
    feedPath: urls.feedTopic(topic.id),
    pagePath: urls.topic(topic.id),
    agreements: registry.agreementsOfTopic(topic.id),
    lastChanged: openDataContext.lastChanged,
    dataDate: openDataContext.dataVersion.date,
  }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
