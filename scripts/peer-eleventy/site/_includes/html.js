/** Small helpers shared by the peer's templates: escaping, dates, links, record lists. */
import { formatDateValue, formatPartialDate, isoDate, readDateValue, sortDay } from '../../../../src/schemas/dates.ts';
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
