// One way to run a production build of the site from a script or a test: Node 24 from this process, Astro's
// CLI, NODE_ENV=production (vitest sets `test`, which would ship Svelte's development runtime) and no
// telemetry. Used by the e2e setup, the Lighthouse audit and the benchmark.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/**
 * A fresh folder for a side-by-side build (its content copy and ROLLENKLAR_OUT_DIR), inside the project's
 * ignored `.tmp/`. It must be inside the project: for an output folder outside it, Astro writes its prerender
 * chunks to the project's own `.astro/.prerender/`, which builds running at the same time then overwrite.
 */
export function scratchDir(prefix: string): string {
  mkdirSync('.tmp', { recursive: true });
  return path.resolve(mkdtempSync(path.join('.tmp', prefix)));
}

export interface BuildOptions {
  /** The project to build (default: this one). */
  root?: string;
  /** Extra environment, e.g. ROLLENKLAR_OUT_DIR or ROLLENKLAR_CONTENT_DIR. */
  env?: NodeJS.ProcessEnv;
  /** Show Astro's output instead of capturing it. */
  inherit?: boolean;
}

export function buildSite({ root = process.cwd(), env = {}, inherit = false }: BuildOptions = {}) {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : 'pipe',
    maxBuffer: 256 * 1024 * 1024, // a build of 1,000 extra guides logs a line per page
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  }) as SpawnSyncReturns<string>;
}
