/** The overview pages: start, Länder, organisations, topics and the timeline (years with counts). */
import { agreementList, esc, organisationName } from './_includes/html.js';

const PAGES = [
  {
    url: '/',
    title: 'Kooperationsatlas',
    body: (registry) =>
      `<h1>Kooperationsatlas</h1><p>${registry.agreements.length} Vereinbarungen</p><h2>Neueste</h2>${agreementList(registry.agreements.slice(0, 10).map((agreement) => ({ agreement })))}`,
  },
  {
    url: '/laender/',
    title: 'Länder',
    body: (registry) =>
      `<h1>Länder</h1><ul>${registry.laender.map((land) => `<li><a href="/laender/${land.id}/">${esc(land.name)}</a> (${registry.directCountByLand().get(land.id) ?? 0} als Vertragspartei, ${registry.indirectCountByLand().get(land.id) ?? 0} über Organisationen)</li>`).join('')}</ul>`,
  },
  {
    url: '/organisationen/',
    title: 'Organisationen',
    body: (registry) =>
      `<h1>Organisationen</h1><ul>${registry.organisations.map((org) => `<li><a href="/organisationen/${org.id}/">${esc(organisationName(org))}</a> (${registry.agreementsOfOrganisation(org.id).length})</li>`).join('')}</ul>`,
  },
  {
    url: '/themen/',
    title: 'Themen',
    body: (registry) =>
      `<h1>Themen</h1><ul>${registry.topics.map((topic) => `<li><a href="/themen/${topic.id}/">${esc(topic.label)}</a> (${registry.agreementsOfTopic(topic.id).length})</li>`).join('')}</ul>`,
  },
  {
    url: '/zeitleiste/',
    title: 'Zeitleiste',
    body: (registry) =>
      `<h1>Zeitleiste</h1><ul>${registry.years.map((year) => `<li><a href="/zeitleiste/${year}/">${year}</a> (${registry.agreementsOfYear(year).length})</li>`).join('')}</ul>`,
  },
];

export const data = {
  pagination: { data: 'pages', size: 1, alias: 'overview' },
  pages: PAGES,
  permalink: (data) => data.overview.url,
  layout: 'base.11ty.js',
  eleventyComputed: { title: (data) => data.overview.title, description: (data) => `${data.overview.title} im Kooperationsatlas` },
};

export function render({ overview, atlas }) {
  return overview.body(atlas.registry);
}
