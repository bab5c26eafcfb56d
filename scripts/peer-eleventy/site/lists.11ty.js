/** Every paginated list, 50 agreements a page: all, per Land, organisation, topic and year. */
import { agreementList, pagination } from './_includes/html.js';

export const data = {
  pagination: { data: 'atlas.lists', size: 1, alias: 'list' },
  permalink: (data) => data.list.url,
  layout: 'base.11ty.js',
  eleventyComputed: {
    title: (data) => (data.list.number > 1 ? `${data.list.title} (Seite ${data.list.number} von ${data.list.total})` : data.list.title),
    description: (data) => `${data.list.title}: ${data.list.count} Vereinbarungen, neueste zuerst.`,
    breadcrumbs: (data) =>
      data.list.base === '/vereinbarungen/' ? [] : [[data.list.base.split('/')[1], `/${data.list.base.split('/')[1]}/`]],
  },
};

export function render({ list }) {
  return `<h1>${list.title}</h1><p>${list.count} Vereinbarungen, neueste zuerst.</p>
${agreementList(list.items)}
${pagination(list.number, list.total, (number) => (number === 1 ? list.base : `${list.base}seite/${number}/`))}`;
}
