/** A page per organisation: facts, owners over time, solutions, first agreements, partners. */
import { actorLink, agreementList, compareLinks, dateLabel, esc, facets, fact, organisationName, pagePerRecord } from './_includes/html.js';
import { legalForms, organisationKinds } from '../../../src/schemas/organisation.ts';

export const data = {
  ...pagePerRecord('organisations', 'org', 'organisationen', ['Organisationen', '/organisationen/']),
  eleventyComputed: {
    title: (data) =>
      data.org.shortName && data.org.shortName !== data.org.name ? `${data.org.name} (${data.org.shortName})` : data.org.name,
    description: (data) => data.org.description ?? '',
  },
};

export function render({ org, atlas, title }) {
  const { registry, PREVIEW_SIZE } = atlas;
  const agreements = registry.agreementsOfOrganisation(org.id);
  const land = org.land ? registry.land(org.land) : undefined;
  const owners = registry.ownersOf(org);
  const owned = registry.ownedBy('org', org.id);
  const developed = registry.solutionsDevelopedBy('org', org.id);
  const partners = registry.partnersOfOrganisation(org.id);
  const projects = registry.projectsLedBy(org.id);
  const founding = registry.foundingOf(org);
  return `<div data-pagefind-body>${facets('Organisation', { organisation: [organisationName(org)] })}
<h1>${esc(title)}</h1><p class="lead">${esc(org.description)}</p>
<dl class="facts">${fact('Art', organisationKinds.labels[org.kind])}${org.legalForm ? fact('Rechtsform', legalForms.labels[org.legalForm]) : ''}${org.seat ? fact('Sitz', esc(org.seat)) : ''}${land ? fact('Land', `<a href="/laender/${land.id}/">${esc(land.name)}</a>`) : ''}${org.ars ? fact('Amtlicher Regionalschlüssel', org.ars) : ''}
${founding ? fact('Gegründet durch', `<a href="/vereinbarungen/${founding.id}/">${esc(founding.data.title)}</a>`) : ''}
${org.formerNames.length ? fact('Frühere Namen', `<ul>${org.formerNames.map((former) => `<li>${esc(former.name)}, bis ${dateLabel(former.until)}</li>`).join('')}</ul>`) : ''}
${owned.length ? fact('Träger von', `<ul>${owned.map(({ org: child }) => `<li><a href="/organisationen/${child.id}/">${esc(organisationName(child))}</a></li>`).join('')}</ul>`) : ''}
${org.website ? fact('Website', `<a href="${esc(org.website)}">${esc(new URL(org.website).hostname)}</a>`) : ''}</dl>
${owners.length ? `<section><h2 data-pagefind-ignore>Träger im Lauf der Zeit</h2><table><thead><tr><th>Träger</th><th>Seit</th><th>Bis</th><th>Grundlage</th></tr></thead><tbody>${owners.map(({ owner, actor, agreement }) => `<tr><th>${actorLink(actor)}</th><td>${owner.since ? dateLabel(owner.since) : 'nicht erfasst'}</td><td>${owner.until ? dateLabel(owner.until) : 'heute'}</td><td>${agreement ? `<a href="/vereinbarungen/${agreement.id}/">${esc(agreement.data.title)}</a>` : ''}${esc(owner.note ?? '')}</td></tr>`).join('')}</tbody></table></section>` : ''}
${developed.length ? `<section><h2 data-pagefind-ignore>Entwickelte Lösungen</h2><ul>${developed.map((solution) => `<li><a href="/loesungen/${solution.id}/">${esc(solution.name)}</a></li>`).join('')}</ul></section>` : ''}
<section><h2 data-pagefind-ignore>Vereinbarungen</h2>${agreementList(agreements.slice(0, PREVIEW_SIZE).map((agreement) => ({ agreement })))}
${agreements.length > PREVIEW_SIZE ? `<p><a href="/organisationen/${org.id}/vereinbarungen/">Alle ${agreements.length} Vereinbarungen von ${esc(organisationName(org))}</a></p>` : ''}</section>
${partners.length ? `<section><h2 data-pagefind-ignore>Partner</h2><ul class="count-list">${partners.map(({ item, count }) => `<li>${actorLink(item)} <span class="muted">(${count} gemeinsame Vereinbarungen)</span></li>`).join('')}</ul></section>` : ''}
${projects.length ? `<section><h2 data-pagefind-ignore>Federführend bei</h2><ul>${projects.map(({ project, agreement }) => `<li>${esc(project.name)} (in <a href="/vereinbarungen/${agreement.id}/">${esc(agreement.data.title)}</a>)</li>`).join('')}</ul></section>` : ''}
${compareLinks(registry.actorOf({ org: org.id }), atlas.comparisons)}
</div>`;
}
