/**
 * The build imports KERN's CSS from a cache instead of running Sass every time
 * (src/styles/styles-cache.ts). What it imports must be what Sass makes of the current
 * sources, and a kept copy whose sources changed must not be used.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStyles, STYLE_SOURCES, stylesCache, upToDateCss, writeCompiledStyles } from '../../src/styles/styles-cache.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/**
 * A project folder with a copy of src/styles and the real packages, linked one by one so
 * that its node_modules/.cache is its own.
 */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'kooperationsatlas-styles-'));
  cpSync(join(PROJECT, 'src', 'styles'), join(root, 'src', 'styles'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules')).filter((entry) => entry !== '.cache')) {
    symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return root;
}

describe('compiled styles', () => {
  it('cover every .scss file in src/styles', () => {
    const sources = readdirSync(join(PROJECT, 'src', 'styles')).filter((name) => name.endsWith('.scss'));
    expect([...STYLE_SOURCES].sort()).toEqual(sources.sort());
  });

  it('are kept as Sass compiles them, with KERN among the inputs, and used until a source changes', async () => {
    const root = projectCopy();
    for (const source of STYLE_SOURCES) expect(upToDateCss(join(root, 'src', 'styles', source), root), source).toBeUndefined();
    await writeCompiledStyles(root);
    const { manifest, css } = await compileStyles(root);
    for (const [name, text] of Object.entries(css)) expect(readFileSync(join(stylesCache(root), name), 'utf8'), name).toBe(text);
    // KERN's own files are among the inputs, so a KERN update makes the kept CSS stale.
    expect(Object.keys(manifest.files['kern.scss']!.inputs).some((file) => file.startsWith('node_modules/@kern-ux/native/'))).toBe(true);
    for (const source of STYLE_SOURCES) expect(upToDateCss(join(root, 'src', 'styles', source), root), source).toBeDefined();

    const kern = join(root, 'src', 'styles', 'kern.scss');
    writeFileSync(kern, `${readFileSync(kern, 'utf8')}\n.changed { color: red; }\n`);
    expect(upToDateCss(kern, root)).toBeUndefined();
    expect(upToDateCss(join(root, 'src', 'styles', 'forms.scss'), root)).toBeDefined();
    await writeCompiledStyles(root);
    expect(readFileSync(upToDateCss(kern, root)!, 'utf8')).toContain('.changed');
  });
});
