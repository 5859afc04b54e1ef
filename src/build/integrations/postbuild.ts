/**
 * After the build, one pass over every page: fills in the search island's URL (see page-loader.ts), narrows
 * the page's <meta> Content-Security-Policy to the hashes of the inline code it really has (Astro lists every
 * inline script and style of the whole build on every page), then writes the union of the page policies into
 * dist/_headers (Netlify, Cloudflare Pages), plus the directives only a header can carry (frame-ancestors), so
 * static hosts send it as a header too.
 * Small policies matter: the header and the <meta> travel with every page, before its first paint. So the
 * header lists script hashes (the page loader runs before the <meta> is parsed) but allows inline styles in
 * general; each page's <meta> policy, which comes before its only <style>, admits exactly that style. A
 * browser enforces both policies, so inline styles stay limited to the hashed ones.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, parsePolicy, policyForPage, renderPolicy, withCspHeader } from '../security/csp';
import { headersFileProblems, missingSecurityHeaders } from '../security/headers-file';
import { builtPages, decodeAttribute } from './built-pages';
import { fillSearchIsland } from './page-loader';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const HEADER_ONLY = "frame-ancestors 'none'";

export function postBuild(): AstroIntegration {
  return {
    name: 'rollenklar:postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for await (const { file, page, html: built } of builtPages(dir)) {
          const html = fillSearchIsland(built, page);
          const match = META.exec(html);
          if (!match) throw new Error(`${page} has no Content-Security-Policy meta tag`);
          const astroPolicy = parsePolicy(decodeAttribute(match[1]!));
          const policy = policyForPage(astroPolicy, html, page);
          policies.push(policy);
          const meta = match[0].replace(match[1]!, renderPolicy(policy));
          await writeFile(
            file,
            html.slice(0, match.index) + meta + html.slice(match.index + match[0].length),
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
        logger.info(`Content-Security-Policy of ${policies.length} pages written to _headers`);
      },
    },
  };
}
