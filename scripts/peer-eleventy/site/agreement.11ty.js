/** A page per agreement, with everything the atlas shows on it (except the zitat.* downloads). */
import {
  actorLink,
  dateLabel,
  esc,
  facets,
  fact,
  involvementNote,
  organisationName,
  pagePerRecord,
  participationLabels,
} from './_includes/html.js';
import { agreementJsonLd } from '../../../src/lib/json-ld.ts';
import { agreementKinds, agreementStatuses, eventTypes, solutionUses, stepTypes } from '../../../src/schemas/agreement.ts';

export const data = {
  ...pagePerRecord('agreements', 'agreement', 'vereinbarungen', ['Vereinbarungen', '/vereinbarungen/']),
  eleventyComputed: {
    title: (data) => data.agreement.data.title,
    description: (data) => data.agreement.data.summary,
    jsonLd: (data) => JSON.stringify(agreementJsonLd(data.agreement)).replace(/</g, '\\u003c'),
  },
};

const refs = (ids, numbers) =>
  ids?.length ? ` <sup>${ids.map((id) => `<a href="#quelle-${id}">${numbers.get(id)}</a>`).join(', ')}</sup>` : '';

export function render({ agreement, atlas }) {
  const { data: record } = agreement;
  const numbers = new Map(record.sources.flatMap((source, index) => (source.id ? [[source.id, index + 1]] : [])));
  const direct = agreement.laender.filter((involvement) => involvement.direct);
  const indirect = agreement.laender.filter((involvement) => !involvement.direct);
  const hasSteps = agreement.parties.some(
    (party) => party.steps.length > 0 || party.declarations.length > 0 || party.participation !== 'partei',
  );
  const signed = record.signed
    ? dateLabel(record.signed)
    : agreement.signingSpan
      ? `je Partei verschieden, von ${dateLabel(agreement.signingSpan.first)} bis ${dateLabel(agreement.signingSpan.last)} (siehe <a href="#verlauf">Parteien und Verlauf</a>)`
      : agreement.date
        ? `${dateLabel(agreement.date)} (siehe <a href="#verlauf">Parteien und Verlauf</a>)`
        : 'nicht bekannt';
  const section = (id, heading, body) =>
    `<section aria-labelledby="${id}"><h2 id="${id}" data-pagefind-ignore>${heading}</h2>${body}</section>`;
  return `<article data-pagefind-body>
${facets(
  'Vereinbarung',
  {
    land: direct.map((involvement) => involvement.land.name),
    landUeber: indirect.filter((involvement) => involvement.via.length > 0).map((involvement) => involvement.land.name),
    organisation: agreement.parties.flatMap((party) => (party.actor.kind === 'org' ? [party.actor.name] : [])),
    thema: agreement.topics.map((topic) => topic.label),
    jahr: [agreement.year?.toString()],
    art: [agreementKinds.labels[record.kind]],
    status: [agreementStatuses.labels[record.status]],
  },
  agreement.date,
)}
<h1>${esc(record.title)}</h1>
<ul class="badges"><li>${agreementKinds.labels[record.kind]}</li><li>Status: ${agreementStatuses.labels[record.status]}</li></ul>
<p class="lead">${esc(record.summary)}</p>
<dl class="facts">
${fact('Unterzeichnet', `${signed}${record.place ? ` in ${esc(record.place)}` : ''}${refs(record.dateSources, numbers)}`)}
${record.effective ? fact('Wirksam ab', `${dateLabel(record.effective)}${record.retroactive ? ' (rückwirkend)' : ''}`) : ''}
${fact('Parteien', `<ul>${agreement.parties.map((party) => `<li>${actorLink(party.actor)}${party.role ? ` (${esc(party.role)})` : ''}${party.participation !== 'partei' ? `<span class="muted"> – ${participationLabels[party.participation]}${party.participation === 'beigetreten' && party.joined ? ` ${dateLabel(party.joined)}` : ''}${party.participation === 'ausgetreten' && party.left ? ` ${dateLabel(party.left)}` : ''}</span>` : ''}</li>`).join('')}</ul>`)}
${record.signatories.length ? fact('Unterzeichnet von', `<ul>${record.signatories.map((person) => `<li>${esc(person.name)}${person.function ? `, ${esc(person.function)}` : ''}${person.land || person.org ? ` (für ${[person.land && actorLink(atlas.registry.actorOf({ land: person.land })), person.org && actorLink(atlas.registry.actorOf({ org: person.org }))].filter(Boolean).join(', ')})` : ''}${refs(person.sources, numbers)}</li>`).join('')}</ul>`) : ''}
${indirect.length || agreement.parties.some((party) => party.actor.kind === 'org') ? fact('Länder als Vertragspartei', direct.length === 0 ? 'keines' : `<ul>${direct.map((involvement) => `<li><a href="/laender/${involvement.land.id}/">${esc(involvement.land.name)}</a>${involvement.representedBy.length ? `<span class="muted"> vertreten durch ${involvement.representedBy.map(organisationName).map(esc).join(', ')}</span>` : ''}</li>`).join('')}</ul>`) : ''}
${indirect.length ? fact('Nur mittelbar beteiligte Länder', `<ul>${indirect.map((involvement) => `<li><a href="/laender/${involvement.land.id}/">${esc(involvement.land.name)}</a> ${involvementNote(involvement)}</li>`).join('')}</ul>`) : ''}
${fact('Themen', `<ul>${agreement.topics.map((topic) => `<li><a href="/themen/${topic.id}/">${esc(topic.label)}</a></li>`).join('')}</ul>`)}
</dl>
${hasSteps ? section('verlauf', 'Parteien und Verlauf', `<table><caption>Was jede Partei wann getan hat, mit Quellen</caption><thead><tr><th scope="col">Partei</th><th scope="col">Beteiligung</th><th scope="col">Verlauf</th></tr></thead><tbody>${agreement.parties.map((party) => `<tr><th scope="row">${actorLink(party.actor)}${party.role ? `<span class="muted"> (${esc(party.role)})</span>` : ''}</th><td>${participationLabels[party.participation]}</td><td>${party.steps.length === 0 && party.declarations.length === 0 ? '<span class="muted">keine Schritte erfasst</span>' : `<ul>${party.steps.map((step) => `<li>${dateLabel(step.date)}: ${stepTypes.labels[step.type]}${step.law ? `: ${step.law.url ? `<a href="${esc(step.law.url)}">${esc(step.law.title)}</a>` : esc(step.law.title)}${step.law.citation ? ` (${esc(step.law.citation)})` : ''}` : ''}${step.note ? `. ${esc(step.note)}` : ''}${refs(step.sources, numbers)}</li>`).join('')}${party.declarations.map((declaration) => `<li>Protokollerklärung: ${esc(declaration.text)}${refs(declaration.sources, numbers)}</li>`).join('')}</ul>`}</td></tr>`).join('')}</tbody></table>`) : ''}
${record.events.length ? section('ereignisse', 'Ereignisse für alle Parteien', `<ul>${record.events.map((event) => `<li>${dateLabel(event.date)}: ${eventTypes.labels[event.type]}${event.note ? `. ${esc(event.note)}` : ''}${refs(event.sources, numbers)}</li>`).join('')}</ul>`) : ''}
<div class="record-body">${atlas.bodies.get(agreement.id)}</div>
${agreement.solutions.length ? section('loesungen', 'Lösungen', `<ul>${agreement.solutions.map(({ solution, use, note }) => `<li><a href="/loesungen/${solution.id}/">${esc(solution.name)}</a> <span class="muted">(${solutionUses.labels[use]})</span>${note ? `: ${esc(note)}` : ''}</li>`).join('')}</ul>`) : ''}
${agreement.founded.length || agreement.ownershipsBegun.length ? section('organisationen', 'Gründungen und Trägerschaften', `<ul>${agreement.founded.map((org) => `<li>Gründet <a href="/organisationen/${org.id}/">${esc(organisationName(org))}</a></li>`).join('')}${agreement.ownershipsBegun.map(({ org, owner, actor }) => `<li>${actorLink(actor)} wird Träger von <a href="/organisationen/${org.id}/">${esc(organisationName(org))}</a>${owner.since ? ` (seit ${dateLabel(owner.since)})` : ''}</li>`).join('')}</ul>`) : ''}
${agreement.lineage.length ? section('geschichte', 'Vertragsgeschichte', `<ol>${agreement.lineage.map((member) => `<li>${member.date ? `${dateLabel(member.date)}: ` : ''}${member.id === agreement.id ? `<strong>${esc(member.data.title)} (diese Vereinbarung)</strong>` : `<a href="/vereinbarungen/${member.id}/">${esc(member.data.title)}</a>`}<span class="muted"> – ${agreementKinds.labels[member.data.kind]}</span></li>`).join('')}</ol>`) : ''}
${record.projects.length ? section('projekte', 'Projekte', `<ul>${record.projects.map((project) => `<li><strong>${project.url ? `<a href="${esc(project.url)}">${esc(project.name)}</a>` : esc(project.name)}</strong>${project.lead ? ` (federführend: <a href="/organisationen/${project.lead}/">${esc(atlas.registry.organisation(project.lead) ? organisationName(atlas.registry.organisation(project.lead)) : project.lead)}</a>)` : ''}${project.description ? `: ${esc(project.description)}` : ''}</li>`).join('')}</ul>`) : ''}
${agreement.relations.length ? section('beziehungen', 'Verwandte Vereinbarungen', `<ul>${agreement.relations.map((relation) => `<li>${relation.label}: <a href="/vereinbarungen/${relation.other.id}/">${esc(relation.other.data.title)}</a>${relation.other.date ? `<span class="muted"> (${dateLabel(relation.other.date)})</span>` : ''}${relation.note ? `. ${esc(relation.note)}` : ''}</li>`).join('')}</ul>`) : ''}
${record.notes.length ? section('anmerkungen', 'Anmerkungen zu den Quellen', record.notes.map((note) => `<div class="note">${note.about ? `<p><strong>${esc(note.about)}</strong></p>` : ''}<p>${esc(note.text)}</p>${note.sources?.length ? `<p class="muted">Betrifft: ${note.sources.map((id) => `<a href="#quelle-${id}">Quelle ${numbers.get(id)}</a>`).join(', ')}</p>` : ''}</div>`).join('')) : ''}
${section('quellen', 'Quellen', `<ol class="sources">${record.sources.map((source) => `<li${source.id ? ` id="quelle-${source.id}"` : ''}>${source.url ? `<a href="${esc(source.url)}">${esc(source.title)}</a>` : `<cite>${esc(source.title)}</cite>`}, ${esc(source.publisher)}${source.published ? `, ${dateLabel(source.published)}` : ''}${source.accessed ? ` (abgerufen ${dateLabel(source.accessed)})` : ''}</li>`).join('')}</ol>`)}
${section('zitieren', 'Zitieren', `<p>${esc(record.title)}. In: Kooperationsatlas. ${agreementKinds.labels[record.kind]}. https://example.org/vereinbarungen/${agreement.id}/</p>`)}
</article>
<footer class="record-footer"><p><a href="https://example.org/edit/${esc(agreement.record.filePath)}">Eintrag bearbeiten</a></p><p><a href="https://example.org/history/${esc(agreement.record.filePath)}">Änderungsverlauf</a></p></footer>`;
}
