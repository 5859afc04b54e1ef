import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import en from '../../src/i18n/en.json';
import { interpolate, translator } from '../../src/lib/i18n/translate';
import { pickStrings, type StringSpec } from '../../src/i18n';
import { QUIZ_STRINGS } from '../../src/lib/quiz/runner';
import { KNOWLEDGE_STRINGS } from '../../src/lib/knowledge/model';
import { CHECKER_STRINGS } from '../../src/lib/checker/strings';
import { JOB_AD_STRINGS } from '../../src/lib/jobad/view';
import { SEARCH_STRINGS } from '../../src/lib/search/strings';
import { otherLocale, ROUTES } from '../../src/lib/i18n/routes';
import { pageLocale } from '../../src/page-locals';

describe('UI strings', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
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

  it('fills placeholders and throws on an unknown key instead of showing it', () => {
    const t = translator({ 'quiz.progress': 'Frage {n} von {total}' });
    expect(t('quiz.progress', { n: 3, total: 20 })).toBe('Frage 3 von 20');
    // The key type rules this out; a key that slips through at run time must fail loudly.
    expect(() => (t as (key: string) => string)('nope')).toThrow('Missing UI string "nope"');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(interpolate('{count} of {count}', { count: 0 })).toBe('0 of 0');
  });

  it('writes German with the colon inclusive form, never with asterisk or slash forms', () => {
    for (const value of Object.values(de)) {
      expect(value).not.toMatch(/\w\*innen|\w\/innen|\wInnen\b|\w_innen/);
    }
  });
});

describe('island strings (pickStrings)', () => {
  const ISLANDS = {
    quiz: QUIZ_STRINGS,
    knowledge: KNOWLEDGE_STRINGS,
    checker: CHECKER_STRINGS,
    jobad: JOB_AD_STRINGS,
    search: SEARCH_STRINGS,
  } satisfies Record<string, StringSpec>;

  it('picks the keys under a prefix, minus excluded prefixes, plus whole keys named despite them', () => {
    const picked = pickStrings('de', CHECKER_STRINGS);
    expect(picked['checker.verdict.notYet']).toBe(de['checker.verdict.notYet']);
    expect(picked).not.toHaveProperty(['checker.form.heading']);
    expect(picked).not.toHaveProperty(['checker.page.title']);
    expect(picked['checker.form.echo']).toBe(de['checker.form.echo']);
    expect(Object.keys(picked).every((key) => key.startsWith('checker.'))).toBe(true);
    // A whole key excludes only itself: "quiz.noscript" goes, "quiz.noscriptX" would stay.
    const quiz = pickStrings('en', QUIZ_STRINGS);
    expect(quiz).not.toHaveProperty(['quiz.noscript']);
    expect(quiz).not.toHaveProperty(['quiz.noscript.items']);
    expect(quiz['quiz.progressAnnounce']).toBe(en['quiz.progressAnnounce']);
  });

  it('fails the build on an entry that names no string (a renamed key)', () => {
    expect(() => pickStrings('de', { include: ['quiz.gone.'] } as unknown as StringSpec)).toThrow(
      'No UI string matches "quiz.gone."',
    );
    expect(() =>
      pickStrings('de', { include: ['quiz.'], exclude: ['quiz.renamed'] } as unknown as StringSpec),
    ).toThrow('No UI string matches "quiz.renamed"');
  });

  it.each(Object.entries(ISLANDS))(
    '%s: hands its island the same keys in both languages, only its own, and none of the page-only ones',
    (name, spec) => {
      const [picked, other] = [pickStrings('de', spec), pickStrings('en', spec)];
      expect(Object.keys(picked).length).toBeGreaterThan(5);
      expect(Object.keys(other).sort()).toEqual(Object.keys(picked).sort());
      const prefix = `${name}.`;
      for (const key of Object.keys(picked)) {
        expect(key.startsWith(prefix), key).toBe(true);
        expect(key, key).not.toMatch(/\.(page|method|teaser)\./);
      }
    },
  );
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
