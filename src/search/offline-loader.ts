/**
 * Search in the offline export, opened from disk (file://). Browsers refuse fetch() and
 * module scripts there, which Pagefind relies on. The export therefore ships Pagefind as
 * a classic script (global `PagefindLib`) and every index file as a small classic script
 * that registers its bytes; this loader answers Pagefind's fetch() calls from them,
 * loading each file only when Pagefind asks for it, as it would online.
 *
 * Bundled into a classic script by scripts/export.ts; it provides the environment the
 * search page's own script picks up (see src/pages/suche/index.astro).
 */
import { OFFLINE_DATA_DIR } from './offline-paths.ts';
import { pagefindPair, type PagefindModule, type SearchEnvironment } from './search-ui.ts';

declare global {
  interface Window {
    PagefindLib?: PagefindModule;
    __pagefindFiles?: Record<string, string>;
    kooperationsatlasOfflineSearch?: SearchEnvironment;
  }
}

const script = document.currentScript as HTMLScriptElement;
// The loader lives in <export>/pagefind-offline/loader.js: the export's root is one up.
const exportRoot = new URL('../', script.src);
const pagefindBase = new URL('pagefind/', exportRoot).href;
const dataBase = new URL(`${OFFLINE_DATA_DIR}/`, exportRoot).href;
const files = (window.__pagefindFiles ??= {});
const loading = new Map<string, Promise<void>>();

function loadFile(path: string): Promise<void> {
  if (path in files) return Promise.resolve();
  let promise = loading.get(path);
  if (!promise) {
    promise = new Promise<void>((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = `${dataBase}${path}.js`;
      tag.onload = () => resolve();
      tag.onerror = () => reject(new Error(`Suchindex-Datei fehlt: ${path}`));
      document.head.append(tag);
    });
    loading.set(path, promise);
  }
  return promise;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const networkFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
  if (!url.startsWith(pagefindBase)) return networkFetch(input, init);
  const path = decodeURIComponent(url.slice(pagefindBase.length).split(/[?#]/)[0] ?? '');
  await loadFile(path);
  return new Response(bytesOf(files[path]!), { status: 200 });
};

window.kooperationsatlasOfflineSearch = {
  async loadPagefind() {
    const module = window.PagefindLib;
    if (!module) throw new Error('Pagefind fehlt in der Offline-Fassung');
    // No worker: it would fetch on its own, past this loader. Both instances share the
    // files this loader has read.
    return pagefindPair(module, { basePath: pagefindBase }, { worker: false });
  },
  // Result URLs are site paths ("/vereinbarungen/x/"); on disk they are folders' index.html.
  resultHref: (result) => new URL(`${(result.raw_url ?? result.url).replace(/^\//, '')}index.html`, exportRoot).href,
};
