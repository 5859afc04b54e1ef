import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap } from '../../src/lib/search/normalize';
import { highlight } from '../../src/lib/search/highlight';
import { SearchEngine, createSearchIndex, groupHits } from '../../src/lib/search/engine';
import { excerpt, type SearchDocument } from '../../src/lib/search/documents';
import { mdxToText, splitSections } from '../../src/lib/search/guide-sections';

describe('fold', () => {
  it('folds umlauts and ß both ways so either spelling meets the other', () => {
    expect(fold('Übersicht')).toBe('uebersicht');
    expect(fold('Uebersicht')).toBe('uebersicht');
    expect(fold('Straße')).toBe(fold('Strasse'));
    expect(fold('GRÖSSE')).toBe('groesse');
  });

  it('ignores case and strips accents', () => {
    expect(fold('Café CRÈME')).toBe('cafe creme');
    expect(fold('Łódź')).toBe('lodz');
  });

  it('maps every folded character back to its original character', () => {
    const { folded, map } = foldWithMap('Größe');
    expect(folded).toBe('groesse');
    expect(map).toEqual([0, 1, 2, 2, 3, 3, 4]);
  });

  it('keeps the map as long as the folded text for any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { folded, map } = foldWithMap(text);
        expect(map).toHaveLength(folded.length);
        expect(folded).toBe(fold(text));
      }),
    );
  });
});

describe('highlight', () => {
  it('marks the original characters behind a folded match', () => {
    // "groesse" 0..6 covers all of "Größe"
    expect(highlight('Die Größe zählt', [[4, 10]])).toEqual([
      { text: 'Die ', match: false },
      { text: 'Größe', match: true },
      { text: ' zählt', match: false },
    ]);
  });

  it('returns the text unmarked without matches and never loses characters', () => {
    expect(highlight('Hallo', [])).toEqual([{ text: 'Hallo', match: false }]);
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(40), fc.nat(40))), (text, ranges) => {
        const segments = highlight(
          text,
          ranges.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
        );
        expect(segments.map((s) => s.text).join('')).toBe(text);
      }),
    );
  });

  it('keeps markup in content as text', () => {
    const segments = highlight('<script>alert(1)</script>', [[1, 6]]);
    expect(segments.map((s) => s.text).join('')).toBe('<script>alert(1)</script>');
  });
});

const de: SearchDocument[] = [
  {
    kind: 'guide',
    title: 'Was ist Social Media? Begriff und Plattformtypen',
    text: 'Was Social Media meint und welche Plattformtypen es gibt.',
    url: '/ratgeber/was-ist-social-media/',
  },
  {
    kind: 'guide',
    title: 'Was ist eine Online-Community?',
    text: 'Eine Gemeinschaft von Menschen, keine Technik.',
    url: '/ratgeber/was-ist-eine-online-community/',
  },
  {
    kind: 'guide',
    title: 'Die vier Kernaufgaben',
    context: 'Community-Manager:in: Aufgaben, Alltag und Fähigkeiten',
    text: 'Trolle in Schach halten, Fragen beantworten, Rückmeldungen weitergeben.',
    url: '/ratgeber/community-manager/#die-vier-kernaufgaben',
  },
  {
    kind: 'guide',
    title: 'Der Unterschied auf einen Blick: Übersicht',
    text: 'Medium oder Gemeinschaft: wo die Rollen sich trennen.',
    url: '/ratgeber/unterschied/',
  },
  {
    kind: 'guide',
    title: 'Karriere und Gehalt',
    text: 'Wege in den Beruf, Weiterbildung und Gehaltszahlen mit Jahr.',
    url: '/ratgeber/karriere/',
  },
  {
    kind: 'term',
    title: 'Troll',
    aliases: ['Trolle', 'Trolling'],
    text: 'Jemand, der Diskussionen absichtlich stört.',
    url: '/glossar/#troll',
  },
  {
    kind: 'term',
    title: 'Redaktionsplan',
    aliases: ['Redaktionskalender'],
    text: 'Plan, wann welcher Inhalt erscheint.',
    url: '/glossar/#redaktionsplan',
  },
  { kind: 'term', title: 'Shitstorm', text: 'Eine Welle empörter Kommentare.', url: '/glossar/#shitstorm' },
  {
    kind: 'task',
    title: 'Moderieren und Grenzen setzen',
    context: 'Community-Manager:in',
    text: 'Störenfriede in die Schranken weisen.',
    url: '/ratgeber/community-manager/#task-cm-moderate',
  },
  {
    kind: 'task',
    title: 'Social-Media-Strategie entwickeln',
    context: 'Social-Media-Manager:in',
    text: 'Ziele an der Unternehmensstrategie ausrichten.',
    url: '/ratgeber/social-media-manager/#task-smm-strategy',
  },
];

