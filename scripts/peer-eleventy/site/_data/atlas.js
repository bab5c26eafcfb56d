/**
 * All records, read and checked the way the atlas reads them (the validator's parser and
 * schemas, then the derivations of registry-core: parties, Länder by path, relations),
 * and the page lists Eleventy paginates over. Bodies go through markdown-it, Eleventy's
 * own Markdown renderer.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import markdownIt from 'markdown-it';
import { registryFromFiles } from '../../../lib/registry-from-files.ts';
import { paginate, PAGE_SIZE, PREVIEW_SIZE } from '../../../../src/lib/pagination.ts';
import { agreementToV1, collection } from '../../../../src/open-data/api.ts';
import { comparisonPages, comparisonsOfRegistry } from '../../../../src/lib/compare.ts';

export default function () {
  const root = resolve(process.env.ATLAS_ROOT ?? '.');
  const { registry, diagnostics } = registryFromFiles({ root });
  if (diagnostics.length > 0) throw new Error(`${diagnostics.length} problems in the records`);
  const md = markdownIt({ html: false, linkify: false });
  const bodies = new Map(
    registry.agreements.map((agreement) => {
      const text = readFileSync(join(root, agreement.record.filePath), 'utf8');
      return [agreement.id, md.render(text.slice(text.indexOf('\n---', 3) + 4))];
    }),
  );

  // Every paginated list: all agreements, per Land, organisation, topic and year, 50 a page.
  const lists = [];
  const addList = (base, title, items, involvement) => {
    for (const page of paginate(items, PAGE_SIZE)) {
      lists.push({
        base,
        title,
        number: page.number,
        total: page.total,
        count: items.length,
        items: page.items,
        involvement,
        url: page.number === 1 ? base : `${base}seite/${page.number}/`,
      });
    }
  };
  addList(
    '/vereinbarungen/',
    'Alle Vereinbarungen',
    registry.agreements.map((agreement) => ({ agreement })),
  );
  for (const land of registry.laender)
    addList(
      `/laender/${land.id}/vereinbarungen/`,
      `Vereinbarungen mit Beteiligung von ${land.name}`,
      registry.agreementsOfLand(land.id),
      true,
    );
  for (const org of registry.organisations)
    addList(
      `/organisationen/${org.id}/vereinbarungen/`,
      `Vereinbarungen von ${org.name}`,
      registry.agreementsOfOrganisation(org.id).map((agreement) => ({ agreement })),
    );
  for (const topic of registry.topics)
    addList(
      `/themen/${topic.id}/vereinbarungen/`,
      `Vereinbarungen zum Thema ${topic.label}`,
      registry.agreementsOfTopic(topic.id).map((agreement) => ({ agreement })),
    );
  for (const year of registry.years)
    addList(
      `/zeitleiste/${year}/`,
      `Vereinbarungen ${year}`,
      registry.agreementsOfYear(year).map((agreement) => ({ agreement })),
    );

  const context = { registry, lastChanged: () => undefined, dataVersion: { commit: null, date: new Date() } };
  const json = JSON.stringify(
    collection(
      context,
      registry.agreements.map((agreement) => agreementToV1(context, agreement.id)),
    ),
  );
  // Every pair of Länder or organisations sharing an agreement, as on the atlas's /vergleich/ pages.
  // As in the atlas: every pair sharing an agreement is linked, pairs sharing two or more have a page.
  const comparisons = comparisonsOfRegistry(registry);
  return { registry, bodies, lists, json, comparisons, comparisonPages: comparisonPages(registry), PREVIEW_SIZE };
}
