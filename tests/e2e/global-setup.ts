import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server.mjs';
import { DIST } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the real site once (unless E2E_SKIP_BUILD=1 reuses the last build) and serves it on a free port on
 * 127.0.0.1. ROLLENKLAR_OUT_DIR moves the build (and Astro's cache) elsewhere, so builds can run side by side.
 */
export default async function setup(project: TestProject) {
  if (process.env['E2E_SKIP_BUILD'] !== '1') {
    const astro = path.resolve('node_modules/astro/bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      // vitest sets NODE_ENV=test, which would make Vite build Svelte's development runtime; test what ships.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const server = await startServer({ root: DIST, port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
