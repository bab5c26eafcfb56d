/**
 * npm run bench-changes [-- --records 1000 --commits 3000]
 *
 * How fast the change history is derived from a long Git history: writes synthetic
 * records (scripts/lib/synthetic.ts) into a temporary Git repository, adds a history of
 * commits that each change one to three records (status, summary, title, sources, text)
 * with `git fast-import`, and measures reading the log, reading every version of the
 * files, and putting every change into words. Prints a Markdown table; docs/benchmarks.md
 * records the results with the machine.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeChange, readChangeLog } from '../src/lib/change-log.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    commits: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
  },
});
const records = Number(values.records);
const commitCount = Number(values.commits);
const runs = Number(values.runs);

/** A small deterministic generator, so that every run measures the same history. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-bench-changes-'));
try {
  writeSyntheticContent(root, { agreements: records, seed: 7 });
  const dir = CONTENT_PATHS.agreements;
  const files = new Map(
    readdirSync(join(root, dir)).map((name) => [`${dir}/${name}`, readFileSync(join(root, dir, name), 'utf8')] as const),
  );

  // The whole history as one fast-import stream: the records, then commits that edit them.
  const next = random(11);
  const chunks: Buffer[] = [];
  const data = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  let time = Date.UTC(2020, 0, 1) / 1000;
  // Each commit continues the branch; fast-import needs no parent for that.
  const commit = (message: string, changed: [string, string][]) => {
    chunks.push(Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@example.org> ${time} +0100\n`));
    data(message);
    for (const [path, text] of changed) {
      chunks.push(Buffer.from(`M 100644 inline ${path}\n`));
      data(text);
    }
    time += 3600 * 7;
  };
  commit('Records', [...files]);
  const paths = [...files.keys()];
  const edits: ((text: string, n: number) => string)[] = [
    (text, n) =>
      text.replace(/^summary: (.*)$/m, (_line, summary: string) => `summary: ${summary.replace(/ \(Fassung \d+\)$/, '')} (Fassung ${n})`),
    (text) => text.replace(/^status: unterzeichnet$/m, 'status: in-kraft'),
    (text, n) =>
      text.replace(
        /^sources:\n/m,
        `sources:\n  - url: https://example.org/nachtrag/${n}\n    title: Nachtrag ${n}\n    publisher: Beispielverlag\n`,
      ),
    (text, n) => `${text.trimEnd()}\n\nErgänzung ${n}.\n`,
    (text, n) =>
      text.replace(/^title: (.*)$/m, (_line, title: string) => `title: ${title.replace(/ – berichtigt \d+$/, '')} – berichtigt ${n}`),
  ];
  for (let n = 1; n <= commitCount; n++) {
    const changed: [string, string][] = [];
    for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
      const path = paths[Math.floor(next() * paths.length)]!;
      const text = edits[Math.floor(next() * edits.length)]!(files.get(path)!, n);
      files.set(path, text);
      changed.push([path, text]);
    }
    commit(`Change ${n}`, changed);
  }
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: Buffer.concat(chunks), maxBuffer: 1024 * 1024 * 1024 });

  const measure = (cache: boolean) => {
    const started = performance.now();
    const log = readChangeLog(root, { cache });
    const read = performance.now();
    const lines = log.changes.reduce((sum, change) => sum + describeChange(change).length, 0);
    const done = performance.now();
    return { changes: log.changes.length, lines, readSeconds: (read - started) / 1000, wordsSeconds: (done - read) / 1000 };
  };
  const seconds = (value: number) => value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const median = (results: ReturnType<typeof measure>[], pick: (result: ReturnType<typeof measure>) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const cold = Array.from({ length: runs }, () => measure(false));
  // With the cache of versions (.astro/cache/record-versions.bin): a first build fills it, later ones read it.
  measure(true);
  const warm = Array.from({ length: runs }, () => measure(true));
  console.log(`Änderungen aus der Git-Geschichte (${cpus().length} Kerne, Median aus ${runs} Läufen)\n`);
  console.log('| Einträge | Commits | Änderungen | Zeilen | Zwischenstand | Git lesen, Fassungen parsen | in Worte fassen | zusammen |');
  console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
  for (const [label, results] of [
    ['ohne', cold],
    ['aus dem vorigen Build', warm],
  ] as const) {
    console.log(
      `| ${records} | ${commitCount + 1} | ${results[0]!.changes} | ${results[0]!.lines} | ${label} | ${seconds(median(results, (r) => r.readSeconds))} s | ${seconds(median(results, (r) => r.wordsSeconds))} s | ${seconds(median(results, (r) => r.readSeconds + r.wordsSeconds))} s |`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
