/**
 * Checks for the `_headers` file (Netlify and Cloudflare Pages format) that the build writes. A host that
 * rejects or truncates the file would silently drop every security header, so the build fails instead.
 *
 * Limits, as documented by the hosts (checked 2026-12-01):
 * - Cloudflare Pages: at most 100 header rules; each line at most 2,000 characters, the whole line (indent,
 *   name and value) counted (https://developers.cloudflare.com/pages/configuration/headers/).
 * - Netlify documents no size limit for `_headers` (https://docs.netlify.com/routing/headers/), so
 *   Cloudflare's limits are the binding ones.
 */
export const HEADERS_FILE_LIMITS = { maxRules: 100, maxLineLength: 2000 } as const;

/** Six months, the least HSTS max-age the Mozilla HTTP Observatory accepts without a penalty. */
export const HSTS_MIN_MAX_AGE = 15_768_000;

export interface HeaderRule {
  pattern: string;
  headers: Map<string, string>;
}

/** Path lines start at column 0; `Name: value` lines under them are indented; `#` starts a comment. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && at > 0) rule.headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return rules;
}

/** Every way the file breaks a host's limit or the format, as readable sentences; empty when it is fine. */
export function headersFileProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let rules = 0;
  let inRule = false;
  lines.forEach((line, i) => {
    const where = `_headers line ${i + 1}`;
    if (line.length > HEADERS_FILE_LIMITS.maxLineLength)
      problems.push(
        `${where} is ${line.length} characters long; Cloudflare Pages allows ${HEADERS_FILE_LIMITS.maxLineLength}`,
      );
    if (!line.trim() || line.trim().startsWith('#')) return;
    // Header values must be visible ASCII and spaces (RFC 9110 field-value without obs-text).
    if (/[^\x20-\x7e\t]/.test(line)) problems.push(`${where} has a character a header cannot carry`);
    if (!/^\s/.test(line)) {
      rules++;
      inRule = true;
      if (!line.startsWith('/') && !line.startsWith('https://'))
        problems.push(
          `${where}: a rule must start with "/" or "https://", not "${line.trim().slice(0, 40)}"`,
        );
    } else if (!inRule) {
      problems.push(`${where}: a header line comes before any path`);
    } else if (!/^\s+[A-Za-z0-9-]+:\s*\S/.test(line)) {
      problems.push(`${where} is not a "Name: value" line`);
    }
  });
  if (rules > HEADERS_FILE_LIMITS.maxRules)
    problems.push(`_headers has ${rules} rules; Cloudflare Pages allows ${HEADERS_FILE_LIMITS.maxRules}`);
  return problems;
}

/**
 * What every response must carry for the Observatory's A+ on hosts that read the file as written:
 * HSTS of at least six months (without it: -20 and no bonus), and the headers that earn the bonuses.
 */
export function missingSecurityHeaders(text: string): string[] {
  const all = parseHeaderRules(text).find((r) => r.pattern === '/*')?.headers ?? new Map<string, string>();
  const missing: string[] = [];
  const maxAge = Number(
    /(?:^|;)\s*max-age=(\d+)/i.exec(all.get('strict-transport-security') ?? '')?.[1] ?? 0,
  );
  if (maxAge < HSTS_MIN_MAX_AGE)
    missing.push(`Strict-Transport-Security with max-age >= ${HSTS_MIN_MAX_AGE}`);
  if (!/^same-(origin|site)$/.test(all.get('cross-origin-resource-policy') ?? ''))
    missing.push('Cross-Origin-Resource-Policy: same-origin');
  if (!/\bframe-ancestors\b/.test(all.get('content-security-policy') ?? ''))
    missing.push("Content-Security-Policy with frame-ancestors 'none'");
  if (all.get('x-content-type-options') !== 'nosniff') missing.push('X-Content-Type-Options: nosniff');
  if (
    !/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(
      all.get('referrer-policy') ?? '',
    )
  )
    missing.push('Referrer-Policy: strict-origin-when-cross-origin');
  return missing;
}
