import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import en from '../../src/i18n/en.json';
import { createTranslator, interpolate, missingKeys } from '../../src/lib/i18n/translate';
import { otherLocale, ROUTES } from '../../src/lib/i18n/routes';
import { pageLocale } from '../../src/page-locals';

describe('UI strings', () => {
  it('has every key in both languages', () => {
    expect(missingKeys(de, en)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('uses flat dotted keys and no empty strings', () => {
    for (const strings of [de, en]) {
      for (const [key, value] of Object.entries(strings)) {
        expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/);
        expect(value.trim()).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(de) as Array<keyof typeof de>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it('fills placeholders and throws on an unknown key', () => {
    const t = createTranslator({ 'quiz.progress': 'Frage {n} von {total}' }, 'de');
    expect(t('quiz.progress', { n: 3, total: 20 })).toBe('Frage 3 von 20');
    expect(() => t('nope')).toThrow('Missing UI string "nope" for locale "de"');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('writes German with the colon inclusive form, never with asterisk or slash forms', () => {
    for (const value of Object.values(de)) {
      expect(value).not.toMatch(/\w\*innen|\w\/innen|\wInnen\b|\w_innen/);
    }
  });
});

describe('routes', () => {
  it('puts German at the root and English under /en/', () => {
    for (const [name, paths] of Object.entries(ROUTES)) {
      expect(paths.de.startsWith('/en/'), name).toBe(false);
      expect(paths.en.startsWith('/en/'), name).toBe(true);
      expect(paths.de.endsWith('/') && paths.en.endsWith('/'), name).toBe(true);
    }
  });

  it("takes a page's language from Astro's locale and refuses one the site does not have", () => {
    expect(pageLocale('de', '/ratgeber/unterschied/')).toBe('de');
    expect(pageLocale('en', '/en/')).toBe('en');
    expect(() => pageLocale(undefined, '/x/')).toThrow('/x/: no site language');
    expect(() => pageLocale('fr', '/fr/')).toThrow('/fr/: no site language');
    expect(otherLocale('de')).toBe('en');
  });
});
