/**
 * Serves a built site (dist/) on a free local port with Astro's own preview server,
 * so that tests and tools see the site exactly as `npm run preview` shows it.
 */
import { preview } from 'astro';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

export async function serveBuiltSite(root = process.cwd()): Promise<RunningServer> {
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
