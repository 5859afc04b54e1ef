/**
 * After the build, writes the site's Content-Security-Policy into dist/_headers (Netlify, Cloudflare Pages),
 * so static hosts send it as a header too: the union of the per-page policies Astro emitted as <meta>
 * (script and style hashes included) plus the directives only a header can carry (frame-ancestors).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, parsePolicy, renderPolicy, withCspHeader } from '../lib/security/csp';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const HEADER_ONLY = "frame-ancestors 'none'";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? htmlFiles(path.join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.html') ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'rollenklar:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(root)) {
          const match = META.exec(await readFile(file, 'utf8'));
          if (!match) throw new Error(`${path.relative(root, file)} has no Content-Security-Policy meta tag`);
          policies.push(parsePolicy(match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')));
        }
        const policy = mergePolicies([...policies, parsePolicy(HEADER_ONLY)]);
        for (const [name, sources] of policy) {
          if (name.startsWith('script-src') && sources.has("'unsafe-inline'"))
            throw new Error(`${name} must not allow 'unsafe-inline'`);
        }
        const headersPath = path.join(root, '_headers');
        const current = await readFile(headersPath, 'utf8').catch(() => '');
        await writeFile(headersPath, withCspHeader(current, renderPolicy(policy)));
        logger.info(`Content-Security-Policy from ${policies.length} pages written to _headers`);
      },
    },
  };
}
