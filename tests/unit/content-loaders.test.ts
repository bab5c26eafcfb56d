/**
 * Astro's loaders and the validator see the same files, read the same way: the loaders
 * run here against a fake loader context (a Map as the store, the zod schema as
 * parseData), on the same temporary project the validator checks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readAgreementRecords } from '../../src/content-loaders/agreements.ts';
import { yamlFolderLoader, yamlListLoader } from '../../src/content-loaders/reference-data.ts';
import { CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } from '../../src/lib/content-paths.ts';
import { landSchema } from '../../src/schemas/land.ts';
import { solutionSchema } from '../../src/schemas/solution.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { addRecord, copyOfRealContent, fixtureBytes } from '../validator/helpers.ts';

async function runLoader(loader: Loader, root: string, schema: z.ZodType): Promise<Map<string, { data: unknown }>> {
  const store = new Map<string, { data: unknown; digest?: string }>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string; data: unknown; digest?: string }) => {
        store.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
      clear: () => store.clear(),
    },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} },
  } as unknown as LoaderContext;
  await loader.load(context);
  return store;
}

const loadAll = async (root: string) => ({
  agreements: new Map(readAgreementRecords(root).map((record) => [record.id, record])),
  organisations: await runLoader(yamlFolderLoader(CONTENT_PATHS.organisations, ORGANISATION_EXTENSION), root, organisationSchema),
  laender: await runLoader(yamlListLoader(CONTENT_PATHS.laender), root, landSchema),
  topics: await runLoader(yamlListLoader(CONTENT_PATHS.topics), root, topicSchema),
  solutions: await runLoader(yamlFolderLoader(CONTENT_PATHS.solutions, SOLUTION_EXTENSION), root, solutionSchema),
});

const valid = () => fixtureBytes('valid-minimal.mdx').toString('utf8');

describe('one set of files', () => {
  it('the loaders build exactly the records the validator accepts', async () => {
    const root = copyOfRealContent();
    addRecord(root, 'weitere-vereinbarung.mdx', valid());
    const validated = validateContent({ root });
    expect(validated.diagnostics).toEqual([]);
    const loaded = await loadAll(root);
    expect([...loaded.agreements.keys()].sort()).toEqual([...validated.content.agreements.keys()].sort());
    expect([...loaded.organisations.keys()].sort()).toEqual([...validated.content.organisations.keys()].sort());
    expect([...loaded.laender.keys()].sort()).toEqual([...validated.content.laender.keys()].sort());
    expect([...loaded.topics.keys()].sort()).toEqual([...validated.content.topics.keys()].sort());
    expect([...loaded.solutions.keys()].sort()).toEqual([...validated.content.solutions.keys()].sort());
  });

  const badNames: { name: string; dir: string; message: RegExp }[] = [
    { name: '.versteckt.mdx', dir: CONTENT_PATHS.agreements, message: /mit einem Punkt beginnt.*„versteckt\.mdx“/ },
    { name: '.#entwurf.mdx', dir: CONTENT_PATHS.agreements, message: /mit einem Punkt beginnt/ },
    { name: 'mit leerzeichen.mdx', dir: CONTENT_PATHS.agreements, message: /keine gültige Kennung.*Vorschlag: „mit-leerzeichen\.mdx“/ },
    { name: 'GROSS-geschrieben.mdx', dir: CONTENT_PATHS.agreements, message: /keine gültige Kennung.*Vorschlag: „gross-geschrieben\.mdx“/ },
    { name: 'notiz.md', dir: CONTENT_PATHS.agreements, message: /nur \.mdx-Dateien.*gefunden: „\.md“/ },
    { name: 'entwurf.MDX', dir: CONTENT_PATHS.agreements, message: /nur \.mdx-Dateien/ },
    { name: '.alt.yaml', dir: CONTENT_PATHS.organisations, message: /mit einem Punkt beginnt/ },
    { name: 'Neue Organisation.yaml', dir: CONTENT_PATHS.organisations, message: /keine gültige Kennung.*„neue-organisation\.yaml“/ },
    { name: 'itdz.yml', dir: CONTENT_PATHS.organisations, message: /nur \.yaml-Dateien/ },
  ];

  it.each(badNames)('$dir/$name is reported by the validator and refused by the build’s reader', async ({ name, dir, message }) => {
    const root = copyOfRealContent();
    const content = dir === CONTENT_PATHS.agreements ? valid() : 'name: Test\nkind: sonstige\ndescription: Test.\n';
    writeFileSync(join(root, dir, name), content);
    const file = `${dir}/${name}`;
    const { diagnostics, content: validContent } = validateContent({ root });
    expect(diagnostics).toEqual([expect.objectContaining({ file, line: 1, message: expect.stringMatching(message) })]);
    // Nothing else is lost: every real record is still valid.
    expect(validContent.agreements.size).toBe(validateContent().content.agreements.size);
    if (dir === CONTENT_PATHS.agreements) expect(() => readAgreementRecords(root)).toThrow(file);
    else
      await expect(
        runLoader(yamlFolderLoader(CONTENT_PATHS.organisations, ORGANISATION_EXTENSION), root, organisationSchema),
      ).rejects.toThrow(file);
  });

  it('a folder inside a content folder is reported, not silently skipped', async () => {
    const root = copyOfRealContent();
    mkdirSync(join(root, CONTENT_PATHS.agreements, 'entwuerfe'));
    writeFileSync(join(root, CONTENT_PATHS.agreements, 'entwuerfe', 'neu.mdx'), valid());
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: `${CONTENT_PATHS.agreements}/entwuerfe`, message: expect.stringMatching(/keine Unterordner/) }),
    ]);
    expect(() => readAgreementRecords(root)).toThrow('entwuerfe');
  });
});

describe('one YAML interpretation', () => {
  it('reads date-like and number-like values in reference data exactly as the validator does', async () => {
    const root = copyOfRealContent();
    writeFileSync(
      join(root, CONTENT_PATHS.organisations, 'datum-sitz.yaml'),
      'name: 2020-01-01\nkind: sonstige\nseat: 2021-12-31\ndescription: Ein Sitz, der wie ein Datum aussieht.\n',
    );
    const topics = join(root, CONTENT_PATHS.topics);
    writeFileSync(
      topics,
      `${readFileSync(topics, 'utf8')}- id: jahr-2000\n  label: 2000-01-01\n  description: Ein Thema, dessen Name wie ein Datum aussieht.\n`,
    );
    const validated = validateContent({ root });
    expect(validated.diagnostics).toEqual([]);
    expect(validated.content.organisations.get('datum-sitz')?.seat).toBe('2021-12-31');
    const loaded = await loadAll(root);
    expect(loaded.organisations.get('datum-sitz')?.data).toMatchObject({ name: '2020-01-01', seat: '2021-12-31' });
    expect(loaded.topics.get('jahr-2000')?.data).toMatchObject({ label: '2000-01-01' });
  });

  it('refuses a reference file the validator cannot parse', async () => {
    const root = copyOfRealContent();
    writeFileSync(join(root, CONTENT_PATHS.topics), '- id: a\n  label: [unclosed\n');
    await expect(runLoader(yamlListLoader(CONTENT_PATHS.topics), root, topicSchema)).rejects.toThrow(CONTENT_PATHS.topics);
  });
});
