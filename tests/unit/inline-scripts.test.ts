import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_LIMIT, inlineSmallScripts } from '../../src/lib/build/inline-scripts';
import { hashSource } from '../../src/lib/security/csp';

const files: Record<string, string> = {
  '/_astro/loader.abc.js': 'let s;document.addEventListener(`focus`,()=>{s??=import(`./island.def.js`)});\n',
  '/_astro/static.abc.js': 'import{a as b}from"./chunk.x.js";import"./side.y.js";b();',
  '/_astro/big.abc.js': `console.log(${JSON.stringify('x'.repeat(INLINE_SCRIPT_LIMIT))});`,
  '/_astro/closing.abc.js': 'const t="</script>";',
};
const read = (src: string) => files[src];

describe('inlining small module scripts', () => {
  it('replaces a small module script with its code, imports made absolute, and returns its CSP hash', () => {
    const page = '<head></head><body><script type="module" src="/_astro/loader.abc.js"></script></body>';
    const { html, hashes } = inlineSmallScripts(page, read);
    const body = 'let s;document.addEventListener(`focus`,()=>{s??=import(`/_astro/island.def.js`)});';
    expect(html).toBe(`<head></head><body><script type="module">${body}</script></body>`);
    expect(hashes).toEqual([hashSource(body)]);
  });

  it('rewrites static imports and side-effect imports too', () => {
    const { html } = inlineSmallScripts('<script type="module" src="/_astro/static.abc.js"></script>', read);
    expect(html).toContain('from"/_astro/chunk.x.js"');
    expect(html).toContain('import"/_astro/side.y.js"');
  });

  it('keeps large scripts, unknown files and code containing a closing script tag as files', () => {
    for (const src of ['/_astro/big.abc.js', '/_astro/missing.js', '/_astro/closing.abc.js']) {
      const tag = `<script type="module" src="${src}"></script>`;
      expect(inlineSmallScripts(tag, read)).toEqual({ html: tag, hashes: [] });
    }
  });

  it('leaves classic and external scripts alone', () => {
    const page =
      '<script src="/_astro/loader.abc.js"></script><script type="module" src="https://x.test/a.js"></script>';
    expect(inlineSmallScripts(page, read).html).toBe(page);
  });
});
