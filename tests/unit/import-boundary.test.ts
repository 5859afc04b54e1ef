// The runtime boundary: code that can run in the browser (src/islands, src/directives, src/lib, src/i18n)
// never imports build-only code (src/build: content loading and validation, CSP, integrations, sitemap) or a
// Node or build-time package. Type-only imports are allowed: they vanish from the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BROWSER_FOLDERS = ['src/islands', 'src/directives', 'src/lib', 'src/i18n'];
const BUILD_FOLDER = path.resolve('src/build');
/** Packages that only work, or only belong, in Node at build time. */
const BUILD_ONLY_PACKAGES = [
  /^node:/,
  /^(fs|path|crypto|module|url)$/,
  /^astro:content$/,
  /^astro\/(zod|loaders|config)$/,
  /^zod$/,
  /^yaml$/,
  /^satori$/,
  /^@resvg\//,
  /^@astrojs\//,
  /^vite$/,
];

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

/** Every import and re-export in a module's source, and whether it is type-only. */
export function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const statement = /\b(import|export)\s+(type\s+)?([\w*{}\s,$]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) {
    const names = m[3] ?? '';
    const braces = /^\{([\s\S]*)\}$/.exec(names.trim());
    const allTypes =
      braces !== null &&
      braces[1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    refs.push({ specifier: m[4]!, typeOnly: Boolean(m[2]) || allTypes });
  }
  for (const m of source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g))
    refs.push({ specifier: (m[1] ?? m[2])!, typeOnly: false });
  return refs;
}

/** Why a value import from `file` breaks the boundary, or null when it does not. */
export function boundaryProblem(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    if (target === BUILD_FOLDER || target.startsWith(BUILD_FOLDER + path.sep))
      return `imports build-only code ${specifier}`;
    return null;
  }
  return BUILD_ONLY_PACKAGES.some((p) => p.test(specifier))
    ? `imports the build-time package ${specifier}`
    : null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** For a .svelte file, only its scripts count. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

describe('import boundary between browser code and build-only code', () => {
  it('finds value imports, re-exports and dynamic imports, and tells type-only imports apart', () => {
    const refs = importsOf(`
      import { a, type B } from '../build/content/schemas';
      import type { C } from '../build/content/schemas';
      import { type D, type E } from 'zod';
      export { F } from 'node:fs';
      const g = await import('yaml');
      import './side-effect';
    `);
    expect(refs).toEqual([
      { specifier: '../build/content/schemas', typeOnly: false },
      { specifier: '../build/content/schemas', typeOnly: true },
      { specifier: 'zod', typeOnly: true },
      { specifier: 'node:fs', typeOnly: false },
      { specifier: 'yaml', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
    ]);
    const file = path.resolve('src/lib/quiz/example.ts');
    expect(boundaryProblem(file, '../../build/content/schemas')).toMatch(/build-only/);
    expect(boundaryProblem(file, 'node:crypto')).toMatch(/build-time package/);
    expect(boundaryProblem(file, '../content/ids')).toBeNull();
    expect(boundaryProblem(file, 'svelte')).toBeNull();
  });

  it('keeps browser code free of build-only imports', () => {
    const files = BROWSER_FOLDERS.flatMap((dir) => sourceFiles(dir));
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      importsOf(scriptOf(file))
        .filter((ref) => !ref.typeOnly)
        .map((ref) => boundaryProblem(path.resolve(file), ref.specifier))
        .filter((p): p is string => p !== null)
        .map((p) => `${file}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps build-only code in src/build, not in the browser folders', () => {
    const nodeOnly = BROWSER_FOLDERS.flatMap((dir) => sourceFiles(dir)).filter((file) =>
      importsOf(scriptOf(file)).some((ref) => /^node:/.test(ref.specifier)),
    );
    expect(nodeOnly).toEqual([]);
  });
});
