// Reads the MDX files of one content kind and language as the tests see them: file path, slug, parsed
// frontmatter and body. Shared by the content invariant and house-style tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/build/content/schemas';

export interface MdxFile {
  file: string;
  slug: string;
  front: Record<string, unknown>;
  body: string;
}

export function readMdx(locale: Locale, kind: 'guides' | 'glossary'): MdxFile[] {
  const dir = path.join('content', locale, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      return { file: `${dir}/${file}`, slug: file.replace(/\.mdx$/, ''), front: parse(front) ?? {}, body };
    });
}
