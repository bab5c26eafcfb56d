/** A page per topic: description, first agreements with a link to the full list, Länder by path. */
import { agreementList, esc, facets, pagePerRecord } from './_includes/html.js';

export const data = {
  ...pagePerRecord('topics', 'topic', 'themen', ['Themen', '/themen/']),
  eleventyComputed: { title: (data) => data.topic.label, description: (data) => data.topic.description },
};

export function render({ topic, atlas }) {
  const { registry, PREVIEW_SIZE } = atlas;
  const agreements = registry.agreementsOfTopic(topic.id);
  const laender = registry.laenderOfTopic(topic.id);
  const counts = (items) =>
    `<ul class="count-list">${items.map(({ item, count }) => `<li><a href="/laender/${item.id}/">${esc(item.name)}</a> <span class="muted">(${count} Vereinbarungen)</span></li>`).join('')}</ul>`;
  return `<div data-pagefind-body>${facets('Thema', { thema: [topic.label] })}
<h1>${esc(topic.label)}</h1><p class="lead">${esc(topic.description)}</p>
<section><h2 data-pagefind-ignore>Vereinbarungen zu diesem Thema</h2>${agreementList(agreements.slice(0, PREVIEW_SIZE).map((agreement) => ({ agreement })))}
${agreements.length > PREVIEW_SIZE ? `<p><a href="/themen/${topic.id}/vereinbarungen/">Alle ${agreements.length} Vereinbarungen zum Thema ${esc(topic.label)}</a></p>` : ''}</section>
<section><h2 data-pagefind-ignore>Beteiligte Länder</h2><h3 data-pagefind-ignore>Als Vertragspartei</h3>${counts(laender.direct)}<h3 data-pagefind-ignore>Nur über ihre Organisationen</h3>${counts(laender.indirect)}</section>
</div>`;
}
