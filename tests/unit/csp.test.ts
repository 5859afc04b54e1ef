import { describe, expect, it } from 'vitest';
import {
  cspHash,
  inlineHashes,
  mergePolicies,
  parsePolicy,
  policyForPage,
  renderPolicy,
  withCspHeader,
} from '../../src/build/security/csp';

const source = (text: string) => `'${cspHash(text)}'`;

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

describe('page policies', () => {
  const site = parsePolicy(
    "default-src 'self'; script-src 'self' 'sha256-A' " +
      source('run()') +
      "; style-src 'self' 'sha256-B' " +
      source('p{}'),
  );

  it('hashes inline scripts and styles, but not JSON-LD or other data blocks', () => {
    const { scripts, styles } = inlineHashes(
      '<script>run()</script><script type="application/ld+json">{}</script><script type="module">go()</script>' +
        '<script src="/a.js"></script><style>p{}</style>',
    );
    expect([...scripts]).toEqual([source('run()'), source('go()')]);
    expect([...styles]).toEqual([source('p{}')]);
  });

  it('narrows a build-wide policy to the hashes of the inline code the page has', () => {
    const page = policyForPage(site, '<script>run()</script><style>p{}</style>', 'page.html');
    expect(renderPolicy(page)).toBe(
      `default-src 'self'; script-src 'self' ${source('run()')}; style-src 'self' ${source('p{}')}`,
    );
  });

  it('fails the build, naming the page, when the page has inline code the policy does not allow', () => {
    expect(() => policyForPage(site, '<script>evil()</script>', 'ratgeber/x/index.html')).toThrow(
      /ratgeber\/x\/index\.html: inline code with hash 'sha256-.+' is not allowed by script-src/,
    );
  });
});
