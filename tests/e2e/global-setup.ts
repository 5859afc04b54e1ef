import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build-site';
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
    const result = buildSite();
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const server = await startServer({ root: DIST, port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
