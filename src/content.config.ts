import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
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
  quiz: defineCollection({
    loader: dataLoader('quiz', (d) => [{ id: 'quiz', data: d.quiz }]),
    schema: quizFile,
  }),
  knowledge: defineCollection({
    loader: dataLoader('knowledge', (d) => [{ id: 'knowledge', data: d.knowledge }]),
    schema: knowledgeFile,
  }),
  checker: defineCollection({
    loader: dataLoader('checker', (d) => [{ id: 'checker', data: d.checker }]),
    schema: checkerFile,
  }),
  site: defineCollection({
    loader: dataLoader('site', (d) => [{ id: 'site', data: d.site }]),
    schema: siteFile,
  }),
};
