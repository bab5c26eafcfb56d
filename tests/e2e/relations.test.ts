/**
 * Every link works both ways: from an agreement to its parties, topics, solutions,
 * founded organisations and related agreements, and from each of those back.
 */
import { describe, expect, it } from 'vitest';
import { inverseRelationLabels, relationKinds } from '../../src/schemas/agreement.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { builtPages, readPage } from './site.ts';

/*
 * The expectations come from the record files and literal URLs, not from the registry
 * and URL helpers that build the pages: a bug there must not move the expectation along.
 */
const { content } = validateContent();
type Party = (typeof content.agreements extends Map<string, infer R> ? R : never)['data']['parties'][number];
/** Each named actor with the steps it took: a group's named members took the group's steps. */
const actors = (parties: Party[]) =>
  parties.flatMap((party) =>
    party.group
      ? party.group.members.map((member) => ({ ...member, steps: party.steps }))
      : [{ land: party.land, org: party.org, steps: party.steps }],
  );
const agreementUrl = (id: string) => `/vereinbarungen/${id}/`;

function linksOn(path: string): Set<string> {
  return new Set(
    readPage(path)
      .querySelectorAll('main a[href]')
      .map((link) => link.getAttribute('href')!),
  );
}

const pages = builtPages();
/** Links on a page and on the full list it previews (`<page>vereinbarungen/`, all its pages), where it has one. */
function linksOnWithList(path: string): Set<string> {
  const list = pages.filter((other) => other.startsWith(`${path}vereinbarungen/`));
  return new Set([path, ...list].flatMap((page) => [...linksOn(page)]));
}

describe.each([...content.agreements.values()].map((record) => [record.id, record] as const))('%s', (id, { data }) => {
  const page = agreementUrl(id);
  const links = linksOn(page);
  const incoming = [...content.agreements.values()]
    .filter((other) => other.data.related.some((related) => related.agreement === id))
    .map((other) => agreementUrl(other.id));
  const others = [
    ...actors(data.parties).map((party) => (party.org ? `/organisationen/${party.org}/` : `/laender/${party.land}/`)),
    ...data.topics.map((topic) => `/themen/${topic}/`),
    ...data.related.map((related) => agreementUrl(related.agreement)),
    ...data.solutions.map((entry) => `/loesungen/${entry.solution}/`),
    ...[...content.organisations.values()].filter((org) => org.foundedBy === id).map((org) => `/organisationen/${org.id}/`),
    ...incoming,
  ];

  it.each([...new Set(others)])('links to %s, which links back', (other) => {
    expect(links.has(other)).toBe(true);
    expect(linksOnWithList(other).has(page), `${other} verweist nicht auf ${page}`).toBe(true);
  });
});

describe('relations between agreements', () => {
  it('show both directions with their own labels', () => {
    for (const record of content.agreements.values()) {
      for (const related of record.data.related) {
        const other = content.agreements.get(related.agreement)!;
        const text = (id: string) => readPage(agreementUrl(id)).text.replace(/\s+/g, ' ');
        // A replacement is one only once the replacing agreement is in force; until then it is proposed.
        const { data } = record;
        const inForce =
          data.status === 'in-kraft' ||
          data.status === 'beendet' ||
          data.effective !== undefined ||
          data.events.some((event) => event.type === 'in-kraft') ||
          data.parties.some((party) => party.steps.some((step) => step.type === 'inkrafttreten'));
        const proposed = related.relation === 'ersetzt' && !inForce;
        expect(text(record.id)).toContain(`${proposed ? 'Soll ersetzen' : relationKinds.labels[related.relation]}: ${other.data.title}`);
        expect(text(other.id)).toContain(
          `${proposed ? 'Soll ersetzt werden durch' : inverseRelationLabels[related.relation]}: ${record.data.title}`,
        );
      }
    }
  });

  it('show on a Land page, for each agreement, whether the Land is a party or only involved through an organisation it owned', () => {
    const organisations = content.organisations;
    // A Land is a party if it or one of its ministries or its state chancellery is (and not only planned).
    const isParty = (landId: string, parties: Party[]) =>
      actors(parties).some((party) => {
        const planned = party.steps.length > 0 && party.steps.every((step) => step.type === 'beitritt-geplant');
        if (planned) return false;
        if (party.land === landId) return true;
        const org = party.org ? organisations.get(party.org) : undefined;
        return org?.land === landId && (org.kind === 'ministerium' || org.kind === 'staatskanzlei');
      });
    for (const landId of content.laender.keys()) {
      const rows = [`/laender/${landId}/`, ...pages.filter((other) => other.startsWith(`/laender/${landId}/vereinbarungen/`))].flatMap(
        // The table of the Land's own involvements; agreements of bodies merely located in the Land stand apart.
        (path) => readPage(path).querySelectorAll('#vereinbarungen-tabelle tbody tr'),
      );
      if (content.agreements.size > 0 && [...content.agreements.values()].some((record) => isParty(landId, record.data.parties)))
        expect(rows.length, landId).toBeGreaterThan(0);
      for (const item of rows) {
        const id = item.querySelector('.agreement-table__title a')?.getAttribute('href')?.split('/')[2];
        const record = content.agreements.get(id ?? '');
        expect(record, `${landId}: ${id}`).toBeDefined();
        const note = item.querySelector('.involvement')?.text.replace(/\s+/g, ' ').trim() ?? '';
        if (isParty(landId, record!.data.parties)) expect(note, `${landId}: ${id}`).toMatch(/^Vertragspartei/);
        else expect(note, `${landId}: ${id}`).toMatch(/^(Nicht selbst Vertragspartei: beteiligt über \S|Beitritt geplant)/);
        // Never because a party is merely located in the Land: the organisation named must be one the Land owns or owned.
        if (!isParty(landId, record!.data.parties) && note.startsWith('Nicht selbst'))
          for (const link of item.querySelectorAll('.involvement a')) {
            const org = organisations.get(link.getAttribute('href')!.split('/')[2]!);
            expect(
              org?.owners.some((owner) => owner.land === landId),
              `${landId}: ${id} über ${org?.id}`,
            ).toBe(true);
          }
      }
    }
  });
});
