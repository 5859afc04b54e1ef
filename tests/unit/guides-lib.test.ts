import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  citation,
  countWords,
  entryLocale,
  entrySlug,
  mergeSources,
  readingMinutes,
  relatedGuides,
  seriesNeighbours,
  tableOfContents,
} from '../../src/lib/content/guides';
import { glossaryLetter, glossaryLetterId } from '../../src/lib/content/glossary';
import { readPagePairs, sitemapSerializer } from '../../src/build/sitemap';

const guide = (key: string, order: number, roles: string[] = []) => ({
  id: `de/guides/${key}`,
  data: { key, order, title: key, roles },
});

describe('guide helpers', () => {
  it('reads locale and slug from an entry id', () => {
    expect(entryLocale('en/guides/difference')).toBe('en');
    expect(entrySlug('de/guides/unterschied')).toBe('unterschied');
    expect(() => entryLocale('fr/guides/x')).toThrow(/not under content\/de or content\/en/);
  });

  it('counts the words a reader reads, not markup', () => {
    const body =
      '## Titel\n\nDrei Wörter hier<Cite id="x" />. Ein <Term term="troll">Troll</Term> stört [Link](/a/).\n\n<RoleTasks role="cm" />\n';
    expect(countWords(body)).toBe(8); // Titel Drei Wörter hier Ein Troll stört Link
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('finds previous and next part in series order', () => {
    const series = [guide('c', 3), guide('a', 1), guide('b', 2)];
    const { previous, next, position, total } = seriesNeighbours(series, 'b');
    expect([previous?.data.key, next?.data.key, position, total]).toEqual(['a', 'c', 2, 3]);
    expect(seriesNeighbours(series, 'a').previous).toBeUndefined();
  });

  it('suggests related guides that share a role before merely near ones', () => {
    const series = [
      guide('a', 1),
      guide('b', 2, ['cm']),
      guide('c', 3, ['cm']),
      guide('d', 4),
      guide('e', 5),
      guide('f', 6, ['cm']),
    ];
    expect(relatedGuides(series, series[2]!, 2).map((g) => g.data.key)).toEqual(['f', 'a']);
  });

  it('nests h3 under h2 in the table of contents and drops stray h3s', () => {
    const toc = tableOfContents([
      { depth: 3, slug: 'stray', text: 'Stray' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((h) => [h.slug, h.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });

  it('numbers citations by their place in the list and names guide and id when one is missing', () => {
    const sources = [
      { id: 'x', publisher: 'P', title: 'T', year: 2020, url: 'https://x.org/' },
      { id: 'y', publisher: 'Q', title: 'U', year: null, url: 'https://y.org/' },
    ];
    expect(citation(sources, 'y', 'g.mdx')).toMatchObject({ number: 2, anchor: 'source-2' });
    expect(() => citation(sources, 'z', 'content/de/guides/g.mdx')).toThrow(
      'content/de/guides/g.mdx: <Cite id="z" />',
    );
  });

  it('merges bibliographies by id and rejects one id for two URLs', () => {
    const a = { id: 'a', publisher: 'P', title: 'T', year: 2020, url: 'https://a.org/' };
    expect(
      mergeSources([
        { owner: '1', sources: [a] },
        { owner: '2', sources: [a] },
      ]),
    ).toHaveLength(1);
    expect(() =>
      mergeSources([
        { owner: '1', sources: [a] },
        { owner: '2.mdx', sources: [{ ...a, url: 'https://b.org/' }] },
      ]),
    ).toThrow('2.mdx: source id "a"');
  });

  it('files glossary terms under their base letter', () => {
    expect(glossaryLetter('Übersicht')).toBe('U');
    expect(glossaryLetter('algorithm')).toBe('A');
    expect(glossaryLetter('360-Grad')).toBe('#');
    expect(glossaryLetterId('#')).toBe('letter-0-9');
    expect(glossaryLetterId('A')).toBe('letter-a');
  });
});

describe('sitemap pairs', () => {
  const guideFile = (key: string, updated: string) =>
    `---\nkey: ${key}\ntitle: T\nupdated: ${updated}\n---\n\nText.\n`;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rollenklar-pairs-'));
    for (const locale of ['de', 'en']) mkdirSync(path.join(dir, locale, 'guides'), { recursive: true });
    writeFileSync(path.join(dir, 'de/guides/unterschied.mdx'), guideFile('difference', '2026-11-20'));
    writeFileSync(path.join(dir, 'en/guides/difference.mdx'), guideFile('difference', '2026-11-26'));
    writeFileSync(path.join(dir, 'de/guides/_entwurf.mdx'), guideFile('draft', '2026-11-26'));
    writeFileSync(path.join(dir, 'en/guides/_draft.mdx'), guideFile('draft', '2026-11-26'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pairs each route and each guide with its twin by key, dated by the later change, skipping drafts', () => {
    const pairs = readPagePairs(dir);
    expect(pairs).toContainEqual({ de: '/bedarfscheck/', en: '/en/hiring-check/' });
    expect(pairs).toContainEqual({
      de: '/ratgeber/unterschied/',
      en: '/en/guides/difference/',
      updated: new Date('2026-11-26'),
    });
    expect(
      pairs.filter((p) => p.de.startsWith('/ratgeber/') && p.de !== '/ratgeber/wissenstest/'),
    ).toHaveLength(2);
    expect(JSON.stringify(pairs)).not.toMatch(/draft|entwurf/);
  });

  it('writes hreflang de, en and x-default and the pair’s date into each sitemap entry of either language', () => {
    const serialize = sitemapSerializer([
      { de: '/ratgeber/unterschied/', en: '/en/guides/difference/', updated: new Date('2026-11-26') },
    ]);
    const item = serialize({ url: 'https://rollenklar.de/en/guides/difference/' });
    expect(item.lastmod).toBe('2026-11-26T00:00:00.000Z');
    expect(item.links).toEqual([
      { lang: 'de', url: 'https://rollenklar.de/ratgeber/unterschied/' },
      { lang: 'en', url: 'https://rollenklar.de/en/guides/difference/' },
      { lang: 'x-default', url: 'https://rollenklar.de/ratgeber/unterschied/' },
    ]);
    expect(serialize({ url: 'https://rollenklar.de/ratgeber/unterschied/' }).links).toEqual(item.links);
    expect(serialize({ url: 'https://rollenklar.de/elsewhere/' })).toEqual({
      url: 'https://rollenklar.de/elsewhere/',
    });
  });
});
