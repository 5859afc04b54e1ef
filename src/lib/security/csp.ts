/** Content-Security-Policy strings: parse, merge and render, for the static hosts' headers file. */
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
