/** A page per Land: facts, the first agreements with a link to the full list, partners, organisations. */
import { agreementList, compareLinks, esc, facets, fact, organisationName, pagePerRecord } from './_includes/html.js';
import { organisationKinds } from '../../../src/schemas/organisation.ts';

export const data = {
  ...pagePerRecord('laender', 'land', 'laender', ['Länder', '/laender/']),
  eleventyComputed: {
    title: (data) => data.land.name,
    description: (data) =>
      `${data.land.name} ist an ${data.atlas.registry.directCountByLand().get(data.land.id) ?? 0} erfassten Kooperationsvereinbarungen selbst Vertragspartei; an ${data.atlas.registry.indirectCountByLand().get(data.land.id) ?? 0} weiteren ist es nur über seine Organisationen beteiligt.`,
  },
};

export function render({ land, atlas, description }) {
  const { registry, PREVIEW_SIZE } = atlas;
  const agreements = registry.agreementsOfLand(land.id);
  const partners = registry.partnerLaenderOfLand(land.id);
  const indirectPartners = registry.indirectPartnerLaenderOfLand(land.id);
  const counts = (items, unit) =>
    `<ul class="count-list">${items.map(({ item, count }) => `<li><a href="/laender/${item.id}/">${esc(item.name)}</a> <span class="muted">(${count} ${unit})</span></li>`).join('')}</ul>`;
  return `<div data-pagefind-body>${facets('Land', { land: [land.name] })}
<h1>${esc(land.name)}</h1><p class="lead" data-pagefind-ignore>${esc(description)}</p>
<dl class="facts">${fact('ISO-3166-2-Code', land.code)}${fact('Länderschlüssel', land.ars)}${fact('Wikidata', `<a href="https://www.wikidata.org/wiki/${land.wikidata}">${land.wikidata}</a>`)}</dl>
<section><h2 data-pagefind-ignore>Vereinbarungen</h2>${agreementList(agreements.slice(0, PREVIEW_SIZE))}
${agreements.length > PREVIEW_SIZE ? `<p><a href="/laender/${land.id}/vereinbarungen/">Alle ${agreements.length} Vereinbarungen mit Beteiligung von ${esc(land.name)}</a></p>` : ''}</section>
<section><h2 data-pagefind-ignore>Partnerländer</h2>${counts(partners, 'gemeinsame Vereinbarungen')}
${indirectPartners.length ? `<h3 data-pagefind-ignore>Über Organisationen verbunden</h3>${counts(indirectPartners, 'Vereinbarungen')}` : ''}</section>
<section><h2 data-pagefind-ignore>Organisationen</h2><ul>${registry
    .organisationsOfLand(land.id)
    .map(
      ({ org, owner, seated }) =>
        `<li><a href="/organisationen/${org.id}/">${esc(organisationName(org))}</a> <span class="muted">(${[organisationKinds.labels[org.kind], owner && `${land.name} ist Träger`, !seated && 'Sitz in einem anderen Land'].filter(Boolean).join(', ')})</span></li>`,
    )
    .join('')}</ul></section>
${compareLinks(registry.actorOf({ land: land.id }), atlas.comparisons)}
</div>`;
}
