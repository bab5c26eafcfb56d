/** schema.org descriptions of records for search engines and other machines. */
import { isoDate, isoDateValue } from '../schemas/dates.ts';
import type { AgreementView } from './registry-core.ts';
import { absoluteUrl, authorityUrls, urls } from './urls.ts';
import { agreementKinds } from '../schemas/agreement.ts';

/**
 * schema.org has no type for an agreement between authorities; a CreativeWork with its
 * kind as genre, the parties as contributors and the sources as citations fits best.
 */
export function agreementJsonLd(agreement: AgreementView, lastChanged?: Date) {
  const { data } = agreement;
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': absoluteUrl(urls.agreement(agreement.id)),
    url: absoluteUrl(urls.agreement(agreement.id)),
    name: data.title,
    description: data.summary,
    genre: agreementKinds.labels[data.kind],
    inLanguage: 'de',
    ...(agreement.date && isoDateValue(agreement.date) ? { dateCreated: isoDateValue(agreement.date) } : {}),
    ...(lastChanged ? { dateModified: lastChanged.toISOString() } : {}),
    ...(data.place ? { locationCreated: { '@type': 'Place', name: data.place } } : {}),
    contributor: agreement.parties.map(({ actor }) => ({
      '@type': actor.kind === 'land' ? 'AdministrativeArea' : 'GovernmentOrganization',
      name: actor.kind === 'org' ? actor.org.name : actor.name,
      url: absoluteUrl(actor.kind === 'land' ? urls.land(actor.id) : urls.organisation(actor.id)),
      ...(actor.kind === 'land' ? { identifier: actor.land.code, sameAs: authorityUrls.wikidata(actor.land.wikidata) } : {}),
      ...(actor.kind === 'org' && actor.org.wikidata ? { sameAs: authorityUrls.wikidata(actor.org.wikidata) } : {}),
    })),
    about: agreement.topics.map((topic) => ({ '@type': 'DefinedTerm', name: topic.label, url: absoluteUrl(urls.topic(topic.id)) })),
    citation: data.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      publisher: source.publisher,
      ...(source.url ? { url: source.url } : {}),
      ...(source.published ? { datePublished: isoDate(source.published) } : {}),
    })),
  };
}
