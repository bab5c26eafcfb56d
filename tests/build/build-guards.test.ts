/**
 * Contributed records must never run code or reach the site when invalid: the build
 * validates first, and the MDX compile itself refuses unsafe content even if
 * validation were skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { testAgreement } from '../test-record.ts';

function run(root: string, command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`, ...env },
  });
}

describe('build guards', () => {
  it('astro build refuses unsafe MDX without running it, even without the validator', () => {
    const root = tempProject();
    const marker = join(root, 'pwned');
    writeFileSync(
      join(root, 'src/content/agreements/boese.mdx'),
      testAgreement({
        body: `import fs from 'node:fs'\n\n{fs.writeFileSync('${marker}', 'x')}\n\n<Zitat von={process.getBuiltinModule('fs').writeFileSync('${marker}', 'y')}>x</Zitat>`,
      }),
    );
    const result = run(root, 'astro', ['build']);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/boese\.mdx: Unzulässiger Inhalt\. Zeile \d+: „import“ und „export“/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(root, 'dist/vereinbarungen/boese/index.html'))).toBe(false);
  });

  it('npm run build validates first and builds nothing from invalid records', () => {
    const root = tempProject();
    writeFileSync(join(root, 'src/content/agreements/falsch.mdx'), testAgreement().replace('org: kitu', 'org: kitu-eg'));
    const result = run(root, 'npm', ['run', 'build']);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/falsch\.mdx:9:\d+ {2}parties\[1\]\.org {2}Unbekannte Kennung „kitu-eg“/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('a production build refuses to run without operator details, with a German message', () => {
    const root = tempProject();
    const result = run(root, 'astro', ['build'], { KOOPERATIONSATLAS_PRODUCTION: '1' });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'Veröffentlichung abgebrochen: Die Betreiberangaben fehlen (Name (name), Postanschrift (address), E-Mail-Adresse (email)).',
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
