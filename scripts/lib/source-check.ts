/**
 * Checks whether the web addresses of sources still answer, and for dead ones without an
 * archived copy looks up a snapshot in the Internet Archive. Used on demand by
 * `npm run check-sources`, never in the tests, which must not depend on the network.
 */

export interface SourceReference {
  url: string;
  archive?: string | undefined;
  title: string;
  /** Record file the source belongs to. */
  file: string;
}

export interface SourceResult {
  url: string;
  references: SourceReference[];
  ok: boolean;
  status?: number;
  error?: string;
  /** For a dead source without an archived copy: a snapshot to enter as `archive`. */
  archiveSuggestion?: string;
  /** Where to look for a snapshot by hand, when none was found. */
  archiveSearch?: string;
}

export interface CheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  /** Finds an archived snapshot of a URL; by default via the Internet Archive's API. */
  findSnapshot?: (url: string) => Promise<string | undefined>;
}

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'Kooperationsatlas-Quellenpruefung (+https://kooperationsatlas.de)' },
  });
  await response.body?.cancel();
  return response.status;
}

/** The Internet Archive's availability API: the snapshot closest to now, if there is one. */
export async function waybackSnapshot(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(`https://archive.org/wayback/available?url=${encodeURIComponent(url)}`, {
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { archived_snapshots?: { closest?: { available?: boolean; url?: string } } };
    const closest = body.archived_snapshots?.closest;
    return closest?.available && closest.url ? closest.url.replace(/^http:/, 'https:') : undefined;
  } catch {
    return undefined;
  }
}

async function checkOne(url: string, references: SourceReference[], options: Required<CheckOptions>): Promise<SourceResult> {
  let status: number | undefined;
  let error: string | undefined;
  try {
    status = await request(url, 'HEAD', options.timeoutMs);
    // Many servers do not answer HEAD properly; GET decides then.
    if (status >= 400) status = await request(url, 'GET', options.timeoutMs);
  } catch (cause) {
    error = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  }
  const ok = status !== undefined && status < 400;
  const result: SourceResult = { url, references, ok, ...(status === undefined ? {} : { status }), ...(error ? { error } : {}) };
  if (!ok && references.every((reference) => !reference.archive)) {
    const snapshot = await options.findSnapshot(url);
    if (snapshot) result.archiveSuggestion = snapshot;
    else result.archiveSearch = `https://web.archive.org/web/*/${url}`;
  }
  return result;
}

export async function checkSources(references: SourceReference[], options: CheckOptions = {}): Promise<SourceResult[]> {
  const settings: Required<CheckOptions> = { concurrency: 6, timeoutMs: 15_000, findSnapshot: waybackSnapshot, ...options };
  const byUrl = new Map<string, SourceReference[]>();
  for (const reference of references) byUrl.set(reference.url, [...(byUrl.get(reference.url) ?? []), reference]);
  const queue = [...byUrl.entries()];
  const results: SourceResult[] = [];
  const workers = Array.from({ length: Math.min(settings.concurrency, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await checkOne(next[0], next[1], settings));
  });
  await Promise.all(workers);
  return results.sort((a, b) => a.url.localeCompare(b.url));
}