const en: SearchDocument[] = [
  {
    kind: 'guide',
    title: 'What is social media? The term and the platform types',
    text: 'What social media means and which platform types exist.',
    url: '/en/guides/what-is-social-media/',
  },
  {
    kind: 'guide',
    title: 'What is an online community?',
    text: 'A group of people, not a technology.',
    url: '/en/guides/what-is-an-online-community/',
  },
  {
    kind: 'guide',
    title: 'Careers and salaries',
    text: 'Ways into the job, further training and salary figures.',
    url: '/en/guides/careers/',
  },
  {
    kind: 'guide',
    title: 'Does a company need both?',
    text: 'When one person can cover both roles and when to split.',
    url: '/en/guides/does-a-company-need-both/',
  },
  {
    kind: 'term',
    title: 'Editorial calendar',
    aliases: ['content calendar'],
    text: 'A plan of what goes out when.',
    url: '/en/glossary/#editorial-calendar',
  },
  {
    kind: 'term',
    title: 'Troll',
    aliases: ['trolling'],
    text: 'Someone who disrupts discussions on purpose.',
    url: '/en/glossary/#troll',
  },
  {
    kind: 'task',
    title: 'Moderate and set boundaries',
    context: 'Community Manager',
    text: 'Keep troublemakers in check.',
    url: '/en/guides/community-manager/#task-cm-moderate',
  },
];

// The prebuilt (lean) index, as the browser gets it.
const engineDe = new SearchEngine(de, JSON.parse(JSON.stringify(createSearchIndex(de))));
const engineEn = new SearchEngine(en, JSON.parse(JSON.stringify(createSearchIndex(en))));
// What the visitor sees first (and what Enter opens): results grouped as guides, glossary, tasks.
const first = (engine: SearchEngine, q: string) =>
  groupHits(engine.search(q)).flatMap((g) => g.hits)[0]?.doc.url;

describe('ranking', () => {
  it.each([
    ['Social Media', '/ratgeber/was-ist-social-media/'],
    ['Socail Meda', '/ratgeber/was-ist-social-media/'],
    ['online community', '/ratgeber/was-ist-eine-online-community/'],
    ['Uebersicht', '/ratgeber/unterschied/'],
    ['übersicht', '/ratgeber/unterschied/'],
    ['Gehalt', '/ratgeber/karriere/'],
    ['Redaktionskalender', '/glossar/#redaktionsplan'],
    ['trolle', '/glossar/#troll'],
    ['Stoerenfriede', '/ratgeber/community-manager/#task-cm-moderate'],
  ])('German: "%s" finds %s first', (query, url) => {
    expect(first(engineDe, query)).toBe(url);
  });

  it.each([
    ['social media', '/en/guides/what-is-social-media/'],
    ['socail meda', '/en/guides/what-is-social-media/'],
    ['salary', '/en/guides/careers/'],
    ['content calendar', '/en/glossary/#editorial-calendar'],
    ['company need both', '/en/guides/does-a-company-need-both/'],
  ])('English: "%s" finds %s first', (query, url) => {
    expect(first(engineEn, query)).toBe(url);
  });

  it('requires every word of a multi-word query', () => {
    expect(engineDe.search('Shitstorm Gehalt')).toEqual([]);
    expect(engineDe.search('Shitstorm Welle').map((h) => h.doc.url)).toEqual(['/glossar/#shitstorm']);
  });

  it('returns nothing for queries under two letters and for markup-only noise', () => {
    expect(engineDe.search('a')).toEqual([]);
    expect(engineDe.search('  ')).toEqual([]);
    expect(() => engineDe.search('<script>alert(1)</script>')).not.toThrow();
  });

  it('groups results by kind, the group with the best hit first', () => {
    const groups = groupHits(engineDe.search('troll'));
    expect(groups[0]!.kind).toBe('term');
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    for (const group of groups) expect(group.hits.every((h) => h.doc.kind === group.kind)).toBe(true);
  });

  it('gives the same results with the lean prebuilt index as with an index built in place', () => {
    const inPlace = new SearchEngine(de);
    for (const q of ['social', 'Gemeinschaft', 'Trolle', 'Strategie']) {
      expect(engineDe.search(q).map((h) => h.doc.url)).toEqual(inPlace.search(q).map((h) => h.doc.url));
    }
  });
});

describe('index documents', () => {
  it('turns MDX into plain text and drops data components', () => {
    expect(
      mdxToText(
        'Ein <Term term="troll">Troll</Term> stört<Cite id="x" />. [Mehr](/a/) **fett**\n\n<RoleTasks role="cm" />',
      ),
    ).toBe('Ein Troll stört. Mehr fett');
  });

  it('splits a guide into its intro and its ## and ### sections', () => {
    const sections = splitSections(
      'Intro text.\n\n## Erster Teil\n\nA.\n\n### Unterpunkt\n\nB.\n\n## Zweiter\n\nC.',
    );
    expect(sections.map((s) => [s.heading, s.depth, s.text])).toEqual([
      [null, 1, 'Intro text.'],
      ['Erster Teil', 2, 'A.'],
      ['Unterpunkt', 3, 'B.'],
      ['Zweiter', 2, 'C.'],
    ]);
  });

  it('cuts excerpts at a word boundary', () => {
    const text = 'wort '.repeat(60);
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(52);
    expect(cut.endsWith(' …')).toBe(true);
  });
});

describe('lean prebuilt index', () => {
  it('ships only the key list and the word count', () => {
    const index = createSearchIndex(de);
    expect(Object.keys(index).sort()).toEqual(['keys', 'size']);
    expect(index.size).toBeGreaterThan(20);
  });

  it('refuses an index built from other documents, with a clear message', () => {
    const index = createSearchIndex(de);
    expect(() => new SearchEngine(en, index)).toThrow(/rebuild the site/);
  });
});
