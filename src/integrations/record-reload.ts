/**
 * Vite plugin for `npm run dev`: the agreement records are read by the registry itself,
 * not through Astro's content layer (src/content-loaders/agreements.ts), so Vite does not
 * know that pages depend on them. When a record file is added, changed or removed, every
 * server-side module is evaluated again (the registry reads the files anew) and the
 * browser reloads the page.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { AGREEMENT_EXTENSION, CONTENT_PATHS } from '../lib/content-paths.ts';

export function recordReload(): Plugin {
  return {
    name: 'kooperationsatlas:record-reload',
    apply: 'serve',
    configureServer(server) {
      const folder = join(server.config.root, CONTENT_PATHS.agreements);
      server.watcher.add(folder);
      const reload = (path: string) => {
        if (dirname(path) !== folder || !path.endsWith(AGREEMENT_EXTENSION)) return;
        for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}
