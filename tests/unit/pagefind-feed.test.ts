/**
 * The order in which pages reach Pagefind decides its index, so the feed hands them on in
 * Astro's order of paths whatever order they are rendered in, takes a page Astro keeps
 * from the cache, reads the rest from dist/ at the end, and starts over when a page it
 * took from the cache is rendered after all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewFileResponse, PagefindIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { PagefindFeed, type PageSource } from '../../src/integrations/pagefind-feed.ts';

/** An index that records what it is given, answering after a tick like Pagefind's process. */
function fakeIndex(log: string[][]) {
  const added: string[] = [];
  log.push(added);
  const index = {
    addHTMLFile: async ({ sourcePath, content }: { sourcePath: string; content: string }) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      added.push(`${sourcePath}=${content}`);
      return { errors: [], file: { url: sourcePath, meta: {}, uniqueWords: 1 } } as NewFileResponse;
    },
    deleteIndex: async () => undefined,
  };
  return index as unknown as PagefindIndex;
}

function feedWith(log: string[][]) {
  return new PagefindFeed(fakeIndex(log), async () => fakeIndex(log));
}

const pages = (...files: string[]): PageSource[] => files.map((file) => ({ file }));

describe('Pagefind feed', () => {
  it('hands pages on in the given order, whatever order they are rendered in', async () => {
    const log: string[][] = [];
    const feed = feedWith(log);
    feed.start(pages('a', 'b', 'c'));
    await Promise.all([feed.rendered('c', 'C'), feed.rendered('a', 'A'), feed.rendered('b', 'B')]);
    const { pages: count, restarted } = await feed.finish(() => undefined);
    expect(log).toEqual([['a=A', 'b=B', 'c=C']]);
    expect({ count, restarted }).toEqual({ count: 3, restarted: false });
  });

  it('takes a kept page from the cache, and a page nobody rendered from dist/ at the end', async () => {
    const log: string[][] = [];
    const cached = join(mkdtempSync(join(tmpdir(), 'pagefind-feed-')), 'b.html');
    writeFileSync(cached, 'B from the cache');
    const feed = feedWith(log);
    feed.start([{ file: 'a' }, { file: 'b', cached }, { file: 'c' }, { file: 'd' }]);
    await feed.rendered('a', 'A');
    await feed.rendered('d', 'D');
    await feed.finish((file) => (file === 'c' ? 'C from dist' : undefined));
    expect(log).toEqual([['a=A', 'b=B from the cache', 'c=C from dist', 'd=D']]);
  });

  it('starts over from dist/ when a page it took from the cache is rendered after all', async () => {
    const log: string[][] = [];
    const cached = join(mkdtempSync(join(tmpdir(), 'pagefind-feed-')), 'a.html');
    writeFileSync(cached, 'old A');
    const feed = feedWith(log);
    feed.start([{ file: 'a', cached }, { file: 'b' }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await feed.rendered('a', 'new A');
    await feed.rendered('b', 'B');
    const { restarted } = await feed.finish((file) => ({ a: 'new A', b: 'B' })[file]);
    expect(restarted).toBe(true);
    expect(log.at(-1)).toEqual(['a=new A', 'b=B']);
  });

  it('says when every page is in, so that the index can be written before the build ends', async () => {
    const log: string[][] = [];
    const feed = feedWith(log);
    feed.start(pages('a', 'b'));
    let fed = false;
    void feed.fed().then(() => (fed = true));
    await feed.rendered('a', 'A');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fed).toBe(false);
    await feed.rendered('b', 'B');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fed).toBe(true);
  });
});
