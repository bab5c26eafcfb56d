/**
 * Every link works both ways: from an agreement to its parties, Länder, topics and
 * related agreements, and from each of those back to the agreement.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readPage } from './site.ts';

/*
 * The expectations come from the record files and literal URLs, not from the registry
 * and URL helpers that build the pages: a bug there must not move the expectation along.
 */
const { content } = validateContent();
const agreementUrl = (id: string) => `/vereinbarungen/${id}/`;

function linksOn(path: string): Set<string> {
  return new Set(readPage(path).querySelectorAll('main a[href]').map((link) => link.getAttribute('href')!));
}

describe.each([...content.agreements.values()].map((record) => [record.id, record] as const))('%s', (id, { data }) => {
  const page = agreementUrl(id);
  const links = linksOn(page);
  const incoming = [...content.agreements.values()]
    .filter((other) => other.data.related.some((related) => related.agreement === id))
    .map((other) => agreementUrl(other.id));
  const others = [
    ...data.parties.map((party) => (party.org ? `/organisationen/${party.org}/` : `/laender/${party.land}/`)),
    ...data.topics.map((topic) => `/themen/${topic}/`),
    ...data.related.map((related) => agreementUrl(related.agreement)),
    ...incoming,
  ];

  it.each(others)('links to %s, which links back', (other) => {
    expect(links.has(other)).toBe(true);
    expect(linksOn(other).has(page), `${other} verweist nicht auf ${page}`).toBe(true);
  });
});

describe('relations between agreements', () => {
  it('show both directions with their own labels', () => {
    const declaration = readPage('/vereinbarungen/berlin-brandenburg-mv-erklaerung-it-dienstleister-2013/').text;
    const implementation = readPage('/vereinbarungen/dvz-itdz-zit-bb-kooperation-2013/').text;
    expect(declaration).toMatch(/Umgesetzt durch: Kooperationsvereinbarung der IT-Dienstleister DVZ M-V, ITDZ Berlin und ZIT-BB/);
    expect(implementation).toMatch(/Setzt um: Gemeinsame Erklärung von Berlin, Brandenburg und Mecklenburg-Vorpommern/);
  });

  it('show on a Land page what its providers agreed, with the path', () => {
    const hamburg = readPage('/laender/hamburg/');
    const entry = hamburg.querySelectorAll('.record-list > li').find((item) => item.text.includes('IT.Niedersachsen und Dataport'));
    expect(entry?.text).toMatch(/Beteiligt\s+über\s+Dataport/);
  });
});
