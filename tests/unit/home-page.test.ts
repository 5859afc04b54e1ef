import { describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import HomePage from '../../src/components/HomePage.astro';
import { ROUTES } from '../../src/lib/i18n/routes';

// Content collections are empty in the container: the home page's picture reads the real data files instead.
vi.mock('../../src/build/content-access', async () => {
  const { loadContentData } = await import('../../src/build/content/data-files');
  const data = loadContentData();
  return {
    getRole: async (id: string) => data.roles.find((r) => r.id === id),
    getKnowledge: async () => data.knowledge,
  };
});

async function render(locale: 'de' | 'en') {
  const container = await AstroContainer.create();
  const html = await container.renderToString(HomePage, {
    props: { locale },
    request: new Request(`https://rollenklar.de${ROUTES.home[locale]}`),
  });
  return new JSDOM(html).window.document;
}

describe('home page', () => {
  it('presents the three journeys in German', async () => {
    const doc = await render('de');
    expect(doc.documentElement.lang).toBe('de');
    expect(doc.querySelector('h1')?.textContent).toBe('Social-Media-Manager:in oder Community-Manager:in?');
    const journeys = [...doc.querySelectorAll('.journey h3')].map((h) => h.textContent);
    expect(journeys).toEqual(['Verstehen', 'Herausfinden, was zu dir passt', 'Richtig einstellen']);
  });

  it('presents the three journeys in English', async () => {
    const doc = await render('en');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Social Media Manager or Community Manager?');
    expect(doc.querySelectorAll('.journey')).toHaveLength(3);
  });

  it('points the language switch at the twin page', async () => {
    const doc = await render('de');
    const link = doc.querySelector('a.lang-switch');
    expect(link?.getAttribute('href')).toBe('/en/');
    expect(link?.getAttribute('lang')).toBe('en');
    expect(link?.textContent?.trim()).toBe('English');
  });

  it('draws the two roles as overlapping rings with a title and a description from the roles data', async () => {
    const doc = await render('en');
    const svg = doc.querySelector('svg.venn')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(doc.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Two roles that overlap',
    );
    const desc = doc.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(desc).toMatch(/Social Media Manager with \d+ tasks of their own/);
    expect(desc).toMatch(/\d+ areas of work both share/);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
  });
});
