/**
 * Inlines small module scripts into the page that loads them. A reading page then needs a single request: its
 * search loader (a few hundred bytes of listeners that fetch the search island on intent) arrives with the
 * HTML instead of costing a round trip before the page is complete. Imports inside the inlined code are made
 * absolute, because an inline module resolves relative URLs against the page, not against /_astro/.
 */
import { hashSource } from '../security/csp';

/** Module scripts up to this size (bytes, uncompressed) are inlined; larger ones stay cacheable files. */
export const INLINE_SCRIPT_LIMIT = 4096;

const MODULE_SCRIPT = /<script type="module" src="(\/_astro\/[^"?#]+\.js)"><\/script>/g;
// `import("./x.js")`, `import './x.js'`, `from "./x.js"`, with any of the three quote characters.
const RELATIVE_IMPORT = /(\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)(["'`])\.\/(?=[^"'`]+\.js\2)/g;

export interface InlinedPage {
  html: string;
  /** CSP hash sources of the scripts that were inlined. */
  hashes: string[];
}

export function inlineSmallScripts(
  html: string,
  readScript: (src: string) => string | undefined,
  limit = INLINE_SCRIPT_LIMIT,
): InlinedPage {
  const hashes: string[] = [];
  const out = html.replace(MODULE_SCRIPT, (tag, src: string) => {
    const code = readScript(src);
    if (code === undefined || Buffer.byteLength(code) > limit || code.includes('</script')) return tag;
    const base = src.slice(0, src.lastIndexOf('/') + 1);
    const body = code.replace(RELATIVE_IMPORT, `$1$2${base}`).replace(/\n$/, '');
    hashes.push(hashSource(body));
    return `<script type="module">${body}</script>`;
  });
  return { html: out, hashes };
}
