import type { APIRoute } from 'astro';

// @astrojs/sitemap writes the index at /sitemap-index.xml.
export const GET: APIRoute = ({ site, url }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
