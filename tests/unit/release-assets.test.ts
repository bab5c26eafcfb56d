/** The files a tagged release attaches: the open data with checksums, the offline zip, SHA256SUMS. */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '../../scripts/release-assets.ts');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8' });

function fakeBuild() {
  const root = mkdtempSync(join(tmpdir(), 'release-assets-'));
  const api = join(root, 'dist/api/v1');
  mkdirSync(join(api, 'schema'), { recursive: true });
  mkdirSync(join(api, 'vereinbarungen'), { recursive: true });
  writeFileSync(join(api, 'datapackage.json'), '{"name":"kooperationsatlas"}');
  writeFileSync(join(api, 'vereinbarungen.json'), '{"items":[]}');
  writeFileSync(join(api, 'vereinbarungen.csv'), 'id\r\n');
  writeFileSync(join(api, 'schema/agreement.schema.json'), '{}');
  writeFileSync(join(api, 'vereinbarungen/a.json'), '{}');
  mkdirSync(join(root, 'export'));
  writeFileSync(join(root, 'export/kooperationsatlas-abc1234.zip'), 'offline zip');
  return root;
}

describe('npm run release-assets', () => {
  it('zips the open data with checksums and sums both zips', () => {
    const root = fakeBuild();
    const result = run(root, '--version', 'v1.0.0');
    expect(result.status, result.stderr).toBe(0);
    const out = join(root, 'release');
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((line) => line.split('  ')[1])).toEqual(['kooperationsatlas-daten-v1.0.0.zip', 'kooperationsatlas-offline-v1.0.0.zip']);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256(readFileSync(join(out, name!))), name).toBe(hash);
    }
    expect(readFileSync(join(out, 'kooperationsatlas-offline-v1.0.0.zip'), 'utf8')).toBe('offline zip');

    const files = unzipSync(readFileSync(join(out, 'kooperationsatlas-daten-v1.0.0.zip')));
    const folder = 'kooperationsatlas-daten-v1.0.0/';
    expect(Object.keys(files).sort()).toEqual(
      ['datapackage.json', 'SHA256SUMS', 'schema/agreement.schema.json', 'vereinbarungen.csv', 'vereinbarungen.json']
        .map((file) => folder + file)
        .sort(),
    );
    const inner = new TextDecoder().decode(files[`${folder}SHA256SUMS`]).trim().split('\n');
    expect(inner).toHaveLength(4);
    for (const line of inner) {
      const [hash, name] = line.split('  ');
      expect(sha256(files[folder + name]!), name).toBe(hash);
    }
  });

  it('explains what is missing instead of failing obscurely', () => {
    expect(run(fakeBuild()).stderr).toContain('Bitte --version angeben');
    const empty = mkdtempSync(join(tmpdir(), 'release-assets-'));
    expect(run(empty, '--version', 'v1').stderr).toContain('dist/api/v1 fehlt. Zuerst bauen');
  });
});
