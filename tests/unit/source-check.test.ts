/** The on-demand source check, against a local server instead of the web. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../scripts/lib/source-check.ts';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/ok') response.statusCode = 200;
    else if (request.url === '/get-only') response.statusCode = request.method === 'HEAD' ? 405 : 200;
    else response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

describe('checkSources', () => {
  it('tells live from dead sources and suggests archived copies for the dead', async () => {
    const reference = (path: string, archive?: string) => ({ url: `${base}${path}`, title: path, file: 'a.mdx', archive });
    const results = await checkSources(
      [
        reference('/ok'),
        reference('/get-only'),
        reference('/gone'),
        reference('/gone'),
        reference('/archived', 'https://web.archive.org/web/2020/x'),
      ],
      { findSnapshot: async (url) => (url.endsWith('/gone') ? 'https://web.archive.org/web/2019/gone' : undefined) },
    );
    const byPath = Object.fromEntries(results.map((result) => [new URL(result.url).pathname, result]));
    expect(byPath['/ok']?.ok).toBe(true);
    expect(byPath['/get-only']?.ok).toBe(true);
    expect(byPath['/gone']).toMatchObject({ ok: false, status: 404, archiveSuggestion: 'https://web.archive.org/web/2019/gone' });
    expect(byPath['/gone']?.references).toHaveLength(2);
    expect(byPath['/archived']?.ok).toBe(false);
    expect(byPath['/archived']?.archiveSuggestion).toBeUndefined();
    expect(byPath['/archived']?.archiveSearch).toBeUndefined();
  });

  it('reports unreachable hosts without throwing', async () => {
    const [result] = await checkSources([{ url: 'http://127.0.0.1:1/nichts', title: 'x', file: 'a.mdx' }], {
      findSnapshot: async () => undefined,
    });
    expect(result).toMatchObject({ ok: false, archiveSearch: 'https://web.archive.org/web/*/http://127.0.0.1:1/nichts' });
    expect(result?.archiveSuggestion).toBeUndefined();
    expect(result?.error).toBeTruthy();
  });
});
