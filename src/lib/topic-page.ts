/**
 * What a topic's page shows, as one plain object: its description, the first of its
 * agreements, and the Länder involved — as parties, and apart from them those involved
 * only through organisations they owned at the time.
 */
import { subscriptionLinks } from './subscriptions.ts';
import type { Topic } from '../schemas/topic.ts';
import { listPreview, type ListPreview } from './agreement-lists.ts';
import type { CountedLink } from './counted-links.ts';
import type { Registry } from './registry-core.ts';
import { urls } from './urls.ts';

export interface TopicPageView {
  id: string;
  /** The feed of changes and the calendar of dates of the topic's records. */
  subscriptions: { href: string; label: string }[];
  label: string;
  description: string;
  preview: ListPreview;
  laender: { direct: CountedLink[]; indirect: CountedLink[] };
}

export function topicPage(registry: Registry, topic: Topic): TopicPageView {
  const laender = registry.laenderOfTopic(topic.id);
  const counted = ({ item, count }: { item: { id: string; name: string }; count: number }): CountedLink => ({
    href: urls.land(item.id),
    label: item.name,
    count,
  });
  return {
    subscriptions: subscriptionLinks(registry, 'topic', topic.id),
    id: topic.id,
    label: topic.label,
    description: topic.description,
    preview: listPreview(registry, 'topic', topic.id),
    laender: { direct: laender.direct.map(counted), indirect: laender.indirect.map(counted) },
  };
}
