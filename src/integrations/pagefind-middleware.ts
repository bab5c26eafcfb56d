/**
 * Build-time middleware of the Pagefind integration (src/integrations/pagefind.ts): hands
 * each page that Pagefind indexes to it as soon as Astro has rendered it, so that the
 * indexing runs in Pagefind's own process while Astro renders the remaining pages, instead
 * of reading all pages back from disk once the build is done.
 */
import { defineMiddleware } from 'astro:middleware';
import { pagefindSink } from './pagefind.ts';
import { withoutBase } from '../lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pagefindSink();
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.includes('text/html')) return response;
  const sourcePath = `${withoutBase(context.url.pathname).replace(/^\//, '')}index.html`;
  if (!sink.wants(sourcePath)) return response;
  const html = await response.text();
  await sink.add(sourcePath, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
