// Finds a Chromium without downloading one: shared by the browser tests, the Lighthouse audit and the benchmarks.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** CHROME_PATH, else a system Chromium, else the Chromium packed inside the npm package @sparticuz/chromium. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (system) return system;
  const { default: packed } = await import('@sparticuz/chromium');
  const executable = await packed.executablePath();
  // The package unpacks into a fixed path (/tmp/chromium) and reuses whatever is there, so a browser left by
  // another version of the package would be used silently. Unpack again when the major versions differ.
  if (majorOf(execFileSync(executable, ['--version'], { encoding: 'utf8' })) !== packedMajor()) {
    rmSync(executable, { force: true });
    return packed.executablePath();
  }
  return executable;
}

function majorOf(version: string): string {
  return /(\d+)\./.exec(version)?.[1] ?? '';
}

function packedMajor(): string {
  const require = createRequire(import.meta.url);
  // The package does not export its package.json; it sits one folder above the entry (build/index.js).
  const manifest = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', 'package.json');
  return majorOf((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
}

/** Flags that keep Chromium from calling home (this machine has no network beyond the npm registry). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

/** How the tests and benchmarks start Chromium (playwright-core's launch and launchServer options). */
export async function chromiumOptions() {
  return { executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true };
}
