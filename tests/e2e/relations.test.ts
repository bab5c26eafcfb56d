/**
 * Every link works both ways: from an agreement to its parties, Länder, topics and
 * related agreements, and from each of those back to the agreement.
 */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../src/lib/registry-from-files.ts';
import { urls } from '../../src/lib/urls.ts';
import { readPage } from './site.ts';

const { registry } = registryFromFiles();

function linksOn(path: string): Set<string> {
  return new Set(readPage(path).querySelectorAll('main a[href]').map((link) => link.getAttribute('href')!));
}

describe.each(registry.agreements.map((agreement) => [agreement.id, agreement] as const))('%s', (_id, agreement) => {
  const page = urls.agreement(agreement.id);
  const links = linksOn(page);
  const others = [
    ...agreement.parties.map(({ actor }) => (actor.kind === 'land' ? urls.land(actor.id) : urls.organisation(actor.id))),
    ...agreement.laender.map((involvement) => urls.land(involvement.land.id)),
    ...agreement.topics.map((topic) => urls.topic(topic.id)),
    ...agreement.relations.map((relation) => urls.agreement(relation.other.id)),
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
