import type { APIRoute } from 'astro';
import { getPagePairs } from '../content-access';
import { sitemapXml } from '../lib/feeds';

export const GET: APIRoute = async ({ site, url }) =>
  new Response(sitemapXml(site ?? url, await getPagePairs()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
