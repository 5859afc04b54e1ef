import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { buildSite } from '../../scripts/build-site';
import { chromiumOptions } from '../../scripts/chromium';
import { startServer } from '../../scripts/static-server.mjs';
import { DIST } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The one Chromium of the run, which every test file connects to (see connectBrowser in browser.ts). */
    browserWsEndpoint: string;
  }
}

/**
 * Builds the real site once (unless E2E_SKIP_BUILD=1 reuses the last build) and serves it on a free port on
 * 127.0.0.1. ROLLENKLAR_OUT_DIR moves the build (and Astro's cache) elsewhere, so builds can run side by side.
 * Starts one Chromium for the whole run: each test file opens its own contexts in it instead of starting a browser.
 */
export default async function setup(project: TestProject) {
  if (process.env['E2E_SKIP_BUILD'] !== '1') {
    const result = buildSite();
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launchServer(await chromiumOptions());
  project.provide('baseUrl', server.url);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
