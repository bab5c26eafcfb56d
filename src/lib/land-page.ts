/**
 * What a Land's page shows, as one plain object: how many agreements it is a party to and
 * how many it takes part in only through organisations it owned at the time, the first of
 * them with how it takes part, separately the agreements of organisations and Kommunen
 * merely located in the Land, its partner Länder, its organisations and comparisons.
 */
import { subscriptionLinks } from './subscriptions.ts';
import { organisationKinds } from '../schemas/organisation.ts';
import { agreementTablePreview } from './agreement-table.ts';
import { listPreview, type ListPreview } from './agreement-lists.ts';
import { compareLinks, type CompareLinksView } from './compare-links.ts';
import type { CountedLink } from './counted-links.ts';
import { joinGerman } from './date-phrases.ts';
import { organisationName, type Registry } from './registry-core.ts';
import type { Link } from './statements.ts';
import { authorityUrls, urls } from './urls.ts';
import type { Land } from '../schemas/land.ts';

export interface LandPageView {
  id: string;
  /** The feed of changes and the calendar of dates of the Land's records. */
  subscriptions: { href: string; label: string }[];
  name: string;
  description: string;
  code: string;
  ars: string;
  wikidata: Link;
  counts: { direct: number; indirect: number; planned: number; located: number };
  preview: ListPreview;
  /** Agreements of organisations and Kommunen located in the Land, where the Land itself takes no part. */
  located: { title: string; intro: string; table: ReturnType<typeof agreementTablePreview> };
  map: { laender: Land[]; title: string; partners: [string, number][] };
  partners: CountedLink[];
  indirectPartners: CountedLink[];
  organisations: { href: string; label: string; note: string }[];
  compare: CompareLinksView;
}

const unit = (count: number) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

export function landPage(registry: Registry, land: Land): LandPageView {
  const agreements = registry.agreementsOfLand(land.id);
  const direct = registry.directCountByLand().get(land.id) ?? 0;
  const indirect = registry.indirectCountByLand().get(land.id) ?? 0;
  const planned = agreements.filter(({ involvement }) => involvement.planned && !involvement.direct).length;
  const located = registry.agreementsLocatedInLand(land.id);
  const partners = registry.partnerLaenderOfLand(land.id);
  const counted = ({ item, count }: { item: Land; count: number }): CountedLink => ({ href: urls.land(item.id), label: item.name, count });
  const description =
    agreements.length + located.length === 0
      ? `Für ${land.name} ist noch keine Kooperationsvereinbarung erfasst.`
      : [
          `${land.name} ist an ${unit(direct)} selbst Vertragspartei`,
          indirect > 0
            ? `; an ${indirect === 1 ? 'einer weiteren' : `${indirect} weiteren`} ist es nur über Organisationen beteiligt, deren Träger es damals war`
            : '',
          located.length > 0
            ? `. Dazu kommen ${unit(located.length)} von Organisationen und Kommunen aus ${land.name}, an denen das Land selbst nicht beteiligt ist`
            : '',
          '.',
        ].join('');
  return {
    subscriptions: subscriptionLinks(registry, 'land', land.id),
    id: land.id,
    name: land.name,
    description,
    code: land.code,
    ars: land.ars,
    wikidata: { href: authorityUrls.wikidata(land.wikidata), label: land.wikidata },
    counts: { direct, indirect, planned, located: located.length },
    preview: listPreview(registry, 'land', land.id),
    located: {
      title: `Organisationen und Kommunen aus ${land.name}`,
      intro: `Vereinbarungen, an denen Organisationen oder Kommunen mit Sitz in ${land.name} Partei sind, ${land.name} selbst aber weder Vertragspartei noch Träger einer beteiligten Organisation ist. Der Sitz ist keine Beteiligung des Landes.`,
      table: agreementTablePreview(
        located.map(({ agreement, orgs }) => ({
          agreement,
          note: `aus ${land.name}: ${joinGerman(orgs.map((org) => organisationName(org)))}`,
        })),
      ),
    },
    map: {
      laender: registry.laender,
      title: `${land.name} und seine Partnerländer (gemeinsam Vertragspartei)`,
      partners: partners.map(({ item, count }) => [item.id, count]),
    },
    partners: partners.map(counted),
    indirectPartners: registry.indirectPartnerLaenderOfLand(land.id).map(counted),
    organisations: registry.organisationsOfLand(land.id).map(({ org, owner, seated }) => {
      const current = registry.ownedBy('land', land.id).some((entry) => entry.org.id === org.id && entry.owner.until === undefined);
      return {
        href: urls.organisation(org.id),
        label: organisationName(org),
        note: [
          organisationKinds.labels[org.kind],
          owner && (current ? `${land.name} ist Träger` : `${land.name} war Träger`),
          seated ? `Sitz in ${land.name}` : 'Sitz in einem anderen Land',
        ]
          .filter(Boolean)
          .join(', '),
      };
    }),
    compare: compareLinks(registry, registry.actorOf({ land: land.id })),
  };
}
