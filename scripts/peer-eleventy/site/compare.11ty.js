/** A page per pair of Länder or organisations sharing an agreement: facts, shared as parties, shared only through an organisation. */
import { actorLink, actorUrl, agreementTable, compareUrl, esc } from './_includes/html.js';
import { organisationKinds } from '../../../src/schemas/organisation.ts';

const unit = (count) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

export const data = {
  pagination: { data: 'atlas.comparisonPages', size: 1, alias: 'pair' },
  permalink: (data) => compareUrl(data.pair.a, data.pair.b),
  layout: 'base.11ty.js',
  eleventyComputed: {
    title: (data) => `Vergleich: ${data.pair.a.name} und ${data.pair.b.name}`,
    description: (data) =>
      `Was ${data.pair.a.name} und ${data.pair.b.name} verbindet: ${unit(data.pair.direct.length)}, an denen beide selbst Vertragspartei sind, und ${unit(data.pair.indirect.length)}, an denen mindestens eine Seite nur über eine Organisation beteiligt ist.`,
    breadcrumbs: (data) => [[data.pair.a.name, actorUrl(data.pair.a)]],
  },
};

export function render({ pair, atlas, description }) {
  const { registry } = atlas;
  const { a, b } = pair;
  const title = `${a.name} und ${b.name}`;
  const kindOf = (actor) => (actor.kind === 'land' ? 'Land' : organisationKinds.labels[actor.org.kind]);
  const totalOf = (actor) =>
    actor.kind === 'land'
      ? `${registry.directCountByLand().get(actor.id) ?? 0} als Vertragspartei, ${registry.indirectCountByLand().get(actor.id) ?? 0} nur über Organisationen`
      : unit(registry.agreementsOfOrganisation(actor.id).length);
  const direct = pair.direct.map((agreement) => ({ agreement }));
  const indirect = pair.indirect.map(({ agreement, how }) => ({ agreement, note: `${a.name}: ${how[0]}; ${b.name}: ${how[1]}` }));
  return `<h1>${esc(title)}: was sie verbindet</h1><p class="lead">${esc(description)}</p>
<table><caption>${esc(title)} im Überblick</caption><thead><tr><td></td><th>${actorLink(a)}</th><th>${actorLink(b)}</th></tr></thead>
<tbody><tr><th>Art</th><td>${esc(kindOf(a))}</td><td>${esc(kindOf(b))}</td></tr><tr><th>Vereinbarungen insgesamt</th><td>${totalOf(a)}</td><td>${totalOf(b)}</td></tr></tbody></table>
<section><h2>Gemeinsam Vertragspartei (${direct.length})</h2>${direct.length === 0 ? '<p>Keine Vereinbarung, an der beide selbst Vertragspartei sind.</p>' : agreementTable(`Vereinbarungen, an denen ${title} selbst Vertragspartei sind`, direct)}</section>
<section><h2>Nur über eine Organisation verbunden (${indirect.length})</h2>${indirect.length === 0 ? '<p>Keine Vereinbarung, an der eine Seite nur über eine Organisation beteiligt ist.</p>' : agreementTable(`Vereinbarungen, die ${title} nur über eine Organisation verbinden`, indirect, 'Wie beide beteiligt sind')}</section>
<p><a href="${actorUrl(a)}">Zu ${esc(a.name)}</a> · <a href="${actorUrl(b)}">Zu ${esc(b.name)}</a></p>`;
}
