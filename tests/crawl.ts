/**
 * Crawls a served site from its home page, following every internal link (linkinator), as
 * the link tests do for the real site (tests/e2e/links.test.ts) and a larger synthetic
 * one (tests/build/scale.test.ts).
 */
import { check, LinkState, type LinkResult } from 'linkinator';

export interface Crawl {
  /** Every link that gave no answer or an error, with the page it is on and why. */
  broken: string[];
  /** The paths of every page the crawl reached. */
  reached: Set<string>;
}

/** Why a request failed without an answer (Status 0), such as a closed connection. */
function failure(link: LinkResult): string {
  const error = link.failureDetails?.find((detail): detail is Error => detail instanceof Error);
  if (!error) return '';
  return `: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`;
}

export async function crawl(baseUrl: string, { checkFragments = false } = {}): Promise<Crawl> {
  const result = await check({
    path: `${baseUrl}/`,
    recurse: true,
    checkFragments,
    concurrency: 8,
    // External sources are checked on demand (npm run check-sources), never in tests.
    linksToSkip: async (link) => !link.startsWith(baseUrl),
    // A request the server dropped without answering (a kept-alive connection it closed
    // as it was reused, on a machine busy with other tests) is asked again; a link that
    // answers with a missing page (404) is broken at once.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 500,
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (Status ${link.status ?? '–'}${failure(link)}) auf ${link.parent ?? '?'}`),
    reached: new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname)),
  };
}
