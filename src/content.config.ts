import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  checkerFile,
  glossaryFrontmatter,
  guideFrontmatter,
  knowledgeFile,
  quizFile,
  role,
  siteFile,
} from './build/content/schemas';
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir, DATA_FILES, loadContentData, type ContentData } from './build/content/data-files';

const base = contentDir();

// The YAML files reference each other, so they are read and checked together: once per change of any of
// them, shared by every data collection's loader (and re-read when the dev server sees an edit).
let cached: { stamp: string; data: ContentData } | undefined;
function data(): ContentData {
  const stamp = Object.values(DATA_FILES)
    .map((file) => {
      try {
        return statSync(path.join(base, file)).mtimeMs;
      } catch {
        return 'missing'; // loadContentData names the missing file
      }
    })
    .join('|');
  if (cached?.stamp !== stamp) cached = { stamp, data: loadContentData(base) };
  return cached.data;
}

function dataLoader(name: string, entries: (d: ContentData) => Array<{ id: string; data: object }>): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of entries(data())) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry.data } }) });
      }
    },
  };
}

/** A collection of one entry: the data file of that name, whole, with the name as its id. */
function singleFileCollection<S extends z.ZodType>(name: Exclude<keyof ContentData, 'roles'>, schema: S) {
  return defineCollection({ loader: dataLoader(name, (d) => [{ id: name, data: d[name] }]), schema });
}

export const collections = {
  guides: defineCollection({
    loader: glob({ base, pattern: '{de,en}/guides/[^_]*.mdx' }),
    schema: guideFrontmatter,
  }),
  glossary: defineCollection({
    loader: glob({ base, pattern: '{de,en}/glossary/[^_]*.mdx' }),
    schema: glossaryFrontmatter,
  }),
  roles: defineCollection({
    loader: dataLoader('roles', (d) => d.roles.map((r) => ({ id: r.id, data: r }))),
    schema: role,
  }),
  quiz: singleFileCollection('quiz', quizFile),
  knowledge: singleFileCollection('knowledge', knowledgeFile),
  checker: singleFileCollection('checker', checkerFile),
  site: singleFileCollection('site', siteFile),
};
