import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap } from '../../src/lib/search/normalize';
import { highlight } from '../../src/lib/search/highlight';
import { queryWords, stem, tokenize } from '../../src/lib/search/text';
import { editDistance, excerpt, groupHits, SearchEngine } from '../../src/lib/search/engine';
import { fullEngine, loadSearch } from '../../src/lib/search/client';
import { documentsKey, pageKey, type SearchDocument } from '../../src/lib/search/documents';
import { mdxToText, splitSections } from '../../src/lib/search/guide-sections';

describe('fold', () => {
  it('folds umlauts and ß so either spelling meets the other', () => {
    expect(fold('Übersicht')).toBe(fold('Uebersicht'));
    expect(fold('Straße')).toBe(fold('Strasse'));
    expect(fold('GRÖSSE')).toBe('groesse');
  });

  it('maps a plain u, o or a to itself, not to an umlaut', () => {
    expect(fold('Ubersicht')).not.toBe(fold('Übersicht'));
    expect(fold('schon')).not.toBe(fold('schön'));
  });

  it('ignores case and strips accents', () => {
    expect(fold('Café CRÈME')).toBe('cafe creme');
    expect(fold('Łódź')).toBe('lodz');
  });
});

describe('foldWithMap (the job-ad check highlights through it)', () => {
  it('maps every folded character back to its original character', () => {
    const { folded, map } = foldWithMap('Größe');
    expect(folded).toBe('groesse');
    expect(map).toEqual([0, 1, 2, 2, 3, 3, 4]);
  });

  it('keeps the map as long as the folded text, and folds exactly as fold does, for any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { folded, map } = foldWithMap(text);
        expect(map).toHaveLength(folded.length);
        expect(folded).toBe(fold(text));
      }),
    );
  });
});

describe('tokenize and stem', () => {
  it('gives each word its place in the original text and its folded forms', () => {
    const text = 'Die Größe zählt';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Die', 'Größe', 'zählt']);
    expect(tokens[1]!.forms).toEqual(['groesse']);
  });

  it('indexes a hyphenated compound by its parts and as one word, with the inclusive ending', () => {
    const [token] = tokenize('Community-Manager:innen');
    expect(token!.forms).toEqual(['community', 'managerinnen', 'communitymanagerinnen']);
    expect(queryWords('Community-Manager')).toEqual(['community', 'manager']);
  });

  it('brings plurals and inclusive forms to one stem', () => {
    expect(stem('trolle', 'de')).toBe(stem('troll', 'de'));
    expect(stem('kampagnen', 'de')).toBe(stem('kampagne', 'de'));
    expect(stem('managerinnen', 'de')).toBe(stem('manager', 'de'));
    expect(stem('managerin', 'de')).toBe(stem('manager', 'de'));
    expect(stem('communities', 'en')).toBe(stem('community', 'en'));
    expect(stem('campaigns', 'en')).toBe(stem('campaign', 'en'));
    expect(stem('business', 'en')).toBe('business');
  });

  it('counts swapped neighbours as one edit', () => {
    expect(editDistance('socail', 'social')).toBe(1);
    expect(editDistance('meda', 'media')).toBe(1);
    expect(editDistance('meda', 'bedarf')).toBeGreaterThan(2);
  });
});

