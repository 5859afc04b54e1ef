// The guide series as built: every part in the index, sitemap and feeds, and source lists that show when a
// source was last checked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { DIST, htmlFileOf } from './browser';

const doc = (pagePath: string) => new JSDOM(readFileSync(htmlFileOf(pagePath), 'utf8')).window.document;
const file = (name: string) => readFileSync(`${DIST}/${name}`, 'utf8');

const NEW_PARTS = [
  { de: '/ratgeber/recht-und-plattformen/', en: '/en/guides/law-and-platforms/' },
  { de: '/ratgeber/stellenanzeigen/', en: '/en/guides/job-ads/' },
];

describe('guide series', () => {
  it.each(NEW_PARTS)('lists $de and its twin in the guide indexes, the sitemap and both feeds', (pair) => {
    expect([...doc('/ratgeber/').querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(
      pair.de,
    );
    expect([...doc('/en/guides/').querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(
      pair.en,
    );
    const sitemap = file('sitemap-0.xml');
    expect(sitemap).toContain(`${pair.de}</loc>`);
    expect(sitemap).toContain(`${pair.en}</loc>`);
    expect(file('rss.xml')).toContain(pair.de);
    expect(file('en/rss.xml')).toContain(pair.en);
  });

  it('numbers the last part as eleven of eleven in both languages', () => {
    expect(doc('/ratgeber/stellenanzeigen/').body.textContent).toContain('Teil 11 von 11');
    expect(doc('/en/guides/job-ads/').body.textContent).toMatch(/Part 11 of 11/);
  });

  it.each([
    ['/ratgeber/karriere/', /Geprüft am 1\. Dezember 2026/],
    ['/en/guides/careers/', /Checked 1 December 2026/],
  ])('%s shows the check date with each source', (pagePath, checked) => {
    const items = [...doc(pagePath).querySelectorAll('.sources li')];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.textContent).toMatch(checked);
  });
});
