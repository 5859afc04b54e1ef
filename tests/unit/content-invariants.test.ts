// Invariants of the real content in content/: twins, sources, length, seed coverage, glossary links.
import { describe, expect, it } from 'vitest';
import { glossaryFrontmatter, guideFrontmatter, type Locale } from '../../src/build/content/schemas';
import { loadContentData } from '../../src/build/content/data-files';
import { countWords } from '../../src/lib/content/guides';
import { readMdx } from './read-content';

const LOCALES: Locale[] = ['de', 'en'];

function parsed<T>(kind: 'guides' | 'glossary', schema: { parse: (v: unknown) => T }) {
  const out = {} as Record<Locale, Array<{ file: string; slug: string; body: string; data: T }>>;
  for (const locale of LOCALES) {
    out[locale] = readMdx(locale, kind).map((g) => ({
      file: g.file,
      slug: g.slug,
      body: g.body,
      data: schema.parse(g.front),
    }));
  }
  return out;
}

const guides = parsed('guides', guideFrontmatter);
const glossary = parsed('glossary', glossaryFrontmatter);

describe('guides', () => {
  it('has the eleven parts of the series in both languages, in order', () => {
    for (const locale of LOCALES) {
      expect(guides[locale].map((g) => g.data.order).sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
      ]);
    }
  });

  it('gives every German guide an English twin with the same key and order, and the other way round', () => {
    const pairs = (l: Locale) => guides[l].map((g) => `${g.data.key}@${g.data.order}`).sort();
    expect(pairs('en')).toEqual(pairs('de'));
  });

  it.each(LOCALES.flatMap((l) => guides[l].map((g) => [g.file, g] as const)))(
    '%s has 600 to 1,500 words',
    (_file, guide) => {
      const words = countWords(guide.body);
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1500);
    },
  );

  it('cites only sources it lists and lists only sources it cites', () => {
    for (const locale of LOCALES) {
      for (const guide of guides[locale]) {
        const cited = new Set([...guide.body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]));
        const listed = new Set(guide.data.sources.map((s) => s.id));
        for (const id of cited) expect(listed, `${guide.file} cites ${id}`).toContain(id);
        for (const id of listed) expect(cited, `${guide.file} lists ${id}`).toContain(id);
      }
    }
  });

  it('gives every source an http(s) URL, and a year or a note saying why it has none', () => {
    for (const locale of LOCALES) {
      for (const guide of guides[locale]) {
        for (const source of guide.data.sources) {
          expect(source.url, guide.file).toMatch(/^https?:\/\/[^\s]+\.[^\s]+/);
          // The source list shows "(ohne Jahr)"; the note says why, so the prose need not repeat "undatiert".
          if (source.year === null)
            expect(source.note, `${guide.file}: ${source.id} is undated`).toBeTruthy();
        }
      }
    }
  });

  // Guides revised after the 2026 editorial review record when each source was last read.
  const CHECKED_GUIDES = ['careers', 'law-platforms', 'job-ads'];

  it.each(CHECKED_GUIDES)('gives every source of the %s guide a check date in both languages', (key) => {
    for (const locale of LOCALES) {
      const guide = guides[locale].find((g) => g.data.key === key);
      expect(guide, `${locale} guide ${key}`).toBeDefined();
      for (const source of guide!.data.sources)
        expect(source.checked, `${guide!.file}: ${source.id}`).toBeInstanceOf(Date);
    }
  });

  it('uses one heading level for sections and never a second h1', () => {
    for (const locale of LOCALES) {
      for (const guide of guides[locale]) {
        expect(guide.body, guide.file).not.toMatch(/^# /m);
        expect([...guide.body.matchAll(/^## /gm)].length, guide.file).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('links glossary terms that exist in the same language', () => {
    for (const locale of LOCALES) {
      const keys = new Set(glossary[locale].map((g) => g.data.key));
      for (const doc of [...guides[locale], ...glossary[locale]]) {
        for (const [, key] of doc.body.matchAll(/<Term term="([^"]+)"/g))
          expect(keys, `${doc.file} → ${key}`).toContain(key);
      }
    }
  });

  it('writes German with the colon inclusive form only', () => {
    for (const doc of [...guides.de, ...glossary.de]) {
      expect(doc.body, doc.file).not.toMatch(/\p{L}(\*|_|\/)innen\b|\p{Ll}Innen\b/u);
    }
  });
});

describe('glossary', () => {
  it('has at least 30 terms in each language', () => {
    for (const locale of LOCALES) expect(glossary[locale].length).toBeGreaterThanOrEqual(30);
  });

  it('pairs every German term with an English twin and the other way round', () => {
    const keys = (l: Locale) => glossary[l].map((g) => g.data.key).sort();
    expect(keys('en')).toEqual(keys('de'));
  });

  it('relates only to terms that exist', () => {
    for (const locale of LOCALES) {
      const keys = new Set(glossary[locale].map((g) => g.data.key));
      for (const entry of glossary[locale])
        for (const r of entry.data.related) expect(keys, `${entry.file} → ${r}`).toContain(r);
    }
  });

  it('uses ASCII file names so anchors survive every tool', () => {
    for (const locale of LOCALES)
      for (const entry of glossary[locale]) expect(entry.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('uses each source id for one URL only across the glossary page', () => {
    for (const locale of LOCALES) {
      const urls = new Map<string, string>();
      for (const entry of glossary[locale]) {
        for (const s of entry.data.sources) {
          const known = urls.get(s.id ?? s.url);
          if (known) expect(s.url, `${entry.file}: ${s.id}`).toBe(known);
          urls.set(s.id ?? s.url, s.url);
        }
      }
    }
  });
});

describe('roles data', () => {
  const { roles } = loadContentData('content');
  const taskIds = new Set(roles.flatMap((r) => r.tasks.map((t) => t.id)));

  // Each point the seed article makes about the two jobs, and the task that carries it.
  const SEED_POINTS: Record<string, string> = {
    'Community entwickeln und managen, bei Ärger oder Fragen sofort handeln': 'cm.run-community',
    'Trolle, Störenfriede und Nörgler in die Schranken weisen, notfalls blockieren': 'cm.moderate',
    'Strategien des Social Media Managers auf Beiträge, Serien, Kampagnen anwenden und weiterentwickeln':
      'cm.apply-strategy',
    'Bedürfnisse der Fans ins Unternehmen zurückspielen (Marktforschung)': 'cm.feedback-loop',
    'Social-Media-Strategie entwickeln, mit der Unternehmensstrategie in Einklang bringen': 'smm.strategy',
    'Feedback analysieren und Kommunikation strategisch anpassen': 'smm.feedback-analysis',
    'Kanäle analysieren und auswählen': 'smm.channel-selection',
    'Monitoring und seine Auswertung': 'smm.monitoring',
  };

  it.each(Object.entries(SEED_POINTS))('covers the seed point "%s" with task %s', (_point, taskId) => {
    expect(taskIds).toContain(taskId);
  });

  it('describes both roles with tasks, skills, KPIs, tools, a five-day week and sources', () => {
    expect(roles.map((r) => r.id).sort()).toEqual(['cm', 'smm']);
    for (const role of roles) {
      expect(role.tasks.length).toBeGreaterThanOrEqual(6);
      expect(role.skills.length).toBeGreaterThanOrEqual(5);
      expect(role.kpis.length).toBeGreaterThanOrEqual(5);
      expect(role.tools.length).toBeGreaterThanOrEqual(4);
      expect(role.typicalWeek.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
      expect(role.sources.length).toBeGreaterThanOrEqual(3);
    }
  });
});