describe('highlight', () => {
  it('marks the matched ranges of the text', () => {
    expect(highlight({ text: 'Die Größe zählt', ranges: [[4, 9]] })).toEqual([
      { text: 'Die ', match: false },
      { text: 'Größe', match: true },
      { text: ' zählt', match: false },
    ]);
  });

  it('never loses or repeats a character, whatever the ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(40), fc.nat(40))), (text, pairs) => {
        const ranges = pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
        expect(
          highlight({ text, ranges })
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('keeps markup in content as text', () => {
    const segments = highlight({ text: '<script>alert(1)</script>', ranges: [[1, 7]] });
    expect(segments.map((s) => s.text).join('')).toBe('<script>alert(1)</script>');
  });
});

const guide = (slug: string, page: string, heading?: string, anchor?: string): SearchDocument => ({
  kind: 'guide',
  page,
  ...(heading ? { heading } : {}),
  summary: heading ? '' : `${page}.`,
  url: `/ratgeber/${slug}/${anchor ? `#${anchor}` : ''}`,
});
const term = (key: string, page: string, aliases: string[] = []): SearchDocument => ({
  kind: 'term',
  page,
  ...(aliases.length ? { aliases } : {}),
  summary: `${page}: kurz erklärt.`,
  url: `/glossar/#${key}`,
});

// A small German site: documents and their full text.
const corpus: Array<[SearchDocument, string]> = [
  [
    guide('cm', 'Community-Manager:in: Aufgaben und Alltag'),
    'Was Community-Manager:innen den ganzen Tag tun.',
  ],
  [
    guide('cm', 'Community-Manager:in: Aufgaben und Alltag', 'Moderation', 'moderation'),
    'Moderation heißt Gespräche begleiten. Moderation hält Trolle fern. Gute Moderation ist leise.',
  ],
  [
    guide('cm', 'Community-Manager:in: Aufgaben und Alltag', 'Regeln aufstellen', 'regeln'),
    'Die Moderationsregeln stehen in der Netiquette. Eine typische Woche beginnt mit Lesen.',
  ],
  [guide('unterschied', 'Der Unterschied auf einen Blick'), 'Eine Übersicht der beiden Rollen.'],
  [
    guide('unterschied', 'Der Unterschied auf einen Blick', 'Überschneidungen', 'ueberschneidungen'),
    'Wo sich die Rollen überschneiden, steht im Bericht der Studie.',
  ],
  [guide('karriere', 'Karriere und Gehalt'), 'Wege in den Beruf, Weiterbildung und Gehaltszahlen mit Jahr.'],
  [
    guide('karriere', 'Karriere und Gehalt', 'Kampagnen planen', 'kampagnen'),
    'Wer Kampagnen plant, braucht einen Redaktionsplan und etwas Moderation.',
  ],
  [term('troll', 'Troll', ['Trolling']), 'Jemand, der Diskussionen absichtlich stört.'],
  [term('redaktionsplan', 'Redaktionsplan', ['Redaktionskalender']), 'Plan, wann welcher Inhalt erscheint.'],
  [term('moderation', 'Moderation', ['Moderieren']), 'Begleiten und Steuern von Diskussionen.'],
  [term('kampagne', 'Kampagne', ['Social-Media-Kampagne']), 'Eine Aktion mit Ziel und Ende.'],
  [term('social-media', 'Social Media'), 'Plattformen, auf denen Menschen Inhalte teilen.'],
  [
    {
      kind: 'tool',
      page: 'Selbsttest: Welche Rolle passt zu dir?',
      aliases: ['Selbsttest'],
      summary: 'Test.',
      url: '/quiz/',
    },
    'Der Selbsttest fragt nach Tätigkeiten.',
  ],
  [
    { kind: 'tool', page: 'So funktioniert der Selbsttest', summary: 'Methode.', url: '/quiz/methodik/' },
    'Der Selbsttest, der Selbsttest und nochmals der Selbsttest: wie er rechnet.',
  ],
];
const docs = corpus.map(([doc]) => doc);
const engine = new SearchEngine(
  docs,
  'de',
  corpus.map(([, body]) => body),
);
const pages = (query: string) =>
  engine.search(query).hits.map((h) => pageKey({ kind: h.kind, url: h.url } as SearchDocument));
const urls = (query: string) => engine.search(query).hits.map((h) => h.url);

describe('matching, exact first', () => {
  it('ranks the exact word above a compound that starts with it, and finds both', () => {
    const found = urls('Moderation');
    expect(found[0]).toBe('/glossar/#moderation');
    expect(found).toContain('/ratgeber/cm/#moderation');
    expect(found).toContain('/ratgeber/karriere/#kampagnen');
    // "Moderationsregeln" is found through its first part.
    expect(urls('Moderationsregeln')).toEqual(['/ratgeber/cm/#regeln']);
  });

  it('finds the head of a German compound ("Regeln" finds "Moderationsregeln") and hyphenated parts', () => {
    expect(urls('Kalender')).toEqual(['/glossar/#redaktionsplan']);
    expect(pages('Manager')).toContain('/ratgeber/cm/');
    expect(pages('Community')).toContain('/ratgeber/cm/');
    expect(pages('Communitymanagerin')).toContain('/ratgeber/cm/');
  });

  it('matches plurals and inflections', () => {
    expect(urls('Trolle')[0]).toBe('/glossar/#troll');
    expect(urls('Kampagnen')).toContain('/glossar/#kampagne');
    expect(pages('Managerinnen')).toContain('/ratgeber/cm/');
  });

  it('treats ae, oe, ue and ss as the umlaut or ß, and then adds no fuzzy guesses', () => {
    const found = urls('Uebersicht');
    expect(found).toEqual(['/ratgeber/unterschied/']);
    expect(urls('Übersicht')).toEqual(found);
  });

  it('tolerates typos when the word is not in the text', () => {
    expect(urls('Moderatoin')[0]).toBe('/glossar/#moderation');
    expect(urls('Socail Meda')[0]).toBe('/glossar/#social-media');
    expect(urls('Redaktionsplna')[0]).toBe('/glossar/#redaktionsplan');
  });

  it('requires every word of a query, found anywhere in the same page', () => {
    expect(urls('Troll Gehalt')).toEqual([]);
    // "Netiquette" and "Trolle" are in different sections of one guide.
    expect(pages('Netiquette Trolle')).toEqual(['/ratgeber/cm/']);
  });

  it('returns nothing for queries under two letters or without words, and survives markup', () => {
    expect(engine.search('a').hits).toEqual([]);
    expect(engine.search('  ').total).toBe(0);
    expect(() => engine.search('<script>alert(1)</script>')).not.toThrow();
  });
});

describe('ranking', () => {
  it('weighs a title above a heading above the body', () => {
    const docsByField: SearchDocument[] = [
      { kind: 'guide', page: 'Anderes', heading: 'Nichts', summary: '', url: '/ratgeber/body/#x' },
      { kind: 'guide', page: 'Anderes', heading: 'Eskalation', summary: '', url: '/ratgeber/heading/#x' },
      { kind: 'guide', page: 'Eskalation im Alltag', summary: '', url: '/ratgeber/title/' },
    ];
    const fieldEngine = new SearchEngine(docsByField, 'de', [
      'Die Eskalation folgt. Eskalation!',
      'Text.',
      'Text.',
    ]);
    expect(fieldEngine.search('Eskalation').hits.map((h) => h.url)).toEqual([
      '/ratgeber/title/',
      '/ratgeber/heading/#x',
      '/ratgeber/body/#x',
    ]);
  });

  it('ranks more mentions higher, and the same mentions in a shorter section higher (BM25)', () => {
    const section = (n: number): SearchDocument => ({
      kind: 'guide',
      page: `Seite ${n}`,
      heading: 'Abschnitt',
      summary: '',
      url: `/ratgeber/s${n}/#a`,
    });
    const filler = 'und noch mehr Text ohne das Wort '.repeat(6);
    const bm25 = new SearchEngine([section(1), section(2), section(3)], 'de', [
      `Krise. ${filler}`,
      `Krise, Krise, Krise. ${filler}`,
      'Krise.',
    ]);
    const order = bm25.search('Krise').hits.map((h) => h.url);
    expect(order.indexOf('/ratgeber/s2/#a')).toBeLessThan(order.indexOf('/ratgeber/s1/#a'));
    expect(order.indexOf('/ratgeber/s3/#a')).toBeLessThan(order.indexOf('/ratgeber/s1/#a'));
  });

  it('shows a page once, leading to its best-matching section', () => {
    const hits = engine.search('Moderation Trolle').hits;
    expect(hits.filter((h) => h.url.startsWith('/ratgeber/cm/'))).toHaveLength(1);
    expect(hits.find((h) => h.url.startsWith('/ratgeber/cm/'))!.url).toBe('/ratgeber/cm/#moderation');
  });

  it('puts a page first when the query is its exact name, even against more mentions elsewhere', () => {
    expect(urls('Selbsttest')[0]).toBe('/quiz/');
  });

  it('counts matching pages in all and per kind', () => {
    const result = engine.search('Moderation');
    expect(result.total).toBe(result.hits.length);
    expect(result.counts.term + result.counts.guide + result.counts.tool).toBe(result.total);
    expect(engine.search('Moderation', 1).total).toBe(result.total);
  });

  it('groups hits by kind, the group holding the best hit first', () => {
    const hits = engine.search('Moderation').hits;
    const groups = groupHits(hits);
    expect(groups[0]!.kind).toBe('term');
    expect(groups.map((g) => g.kind).sort()).toEqual(['guide', 'term']);
    for (const group of groups) expect(group.hits.every((h) => h.kind === group.kind)).toBe(true);
  });
});

describe('excerpts', () => {
  it('shows the words around the match, marked, and says where it was cut', () => {
    const text = `${'Vorher steht viel anderer Text. '.repeat(8)}Hier geht es um Moderation im Forum. ${'Danach kommt noch mehr. '.repeat(8)}`;
    const cut = excerpt(text, new Set(['moderation']), 100);
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(cut.text.endsWith(' …')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(106);
    expect(cut.ranges).toHaveLength(1);
    const [start, end] = cut.ranges[0]!;
    expect(cut.text.slice(start, end)).toBe('Moderation');
  });

  it('takes the excerpt from the section that matched', () => {
    const hit = engine.search('Netiquette').hits[0]!;
    const [start, end] = hit.excerpt.ranges[0]!;
    expect(hit.excerpt.text.slice(start, end)).toBe('Netiquette');
    expect(hit.heading?.text).toBe('Regeln aufstellen');
  });
});

describe('index in two parts', () => {
  const key = documentsKey(docs);
  const head = { version: 2 as const, locale: 'de', key, docs };

  it('searches titles, headings and summaries before the full text has arrived', () => {
    const headOnly = new SearchEngine(docs, 'de');
    expect(headOnly.search('Troll').hits[0]!.url).toBe('/glossar/#troll');
    expect(headOnly.search('Netiquette').hits).toEqual([]);
    const full = fullEngine(head, { version: 2, locale: 'de', key, bodies: corpus.map(([, b]) => b) });
    expect(full.search('Netiquette').hits[0]!.url).toBe('/ratgeber/cm/#regeln');
  });

  it('indexes in slices with pauses between them and finds the same as an engine indexed at once', async () => {
    const many = Array.from({ length: 60 }, (_, i) => corpus[i % corpus.length]!);
    const manyDocs = many.map(([doc], i) => ({ ...doc, url: `${doc.url}-${i}` }));
    const manyBodies = many.map(([, body]) => body);
    let pauses = 0;
    const sliced = await SearchEngine.build(manyDocs, 'de', manyBodies, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(1);
    const atOnce = new SearchEngine(manyDocs, 'de', manyBodies);
    for (const query of ['Moderation', 'Trolle', 'Socail Meda', 'Kalender']) {
      expect(sliced.search(query)).toEqual(atOnce.search(query));
    }
  });

  it('loads the head, then the body, once per language, and refuses parts of different builds', async () => {
    const requested: string[] = [];
    const serve = (files: Record<string, unknown>) =>
      (async (url: string) => {
        requested.push(url);
        return new Response(JSON.stringify(files[url]), { status: 200 });
      }) as unknown as typeof fetch;
    const bodies = corpus.map(([, b]) => b);
    const good = serve({
      '/search-index/t1.json': { ...head, locale: 't1' },
      '/search-index/t1-body.json': { version: 2, locale: 't1', key, bodies },
    });
    const load = loadSearch('t1', good);
    expect((await load.head).search('Netiquette').total).toBe(0);
    expect((await load.full).search('Netiquette').hits[0]!.url).toBe('/ratgeber/cm/#regeln');
    expect(loadSearch('t1', good)).toBe(load);
    expect(requested).toEqual(['/search-index/t1.json', '/search-index/t1-body.json']);
    const mixed = loadSearch(
      't2',
      serve({
        '/search-index/t2.json': { ...head, locale: 't2' },
        '/search-index/t2-body.json': { version: 2, locale: 't2', key: 'other', bodies },
      }),
    );
    await expect(mixed.full).rejects.toThrow(/rebuild the site/);
  });

  it('refuses a body file from another build, with a clear message', () => {
    const other = documentsKey(docs.slice(1));
    expect(other).not.toBe(key);
    expect(() => fullEngine(head, { version: 2, locale: 'de', key: other, bodies: [] })).toThrow(
      /rebuild the site/,
    );
    expect(() => new SearchEngine(docs, 'de', ['nur einer'])).toThrow(/rebuild the site/);
  });
});

describe('index documents', () => {
  it('turns MDX into plain text, renders data components and drops citations', () => {
    expect(
      mdxToText(
        'Ein <Term term="troll">Troll</Term> stört<Cite id="x" />. [Mehr](/a/) **fett**\n\n<RoleSkills role="cm" />',
        (name, attrs) => (name === 'RoleSkills' ? `Zuhören (${attrs['role']})` : ''),
      ),
    ).toBe('Ein Troll stört . Mehr fett Zuhören (cm)');
  });

  it('splits a guide into its intro and its ## and ### sections, noting their data components', () => {
    const sections = splitSections(
      'Intro text.\n\n## Erster Teil\n\nA.\n\n<RoleTasks role="cm" />\n\n### Unterpunkt\n\nB.\n\n## Zweiter\n\nC.',
    );
    expect(sections.map((s) => [s.heading, s.depth, s.text])).toEqual([
      [null, 1, 'Intro text.'],
      ['Erster Teil', 2, 'A.'],
      ['Unterpunkt', 3, 'B.'],
      ['Zweiter', 2, 'C.'],
    ]);
    expect(sections[1]!.components).toEqual([{ name: 'RoleTasks', attrs: { role: 'cm' } }]);
  });
});
