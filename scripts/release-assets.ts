/**
 * npm run release-assets -- --version v1.2.0 [--dist dist] [--export export] [--out release]
 *
 * The files a tagged release attaches (run after `npm run export`):
 *   kooperationsatlas-daten-<version>.zip    the open data of the build (JSON, CSV,
 *                                            datapackage.json, JSON Schemas) with SHA256SUMS
 *   kooperationsatlas-offline-<version>.zip  the offline site from `npm run export`
 *   SHA256SUMS                               checksums of both zips (`sha256sum -c SHA256SUMS`)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { urls, withoutBase } from '../src/lib/urls.ts';

const { values } = parseArgs({
  options: {
    version: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    dist: { type: 'string', default: 'dist' },
    export: { type: 'string', default: 'export' },
    out: { type: 'string', default: 'release' },
  },
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const version = values.version?.trim();
if (!version || !/^[\w.-]+$/.test(version))
  fail('Bitte --version angeben, z. B. --version v1.2.0 (Buchstaben, Ziffern, Punkt, Bindestrich).');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Lines in the format sha256sum writes and checks: "<hex>  <name>". */
const checksums = (files: [string, Uint8Array][]) => files.map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`).join('');

const root = resolve(values.root);
// The open data lives under /api/v1/ (src/lib/urls.ts); per-agreement files are left out,
// since vereinbarungen.json holds every agreement already.
const apiDir = join(root, values.dist, ...withoutBase(urls.api('')).split('/').filter(Boolean));
const outDir = join(root, values.out);

let dataFiles: string[];
try {
  dataFiles = readdirSync(apiDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(apiDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('vereinbarungen/'))
    .sort();
} catch {
  fail(`${relative(root, apiDir)} fehlt. Zuerst bauen: npm run build (oder npm run export).`);
}
if (!dataFiles.includes('datapackage.json')) fail(`${relative(root, apiDir)}/datapackage.json fehlt.`);

const offlineZips = (() => {
  try {
    return readdirSync(join(root, values.export)).filter((file) => file.endsWith('.zip'));
  } catch {
    return [];
  }
})();
if (offlineZips.length !== 1)
  fail(`In ${values.export}/ wird genau eine Zip-Datei der Offline-Fassung erwartet (npm run export), gefunden: ${offlineZips.length}.`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const folder = `kooperationsatlas-daten-${version}`;
const data: [string, Uint8Array][] = dataFiles.map((file) => [file, readFileSync(join(apiDir, file))]);
const entries: Zippable = {};
for (const [file, bytes] of data) entries[`${folder}/${file}`] = bytes;
entries[`${folder}/SHA256SUMS`] = new TextEncoder().encode(checksums(data));
const dataZip = `${folder}.zip`;
const offlineZip = `kooperationsatlas-offline-${version}.zip`;
const assets: [string, Uint8Array][] = [
  [dataZip, zipSync(entries, { level: 9 })],
  [offlineZip, readFileSync(join(root, values.export, offlineZips[0]!))],
];
for (const [name, bytes] of assets) writeFileSync(join(outDir, name), bytes);
writeFileSync(join(outDir, 'SHA256SUMS'), checksums(assets));

console.log(`✓ ${relative(root, outDir)}/: ${dataZip} (${data.length} Dateien), ${offlineZip}, SHA256SUMS`);
