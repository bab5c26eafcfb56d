/**
 * Files that only keep a folder in Git (`.gitkeep`, `.keep`) are no records: the validator
 * and the build's loaders both pass over them, through the one listing in
 * src/validation/record-files.ts. Every other name beginning with a dot is still refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreementRecords } from '../../src/content-loaders/agreements.ts';
import { yamlFolderLoader } from '../../src/content-loaders/reference-data.ts';
import { CONTENT_PATHS, ORGANISATION_EXTENSION, SOLUTION_EXTENSION } from '../../src/lib/content-paths.ts';
import { classifyRecordName } from '../../src/validation/record-files.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyOfRealContent, loaderContext } from './helpers.ts';

const FOLDERS = [CONTENT_PATHS.agreements, CONTENT_PATHS.organisations, CONTENT_PATHS.solutions];

/** A copy of the real records with a keep file in every content folder. */
function withKeepFiles(): string {
  const root = copyOfRealContent();
  for (const [index, folder] of FOLDERS.entries()) {
    writeFileSync(join(root, folder, '.gitkeep'), '');
    if (index === 0) writeFileSync(join(root, folder, '.keep'), '# Dieser Ordner bleibt in Git.\n');
  }
  return root;
}

describe('keep files', () => {
  it('are passed over by the validator: no problem, and the same records as without them', () => {
    const result = validateContent({ root: withKeepFiles() });
    expect(result.diagnostics).toEqual([]);
    const real = validateContent({ root: copyOfRealContent() });
    expect(result.fileCount).toBe(real.fileCount);
    expect([...result.content.agreements.keys()]).toEqual([...real.content.agreements.keys()]);
    expect([...result.content.organisations.keys()]).toEqual([...real.content.organisations.keys()]);
    expect([...result.content.solutions.keys()]).toEqual([...real.content.solutions.keys()]);
  });

  it('are passed over by the build’s reader and loaders', async () => {
    const root = withKeepFiles();
    const records = readAgreementRecords(root).map((record) => record.id);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((id) => id.startsWith('.') || id === '' || id.includes('keep'))).toEqual([]);
    const loaders = [
      yamlFolderLoader(CONTENT_PATHS.organisations, ORGANISATION_EXTENSION),
      yamlFolderLoader(CONTENT_PATHS.solutions, SOLUTION_EXTENSION),
    ];
    for (const loader of loaders) {
      const context = loaderContext(root);
      await loader.load(context);
      const ids = [...context.store.keys()];
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => id.startsWith('.') || id === '' || id.includes('keep'))).toEqual([]);
    }
  });

  it.each(['.gitignore', '.DS_Store', '.entwurf.mdx', '.gitkeep.mdx', '.keep~'])('another dot file (%s) is still refused', (name) => {
    const root = copyOfRealContent();
    writeFileSync(join(root, CONTENT_PATHS.agreements, name), '');
    const { diagnostics } = validateContent({ root });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: `${CONTENT_PATHS.agreements}/${name}`,
        line: 1,
        message: expect.stringMatching(/Dateien, deren Name mit einem Punkt beginnt, sind hier nicht erlaubt/),
      }),
    ]);
  });

  it('are one decision shared by the watcher of `astro dev`', () => {
    expect(classifyRecordName('.gitkeep', '.mdx')).toEqual({ keep: true });
    expect(classifyRecordName('.keep', '.yaml')).toEqual({ keep: true });
    // A folder named like a keep file is no keep file.
    expect(classifyRecordName('.gitkeep', '.mdx', false)).toHaveProperty('message');
  });
});
