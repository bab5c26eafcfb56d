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
    ...agreement.solutions.map(({ solution }) => urls.solution(solution.id)),
    ...agreement.founded.map((org) => urls.organisation(org.id)),
  ];

  it.each(others)('links to %s, which links back', (other) => {
    expect(links.has(other)).toBe(true);
    expect(linksOn(other).has(page), `${other} verweist nicht auf ${page}`).toBe(true);
  });
});

describe('relations between agreements', () => {
  it('show both directions with their own labels', () => {
    for (const agreement of registry.agreements) {
      const text = readPage(urls.agreement(agreement.id)).text.replace(/\s+/g, ' ');
      for (const relation of agreement.relations) expect(text).toContain(`${relation.label}: ${relation.other.data.title}`);
    }
  });

  it('show on a Land page, for each agreement, whether the Land is a party or only involved through an organisation', () => {
    for (const land of registry.laender) {
      const items = readPage(urls.land(land.id)).querySelectorAll('.record-list > li');
      for (const item of items) {
        const href = item.querySelector('.record-title a')?.getAttribute('href');
        const involvement = registry.agreementsOfLand(land.id).find(({ agreement }) => urls.agreement(agreement.id) === href)?.involvement;
        expect(involvement, `${land.id}: ${href}`).toBeDefined();
        const note = item.querySelector('.involvement')?.text.replace(/\s+/g, ' ') ?? '';
        if (involvement!.direct) expect(note).toMatch(/^Vertragspartei/);
        else if (involvement!.via.length > 0) {
          expect(note).toMatch(/^Nicht selbst Vertragspartei: beteiligt über/);
          for (const org of involvement!.via) expect(note).toContain(org.shortName ?? org.name);
        } else expect(note).toMatch(/Beitritt geplant/);
      }
    }
  });
});
