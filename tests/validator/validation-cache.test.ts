/**
 * The validation cache (src/validation/cache.ts) may only save time: with it, every run
 * reports exactly what a run without it reports, however files changed in between.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { VALIDATOR_PACKAGES, VALIDATOR_SOURCES, validationCachePath, validatorVersion } from '../../src/validation/cache.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes } from './helpers.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
/** Two records of this test, the newer related to the older: the pair the tests change, whatever records the corpus holds. */
const AGREEMENT_ID = 'cache-neuere';
const OLDER_ID = 'cache-aeltere';
const AGREEMENT = `${CONTENT_PATHS.agreements}/${AGREEMENT_ID}.mdx`;
/** Related to by AGREEMENT, in its first relation. */
const OLDER = `${CONTENT_PATHS.agreements}/${OLDER_ID}.mdx`;

/** A copy of the real records with the pair added. */
function projectWithPair(): string {
  const root = copyOfRealContent();
  const valid = fixtureBytes('valid-minimal.mdx').toString('utf8');
  addRecord(root, `${OLDER_ID}.mdx`, valid);
  addRecord(
    root,
    `${AGREEMENT_ID}.mdx`,
    valid.replace('sources:', `related:\n  - agreement: ${OLDER_ID}\n    relation: baut-auf\nsources:`),
  );
  return root;
}

const cached = (root: string) => validateContent({ root, cache: true });
const uncached = (root: string) => validateContent({ root });

/** The problems a cached run finds, after checking that a run without the cache finds the same. */
function sameWithAndWithoutCache(root: string) {
  const diagnostics = cached(root).diagnostics;
  expect(diagnostics).toEqual(uncached(root).diagnostics);
  return diagnostics;
}

/** A problem reported in this file, at this line, in this field. */
const problemAt = (file: string, line: number, field: string, message: RegExp) =>
  expect.objectContaining({ file, line, field, message: expect.stringMatching(message) });

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/** A project whose cache holds every real agreement and the pair (a first run wrote it). */
function warmProject(): string {
  const root = projectWithPair();
  expect(cached(root).diagnostics).toEqual([]);
  expect(existsSync(validationCachePath(root))).toBe(true);
  return root;
}

describe('validation cache', () => {
  it('returns the same diagnostics and content as a run without it, cold and warm', () => {
    const root = copyOfRealContent();
    addRecord(root, 'unknown-organisation.mdx');
    addRecord(root, 'impossible-date.mdx');
    const reference = uncached(root);
    expect(reference.diagnostics.length).toBeGreaterThan(0);
    const cold = cached(root);
    const warm = cached(root);
    for (const run of [cold, warm]) {
      expect(run.diagnostics).toEqual(reference.diagnostics);
      expect(run.fileCount).toBe(reference.fileCount);
      expect(run.content).toStrictEqual(reference.content);
    }
  });

  it('reports an error in a file that was cached as valid, at its line', () => {
    const root = warmProject();
    edit(root, AGREEMENT, (text) => text.replace(/^kind: .*$/m, 'kind: vertrag'));
    const diagnostics = sameWithAndWithoutCache(root);
    expect(diagnostics).toContainEqual(problemAt(AGREEMENT, 3, 'kind', /„vertrag“ ist hier nicht erlaubt/));
    // And again from the cache written by that run: a file with a problem is never kept.
    expect(cached(root).diagnostics).toEqual(diagnostics);
  });

  it('reports a reference from a cached file to a record that is gone, at its line', () => {
    const root = warmProject();
    rmSync(join(root, OLDER));
    const diagnostics = sameWithAndWithoutCache(root);
    // The line of the reference, wherever the record has it.
    const line =
      readFileSync(join(root, AGREEMENT), 'utf8')
        .split('\n')
        .findIndex((text) => new RegExp(`agreement: ${OLDER_ID}\\b`).test(text)) + 1;
    expect(diagnostics).toContainEqual(problemAt(AGREEMENT, line, 'related[0].agreement', new RegExp(`Unbekannte Kennung „${OLDER_ID}“`)));
  });

  it('reports a cycle and a duplicate relation that a changed file makes with a cached one', () => {
    const root = warmProject();
    edit(root, OLDER, (text) =>
      text.replace('\nsources:\n', `\nrelated:\n  - agreement: ${AGREEMENT_ID}\n    relation: ersetzt\nsources:\n`),
    );
    const diagnostics = sameWithAndWithoutCache(root);
    // The cycle is reported in both records, the cached one included; the relation written
    // twice, once, in one of them, naming the other.
    for (const file of [AGREEMENT, OLDER]) {
      expect(diagnostics).toContainEqual(expect.objectContaining({ file, message: expect.stringMatching(/führen im Kreis/) }));
    }
    const twice = diagnostics.filter((diagnostic) => /ist schon in .* erfasst/.test(diagnostic.message));
    expect(twice).toHaveLength(1);
    const [file, other] = twice[0]!.file === OLDER ? [OLDER, AGREEMENT] : [AGREEMENT, OLDER];
    expect(twice[0]).toEqual(expect.objectContaining({ file, message: expect.stringContaining(`ist schon in ${other} erfasst`) }));
  });

  it('is not used by another validator, Node or day', () => {
    const today = validatorVersion(PROJECT, '2026-11-23');
    expect(validatorVersion(PROJECT, '2026-11-23')).toBe(today);
    expect(validatorVersion(PROJECT, '2026-11-24')).not.toBe(today);
  });

  it('depends on every source file and package the validator imports', async () => {
    const result = await build({
      entryPoints: [join(PROJECT, 'scripts', 'validate.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      outdir: join(PROJECT, 'dist-validator-imports'),
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const local = inputs.filter((input) => !input.includes('node_modules/') && input.startsWith('src/'));
    const packages = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []));
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((input) => !VALIDATOR_SOURCES.some((dir) => input.startsWith(`${dir}/`)))).toEqual([]);
    expect([...packages].filter((name) => !VALIDATOR_PACKAGES.includes(name))).toEqual([]);
  });
});
