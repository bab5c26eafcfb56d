/** Small helpers shared by the peer's templates: escaping, dates, links, record lists. */
import { formatDateValue, formatPartialDate, isoDate, readDateValue, sortDay } from '../../../../src/schemas/dates.ts';
import { comparisonsOf } from '../../../../src/lib/compare.ts';
import { organisationName, participationLabels } from '../../../../src/lib/registry-core.ts';
import { agreementKinds, agreementStatuses } from '../../../../src/schemas/agreement.ts';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);

export function dateLabel(value) {
  const date = readDateValue(value);
  if (!date) return '';
  if (date.form === 'exact') return `<time datetime="${isoDate(date.date)}">${formatPartialDate(date.date)}</time>`;
  if (date.form === 'before') return `spätestens <time datetime="${isoDate(date.date)}">${formatPartialDate(date.date)}</time>`;
  if (date.form === 'after') return `frühestens <time datetime="${isoDate(date.date)}">${formatPartialDate(date.date)}</time>`;
  if (date.form === 'between') return `<span>${esc(formatDateValue(date))}</span>`;
  return `<span>unbekannt<span class="muted"> (${esc(date.reason)})</span></span>`;
}

export const actorUrl = (actor) => (actor.kind === 'land' ? `/laender/${actor.id}/` : `/organisationen/${actor.id}/`);
export const actorLink = (actor) => `<a href="${actorUrl(actor)}">${esc(actor.name)}</a>`;
export const orgLink = (org) => `<a href="/organisationen/${org.id}/">${esc(organisationName(org))}</a>`;

export function involvementNote(involvement) {
  const parts = [];
  if (involvement.direct) {
    parts.push('<strong>Vertragspartei</strong>');
    if (involvement.representedBy.length) parts.push(`, vertreten durch ${involvement.representedBy.map(orgLink).join(', ')}`);
    if (involvement.via.length) parts.push(`; außerdem über ${involvement.via.map(orgLink).join(', ')}`);
  } else if (involvement.via.length) parts.push(`Nicht selbst Vertragspartei: beteiligt über ${involvement.via.map(orgLink).join(', ')}`);
  if (involvement.planned) parts.push(`${involvement.direct || involvement.via.length ? '; ' : ''}Beitritt geplant`);
  return `<p class="muted involvement">${parts.join('')}</p>`;
}

export function agreementList(items) {
  return `<ul class="record-list" data-pagefind-ignore>${items
    .map(
      ({ agreement, involvement }) => `<li>
<h3 class="record-title"><a href="/vereinbarungen/${agreement.id}/">${esc(agreement.data.title)}</a></h3>
<p class="record-meta">${agreement.date ? dateLabel(agreement.date) : 'Datum unbekannt'} · ${agreementKinds.labels[agreement.data.kind]} · ${agreementStatuses.labels[agreement.data.status]}</p>
<p>Parteien: ${agreement.parties.map((party) => actorLink(party.actor)).join(', ')}</p>
${involvement ? involvementNote(involvement) : ''}</li>`,
    )
    .join('')}</ul>`;
}

export function pagination(current, total, href) {
  if (total <= 1) return '';
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  return `<nav class="pagination" aria-label="Seiten"><ul>${current > 1 ? `<li><a href="${href(current - 1)}" rel="prev">‹ Vorherige Seite</a></li>` : ''}${shown
    .map(
      (page, index) =>
        `${index > 0 && page - shown[index - 1] > 1 ? '<li><span aria-hidden="true">…</span></li>' : ''}<li>${page === current ? `<span aria-current="page">${page}</span>` : `<a href="${href(page)}">${page}</a>`}</li>`,
    )
    .join('')}${current < total ? `<li><a href="${href(current + 1)}" rel="next">Nächste Seite ›</a></li>` : ''}</ul></nav>`;
}

/** Pagefind filters and sort key, as the atlas declares them. */
export function facets(kind, filters, date) {
  const entries = Object.entries(filters).flatMap(([key, values]) =>
    [...new Set(values.filter(Boolean))].map((value) => `<span data-pagefind-filter="${esc(`${key}:${value}`)}"></span>`),
  );
  return `<div hidden data-pagefind-ignore><span data-pagefind-filter="eintrag:${kind}"></span>${entries.join('')}<span data-pagefind-meta="eintrag:${kind}"></span>${date ? `<span data-pagefind-meta="datum:${esc(formatDateValue(date))}"></span>` : ''}<span data-pagefind-sort="datum:${(date && sortDay(date)) ?? '0000-00-00'}"></span></div>`;
}

export const fact = (label, content) => `<div class="fact"><dt>${label}</dt><dd>${content}</dd></div>`;
export { organisationName, participationLabels };

const actorSegment = (actor) => `${actor.kind === 'land' ? 'land' : 'organisation'}-${actor.id}`;
export const compareUrl = (a, b) => `/vergleich/${[actorSegment(a), actorSegment(b)].sort().join('/')}/`;
const unit = (count) => (count === 1 ? '1 Vereinbarung' : `${count} Vereinbarungen`);

/** Links to the comparisons of one actor, the closest partners first (as CompareLinks.astro). */
export function compareLinks(actor, comparisons) {
  const items = comparisonsOf(comparisons, actor);
  if (items.length === 0) return '';
  const describe = ({ direct, indirect }) =>
    [direct > 0 && `${direct} gemeinsam als Vertragspartei`, indirect > 0 && `${unit(indirect)} über eine Organisation`]
      .filter(Boolean)
      .join(', ');
  return `<section data-pagefind-ignore><h2>Vergleichen</h2><p class="muted">Was ${esc(actor.name)} mit einem anderen Land oder einer anderen Organisation gemeinsam hat, getrennt nach gemeinsamer Vertragspartei und Beteiligung über eine Organisation.</p>
<ul class="count-list">${items.map((item) => `<li><a href="${item.href}">${esc(actor.name)} und ${esc(item.other.name)}</a> <span class="muted">(${describe(item)})</span></li>`).join('')}</ul></section>`;
}

/** A table of agreements (title, date, kind, status, parties, optionally a note), as AgreementTable.astro shows them. */
export function agreementTable(caption, rows, noteHeader) {
  return `<table><caption>${esc(caption)}</caption><thead><tr><th>Vereinbarung</th><th>Datum</th><th>Art</th><th>Status</th><th>Parteien</th>${noteHeader ? `<th>${esc(noteHeader)}</th>` : ''}</tr></thead><tbody>${rows
    .map(
      ({ agreement, note }) =>
        `<tr><th><a href="/vereinbarungen/${agreement.id}/">${esc(agreement.data.title)}</a></th><td>${agreement.date ? dateLabel(agreement.date) : 'unbekannt'}</td><td>${agreementKinds.labels[agreement.data.kind]}</td><td>${agreementStatuses.labels[agreement.data.status]}</td><td>${agreement.parties.map((party) => actorLink(party.actor)).join(', ')}</td>${noteHeader ? `<td>${esc(note)}</td>` : ''}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/** Front matter of a page per record: one record a page, at /<section>/<id>/, in the base layout below one breadcrumb. */
export function pagePerRecord(collection, alias, section, crumb) {
  return {
    pagination: { data: `atlas.registry.${collection}`, size: 1, alias },
    permalink: (data) => `/${section}/${data[alias].id}/`,
    layout: 'base.11ty.js',
    breadcrumbs: [crumb],
  };
}
