/** Content-Security-Policy strings: parse, merge and render, for the static hosts' headers file. */
import { createHash } from 'node:crypto';
export type Policy = Map<string, Set<string>>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = policy.get(name.toLowerCase()) ?? new Set<string>();
    for (const s of sources) set.add(s);
    policy.set(name.toLowerCase(), set);
  }
  return policy;
}

/** The union of several pages' policies: one header that allows what any page's own policy allows. */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return merged;
}

export function renderPolicy(policy: Policy): string {
  return [...policy]
    .map(([name, sources]) =>
      [name, ...[...sources].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))].join(' '),
    )
    .join('; ');
}

// Keywords first, then hosts, then hashes, as people usually write them.
function rank(source: string): number {
  if (/^'(self|none|strict-dynamic)'$/.test(source)) return 0;
  if (source.startsWith("'sha")) return 2;
  return 1;
}

/** Replaces (or adds) the Content-Security-Policy line of the `/*` block in a `_headers` file. */
export function withCspHeader(headersFile: string, policy: string): string {
  const lines = headersFile.split('\n');
  const start = lines.findIndex((l) => l.trim() === '/*');
  if (start < 0) return `${headersFile.trimEnd()}\n/*\n  Content-Security-Policy: ${policy}\n`;
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  const block = lines.slice(start + 1, end).filter((l) => !/^\s*Content-Security-Policy:/i.test(l));
  return [
    ...lines.slice(0, start + 1),
    `  Content-Security-Policy: ${policy}`,
    ...block,
    ...lines.slice(end),
  ].join('\n');
}

/**
 * The CSP hash of an inline script's or style's exact text, as Astro's `insertScriptHash` takes it; in a
 * policy it is quoted (`'sha256-…'`).
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const hashSource = (text: string) => `'${cspHash(text)}'`;

// Inline code a page runs: <script> without src (JSON-LD and other data blocks are not run) and <style>.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const DATA_BLOCK = /\btype="(?!module"|text\/javascript")[^"]*"/i;

/** The bodies of the inline scripts a page runs (JSON-LD and other data blocks excluded). */
export function inlineScriptBodies(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attrs]) => !DATA_BLOCK.test(attrs ?? ''))
    .map(([, , body]) => body ?? '');
}

/** Hash sources of the inline scripts and styles in one page's HTML. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set(inlineScriptBodies(html).map(hashSource));
  const styles = new Set([...html.matchAll(INLINE_STYLE)].map(([, body]) => hashSource(body ?? '')));
  return { scripts, styles };
}

/**
 * Narrows a build-wide policy to one page: keeps only the hashes of the inline code that page has, so a page
 * allows nothing it does not contain (and its <meta> stays small). Throws when the page has inline code the
 * policy does not allow, which the browser would block.
 */
export function policyForPage(policy: Policy, html: string, page: string): Policy {
  const present = inlineHashes(html);
  const narrowed: Policy = new Map();
  for (const [name, sources] of policy) {
    const kind = name.startsWith('script-src')
      ? present.scripts
      : name.startsWith('style-src')
        ? present.styles
        : null;
    if (!kind) {
      narrowed.set(name, new Set(sources));
      continue;
    }
    for (const hash of kind) {
      if (!sources.has(hash))
        throw new Error(`${page}: inline code with hash ${hash} is not allowed by ${name}`);
    }
    narrowed.set(name, new Set([...sources].filter((s) => !s.startsWith("'sha") || kind.has(s))));
  }
  return narrowed;
}
