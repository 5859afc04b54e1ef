/**
 * After the build, on every page:
 * 1. inlines small module scripts (the search loader), so a reading page is complete in one request;
 * 2. narrows the page's <meta> Content-Security-Policy to the hashes of the inline code that page really has
 *    (Astro lists every inline script and style of the whole build on every page);
 * then writes the union of the page policies into dist/_headers (Netlify, Cloudflare Pages), plus the
 * directives only a header can carry (frame-ancestors), so static hosts send it as a header too.
 * Small policies matter: the header and the <meta> travel with every page, before its first paint. So the
 * header lists script hashes (the theme script runs before the <meta> is parsed) but allows inline styles in
 * general; each page's <meta> policy, which comes before its only <style>, admits exactly that style. A
 * browser enforces both policies, so inline styles stay limited to the hashed ones.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineSmallScripts } from '../lib/build/inline-scripts';
import { mergePolicies, parsePolicy, policyForPage, renderPolicy, withCspHeader } from '../lib/security/csp';
import { headersFileProblems, missingSecurityHeaders } from '../lib/security/headers-file';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const HEADER_ONLY = "frame-ancestors 'none'";

export async function htmlFiles(dir: string): Promise<string[]> {
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

export function postBuild(): AstroIntegration {
  return {
    name: 'rollenklar:postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Map<string, string | undefined>();
        const readScript = (src: string) => {
          if (!scripts.has(src)) {
            try {
              scripts.set(src, readFileSync(path.join(root, src), 'utf8'));
            } catch {
              scripts.set(src, undefined);
            }
          }
          return scripts.get(src);
        };
        const policies = [];
        let inlined = 0;
        for (const file of await htmlFiles(root)) {
          const page = path.relative(root, file);
          const built = inlineSmallScripts(await readFile(file, 'utf8'), readScript);
          inlined += built.hashes.length;
          const match = META.exec(built.html);
          if (!match) throw new Error(`${page} has no Content-Security-Policy meta tag`);
          const astroPolicy = parsePolicy(match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
          for (const hash of built.hashes) astroPolicy.get('script-src')?.add(hash);
          const policy = policyForPage(astroPolicy, built.html, page);
          policies.push(policy);
          const meta = match[0].replace(match[1]!, renderPolicy(policy));
          await writeFile(
            file,
            built.html.slice(0, match.index) + meta + built.html.slice(match.index + match[0].length),
          );
        }
        const policy = mergePolicies([...policies, parsePolicy(HEADER_ONLY)]);
        policy.set('style-src', new Set(["'self'", "'unsafe-inline'"]));
        for (const [name, sources] of policy) {
          if (name.startsWith('script-src') && sources.has("'unsafe-inline'"))
            throw new Error(`${name} must not allow 'unsafe-inline'`);
        }
        const headersPath = path.join(root, '_headers');
        const current = await readFile(headersPath, 'utf8').catch(() => '');
        const headersFile = withCspHeader(current, renderPolicy(policy));
        // A host that rejects the file drops every security header with it: fail here, not in production.
        const problems = [
          ...headersFileProblems(headersFile),
          ...missingSecurityHeaders(headersFile).map((h) => `_headers lacks ${h} for /*`),
        ];
        if (problems.length > 0) throw new Error(`dist/_headers:\n- ${problems.join('\n- ')}`);
        await writeFile(headersPath, headersFile);
        logger.info(
          `${inlined} small scripts inlined; Content-Security-Policy of ${policies.length} pages written to _headers`,
        );
      },
    },
  };
}
