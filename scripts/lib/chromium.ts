/**
 * Finds a Chromium for browser tests without downloading anything: $CHROMIUM_PATH,
 * then Debian's `chromium` package, then the binary shipped inside the npm package
 * @sparticuz/chromium (a devDependency, unpacked to the temp folder on first use).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_BINARIES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export async function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to a missing file: ${fromEnv}`);
    return fromEnv;
  }
  const debian = DEBIAN_BINARIES.find((path) => existsSync(path));
  if (debian) return debian;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // The package unpacks into the temp folder and reuses whatever binary it finds there,
  // even one of another version: give this project's version a folder of its own.
  const packageRoot = dirname(dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))));
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const ownTmp = join(tmpdir(), `kooperationsatlas-chromium-${version}`);
  mkdirSync(ownTmp, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = ownTmp;
  try {
    return await sparticuz.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

export async function launchChromium(): Promise<Browser> {
  // No extra flags: playwright already runs headless without sandbox, background
  // networking or component updates, which this closed network would refuse anyway.
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: [] });
}
