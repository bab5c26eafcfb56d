/**
 * The build uses src/styles/precompiled/ instead of running Sass (src/styles/precompiled.ts).
 * These copies must be what Sass makes of the current sources, and a copy whose sources
 * changed must not be used.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStyles, PRECOMPILED_DIR, PRECOMPILED_SOURCES, upToDateCss } from '../../src/styles/precompiled.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/** A project folder with a copy of src/styles and the real node_modules. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-styles-'));
  cpSync(join(PROJECT, 'src', 'styles'), join(root, 'src', 'styles'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

describe('precompiled styles', () => {
  it('are what Sass makes of the current sources (else: npm run styles)', async () => {
    const { manifest, css } = await compileStyles();
    expect(JSON.parse(readFileSync(join(PRECOMPILED_DIR, 'manifest.json'), 'utf8'))).toEqual(manifest);
    for (const [name, text] of Object.entries(css)) expect(readFileSync(join(PRECOMPILED_DIR, name), 'utf8'), name).toBe(text);
    // KERN's own files are among the inputs, so a KERN update makes the copies stale.
    expect(Object.keys(manifest.files['kern.scss']!.inputs).some((file) => file.startsWith('node_modules/@kern-ux/native/'))).toBe(true);
  });

  it('cover every .scss file in src/styles', () => {
    const sources = readdirSync(join(PROJECT, 'src', 'styles')).filter((name) => name.endsWith('.scss'));
    expect([...PRECOMPILED_SOURCES].sort()).toEqual(sources.sort());
  });

  it('are used while their sources are unchanged, and not after a change', () => {
    const root = projectCopy();
    for (const source of PRECOMPILED_SOURCES) expect(upToDateCss(join(root, 'src', 'styles', source), root)).toBeDefined();
    const kern = join(root, 'src', 'styles', 'kern.scss');
    writeFileSync(kern, `${readFileSync(kern, 'utf8')}\n.changed { color: red; }\n`);
    expect(upToDateCss(kern, root)).toBeUndefined();
    expect(upToDateCss(join(root, 'src', 'styles', 'forms.scss'), root)).toBeDefined();
  });
});
