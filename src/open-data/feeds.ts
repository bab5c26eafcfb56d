/** Atom feeds of agreements, newest first: all, and per Land, organisation and topic. */
import { Feed } from 'feed';
import { SITE } from '../config.ts';
import { earliestDay, formatPartialDate } from '../lib/dates.ts';
import type { AgreementInput, AgreementView } from '../lib/registry-core.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementKinds } from '../schemas/agreement.ts';

/** Feed readers want recent news, not the archive: the newest entries only. */
export const FEED_SIZE = 50;

export function atomFeed<A extends AgreementInput>(options: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  agreements: AgreementView<A>[];
  lastChanged: (filePath: string) => Date | undefined;
  dataDate: Date;
}): string {
  const entries = options.agreements.slice(0, FEED_SIZE);
  const changed = (agreement: AgreementView<A>) =>
    options.lastChanged(agreement.record.filePath) ?? (agreement.date ? new Date(earliestDay(agreement.date)) : options.dataDate);
  const updated = entries.reduce<Date | undefined>((latest, agreement) => {
    const date = changed(agreement);
    return !latest || date > latest ? date : latest;
  }, undefined) ?? options.dataDate;
  const feed = new Feed({
    title: `${options.title} – ${SITE.name}`,
    description: options.description,
    id: absoluteUrl(options.feedPath),
    link: absoluteUrl(options.pagePath),
    language: 'de',
    favicon: absoluteUrl(urls.asset('favicon.svg')),
    copyright: SITE.dataLicense.attribution,
    updated,
    generator: SITE.name,
    feedLinks: { atom: absoluteUrl(options.feedPath) },
    author: { name: SITE.name, link: absoluteUrl(urls.home()) },
  });
  for (const agreement of entries) {
    const url = absoluteUrl(urls.agreement(agreement.id));
    const when = agreement.date ? `${formatPartialDate(agreement.date)}: ` : '';
    feed.addItem({
      title: agreement.data.title,
      id: url,
      link: url,
      description: `${when}${agreementKinds.labels[agreement.data.kind]} zwischen ${agreement.parties.map((party) => party.actor.name).join(', ')}. ${agreement.data.summary}`,
      date: changed(agreement),
      ...(agreement.date ? { published: new Date(earliestDay(agreement.date)) } : {}),
      category: agreement.topics.map((topic) => ({ name: topic.label, term: topic.id, scheme: absoluteUrl(urls.topics()) })),
    });
  }
  return feed.atom1();
}
