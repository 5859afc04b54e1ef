// The full text of a language's search index, loaded right after the head (see lib/search/documents.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../build/content/schemas';
import { jsonResponse, searchIndexFiles } from './_documents';

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  jsonResponse((await searchIndexFiles(params['locale'] as Locale)).body);
