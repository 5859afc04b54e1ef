/**
 * What the integrations that rewrite the build's HTML after it is written share: walking the output folder's
 * pages, and reading an attribute value Astro escaped.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? htmlFiles(path.join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.html') ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/** Every HTML page of the build in the output folder `dir`: its file, its path in the site folder, its text. */
export async function* builtPages(dir: URL): AsyncGenerator<{ file: string; page: string; html: string }> {
  const root = fileURLToPath(dir);
  for (const file of await htmlFiles(root)) {
    yield { file, page: path.relative(root, file), html: await readFile(file, 'utf8') };
  }
}

/** An attribute value as Astro escapes it (`&#39;`, `&quot;`, `&lt;`, `&gt;`, `&amp;`), back as text. */
export function decodeAttribute(text: string): string {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
