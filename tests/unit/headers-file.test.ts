import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEADERS_FILE_LIMITS,
  HSTS_MIN_MAX_AGE,
  headersFileProblems,
  missingSecurityHeaders,
  parseHeaderRules,
} from '../../src/build/security/headers-file';
import { withCspHeader } from '../../src/build/security/csp';

const source = readFileSync('public/_headers', 'utf8');
const all = parseHeaderRules(source).find((r) => r.pattern === '/*')!.headers;

describe('_headers', () => {
  it('F-3: every path gets HSTS of at least six months, so the Observatory grade does not depend on the host', () => {
    const value = all.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(value)?.[1])).toBeGreaterThanOrEqual(HSTS_MIN_MAX_AGE);
    // preload is a commitment for the whole domain; docs/deploy.md says when to add it.
    expect(value).not.toContain('preload');
  });

  it('F-3: every path gets Cross-Origin-Resource-Policy: same-origin (the Observatory bonus)', () => {
    expect(all.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(
      missingSecurityHeaders(withCspHeader(source, "default-src 'self'; frame-ancestors 'none'")),
    ).toEqual([]);
  });

  it('F-3: names each missing security header', () => {
    const bare = '/*\n  X-Content-Type-Options: nosniff\n';
    expect(missingSecurityHeaders(bare).join('\n')).toMatch(
      /Strict-Transport-Security[\s\S]*Cross-Origin-Resource-Policy/,
    );
    expect(missingSecurityHeaders('/*\n  Strict-Transport-Security: max-age=86400\n')[0]).toContain(
      'Strict-Transport-Security',
    );
  });

  it('F-3: keeps within Cloudflare Pages limits, with room for a long CSP', () => {
    const csp = `default-src 'self'; script-src 'self' ${"'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' ".repeat(30)}`;
    expect(headersFileProblems(withCspHeader(source, csp.trim()))).toEqual([]);
  });

  it('F-3: fails on a line over 2,000 characters, more than 100 rules, or broken lines', () => {
    const long = withCspHeader(
      source,
      `default-src 'self'; script-src ${'x'.repeat(HEADERS_FILE_LIMITS.maxLineLength)}`,
    );
    expect(headersFileProblems(long).join()).toMatch(
      /line \d+ is \d+ characters long; Cloudflare Pages allows 2000/,
    );
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: b`).join('\n');
    expect(headersFileProblems(many)).toEqual(['_headers has 101 rules; Cloudflare Pages allows 100']);
    expect(headersFileProblems('  X-A: b\n/x\n  no colon here\nfoo\n  X-B: ü')).toHaveLength(4);
  });
});
