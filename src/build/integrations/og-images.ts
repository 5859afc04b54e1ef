/**
 * After the build: the share preview of every page (Open Graph image, src/build/og-card.ts), written where the
 * page's own `og:image` points, from its `og:title` and the site section it belongs to.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Locale } from '../content/schemas';
import { cardPng, sectionOf } from '../og-card';
import type { RouteName } from '../../lib/i18n/routes';
import { useTranslations, type UiKey } from '../../i18n';
import { builtPages, decodeAttribute } from './built-pages';

const KIND: Record<RouteName, UiKey> = {
  home: 'layout.og.home',
  guides: 'nav.guides',
  knowledge: 'knowledge.teaser.title',
  glossary: 'nav.glossary',
  quiz: 'nav.quiz',
  quizMethod: 'nav.quiz',
  checker: 'nav.checker',
  jobAd: 'jobad.page.title',
  search: 'nav.search',
  privacy: 'footer.privacy',
  imprint: 'footer.imprint',
};

const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
export function ogImages(): AstroIntegration {
  return {
    name: 'rollenklar:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const { page, html } of builtPages(dir)) {
          const image = meta(html, 'og:image');
          const title = meta(html, 'og:title');
          if (!image || !title) throw new Error(`${page} has no og:image or og:title`);
          const url = new URL(image);
          const locale: Locale = /<html lang="en"/.test(html) ? 'en' : 'de';
          const pagePath = new URL(meta(html, 'og:url') ?? '/', url).pathname;
          const kind = useTranslations(locale)(KIND[sectionOf(pagePath, locale)]);
          const target = path.join(root, url.pathname);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, await cardPng(decodeAttribute(title), kind, url.host));
          count++;
        }
        logger.info(`${count} share preview images written`);
      },
    },
  };
}
