import { describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy, renderPolicy, withCspHeader } from '../../src/lib/security/csp';

describe('Content-Security-Policy helpers', () => {
  it('merges page policies into one that allows what each page allows', () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-A'");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self' 'sha256-C'");
    expect(renderPolicy(mergePolicies([a, b]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-C'",
    );
  });

  it('replaces the policy line of the /* block and keeps the other headers', () => {
    const file =
      "# note\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n";
    expect(withCspHeader(file, "default-src 'none'")).toBe(
      "# note\n/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n",
    );
  });

  it('adds a /* block when the file has none', () => {
    expect(withCspHeader('', "default-src 'self'")).toBe(
      "\n/*\n  Content-Security-Policy: default-src 'self'\n",
    );
  });
});
