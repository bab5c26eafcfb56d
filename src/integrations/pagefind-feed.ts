/**
 * Hands the indexed pages to Pagefind one after the other in a fixed order, each from the
 * first place it can be read:
 * - as Astro renders it (src/integrations/pagefind.ts passes it on);
 * - from the incremental build's cache, for a page expected to be copied from there, so
 *   that an incremental build need not wait for the end to index the pages it keeps;
 * - from dist/, once Astro has written every page.
 *
 * Should Astro render a page after its cached copy went to Pagefind (the guess was wrong:
 * its code changed), the index is started over from dist/ when the build is done. So the
 * index always holds exactly the pages of this build, in the same order as in a cold
 * build, and is the same byte for byte.
 */
import { readFileSync } from 'node:fs';
import type { NewFileResponse, PagefindIndex } from 'pagefind';

/** A page to index, by its file in dist/; `cached` names its copy in the cache if Astro is expected to keep it. */
export interface PageSource {
  file: string;
  cached?: string | undefined;
}

/** Pages handed to Pagefind and not yet indexed: enough to keep its process busy, few enough not to pile up in memory. */
const MAX_IN_FLIGHT = 64;
/** Rendered pages held while an earlier page is not there yet; past this, they are read back from dist/ at the end. */
const MAX_HELD = 256;

export class PagefindFeed {
  #index: PagefindIndex;
  readonly #createIndex: () => Promise<PagefindIndex>;
  #order: PageSource[] = [];
  #wanted = new Set<string>();
  /** Rendered pages the feed has not reached yet; undefined content: read from dist/ at the end. */
  #held = new Map<string, string | undefined>();
  #heldPages = 0;
  #fromCache = new Set<string>();
  #next = 0;
  #inFlight = new Set<Promise<unknown>>();
  #added: Promise<NewFileResponse>[] = [];
  #waiting: (() => void)[] = [];
  #whenFed: (() => void)[] = [];
  #restart = false;
  #readFinished: ((file: string) => string | undefined) | undefined;

  constructor(index: PagefindIndex, createIndex: () => Promise<PagefindIndex>) {
    this.#index = index;
    this.#createIndex = createIndex;
  }

  get index(): PagefindIndex {
    return this.#index;
  }

  /** The pages of this build in the order Astro lists them. */
  start(pages: PageSource[]): void {
    this.#order = pages;
    this.#wanted = new Set(pages.map((page) => page.file));
    this.#pump();
  }

  /**
   * Resolves once every page has gone to Pagefind and been indexed, where that happens
   * before the end of the build (no page waits to be read from dist/).
   */
  fed(): Promise<void> {
    return new Promise((resolve) => {
      this.#whenFed.push(resolve);
      this.#checkFed();
    });
  }

  #checkFed(): void {
    if (this.#next < this.#order.length || this.#inFlight.size > 0) return;
    for (const resolve of this.#whenFed.splice(0)) resolve();
  }

  wants(file: string): boolean {
    return this.#wanted.has(file);
  }

  /** A page Astro has rendered. Resolves once Pagefind has room for more. */
  async rendered(file: string, html: string): Promise<void> {
    if (this.#fromCache.has(file)) this.#restart = true;
    const hold = this.#heldPages < MAX_HELD;
    if (hold) this.#heldPages++;
    this.#held.set(file, hold ? html : undefined);
    this.#pump();
    while (this.#inFlight.size >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  /**
   * Once every page is written: indexes the rest from dist/ (`read` gives a page's
   * content, undefined if Astro wrote none) and waits for Pagefind.
   */
  async finish(read: (file: string) => string | undefined): Promise<{ pages: number; restarted: boolean }> {
    this.#readFinished = read;
    await this.#drain();
    if (!this.#restart) return { pages: await this.#check(), restarted: false };
    await this.#index.deleteIndex();
    this.#index = await this.#createIndex();
    this.#added = [];
    this.#order = this.#order.map(({ file }) => ({ file }));
    this.#next = 0;
    this.#restart = false;
    await this.#drain();
    return { pages: await this.#check(), restarted: true };
  }

  async #drain(): Promise<void> {
    for (;;) {
      this.#pump();
      if (this.#inFlight.size === 0) return;
      await Promise.race(this.#inFlight);
    }
  }

  async #check(): Promise<number> {
    let pages = 0;
    for (const added of await Promise.all(this.#added)) {
      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      pages++;
    }
    return pages;
  }

  /** Hands on pages in order for as long as the next one is there and Pagefind has room. */
  #pump(): void {
    // After a wrong guess, everything is indexed again at the end.
    if (this.#restart) return;
    while (this.#next < this.#order.length && this.#inFlight.size < MAX_IN_FLIGHT) {
      const page = this.#order[this.#next]!;
      const held = this.#held.get(page.file);
      let content: string | undefined;
      if (held !== undefined) {
        content = held;
        this.#heldPages--;
      } else if (!this.#held.has(page.file) && page.cached) {
        content = readFileSync(page.cached, 'utf8');
        this.#fromCache.add(page.file);
      } else if (this.#readFinished) content = this.#readFinished(page.file);
      else return;
      this.#held.delete(page.file);
      this.#next++;
      if (content !== undefined) this.#add(page.file, content);
    }
  }

  #add(file: string, content: string): void {
    const added = this.#index.addHTMLFile({ sourcePath: file, content });
    this.#added.push(added);
    const settled = added.then(
      () => undefined,
      () => undefined,
    );
    this.#inFlight.add(settled);
    void settled.then(() => {
      this.#inFlight.delete(settled);
      this.#waiting.shift()?.();
      this.#pump();
      this.#checkFed();
    });
  }
}
