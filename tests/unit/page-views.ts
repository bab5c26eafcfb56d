/**
 * Every page's view model over a registry, as the routes build them: for tests that check
 * what any page says (tests/unit/statement-basis.test.ts, tests/unit/page-views.test.ts).
 */
import { agreementPage } from '../../src/lib/agreement-page.ts';
import { listPaths } from '../../src/lib/agreement-lists.ts';
import { agreementTablePages } from '../../src/lib/agreement-table.ts';
import { comparisonPages } from '../../src/lib/compare.ts';
import { comparisonPage } from '../../src/lib/comparison-page.ts';
import { landPage } from '../../src/lib/land-page.ts';
import { organisationPage } from '../../src/lib/organisation-page.ts';
import type { Registry } from '../../src/lib/registry-core.ts';
import { solutionPage } from '../../src/lib/solution-page.ts';
import { statePage } from '../../src/lib/state-page.ts';
import { timeline } from '../../src/lib/timeline.ts';
import { topicPage } from '../../src/lib/topic-page.ts';

export function allPageViews(registry: Registry, year = 2026): [string, unknown][] {
  const years = registry.stateYears(year);
  return [
    ...registry.agreements.map((agreement): [string, unknown] => [`/vereinbarungen/${agreement.id}/`, agreementPage(registry, agreement)]),
    ...registry.laender.map((land): [string, unknown] => [`/laender/${land.id}/`, landPage(registry, land)]),
    ...registry.organisations.map((org): [string, unknown] => [`/organisationen/${org.id}/`, organisationPage(registry, org)]),
    ...registry.topics.map((topic): [string, unknown] => [`/themen/${topic.id}/`, topicPage(registry, topic)]),
    ...registry.solutions.map((solution): [string, unknown] => [`/loesungen/${solution.id}/`, solutionPage(registry, solution)]),
    ...comparisonPages(registry).map((pair): [string, unknown] => [
      `/vergleich/${pair.a.key}/${pair.b.key}/`,
      comparisonPage(registry, pair),
    ]),
    ...years.map((entry): [string, unknown] => [`/stand/${entry}/`, statePage(registry, entry, years)]),
    ...(['land', 'organisation', 'topic'] as const).flatMap((kind) =>
      listPaths(registry, kind).map((path): [string, unknown] => [
        `list:${kind}:${path.params.id}:${path.params.page ?? 1}`,
        path.props.view,
      ]),
    ),
    ...agreementTablePages(
      registry.agreements.map((agreement) => ({ agreement })),
      (page) => `/vereinbarungen/seite/${page}/`,
    ).map((table): [string, unknown] => [`/vereinbarungen/${table.page.number}`, table]),
    ...(['land', 'dienstleister'] as const).map((grouping): [string, unknown] => [
      `/verlauf/${grouping}/`,
      timeline(registry, grouping, `${year}-12-01`),
    ]),
  ];
}
