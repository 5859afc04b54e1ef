// The house-style check (docs/content-guide.md, "House-style check"): first that each rule catches its slip and
// lets legitimate text pass, then that every content file obeys the rules.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  checkForms,
  findGluedSentences,
  htmlProse,
  mdxProse,
  uncitedFigures,
  withoutQuotes,
} from '../../src/build/content/house-style';
import type { Locale } from '../../src/build/content/schemas';
import { readMdx, type MdxFile } from './read-content';

const rules = (findings: Array<{ rule: string }>) => findings.map((f) => f.rule);

describe('the rules themselves', () => {
  it.each([
    ['de', 'Viele Communities wachsen.', 'communitys'],
    ['en', 'Many Communitys grow.', 'communities'],
    ['de', 'Es waren 74 Prozent.', 'percent-sign'],
    ['de', 'Es waren 74% der Befragten.', 'percent-space'],
    ['en', 'It was 74 per cent.', 'percent-sign'],
    ['en', 'It was 74 %.', 'percent-space'],
    ['de', 'Sie arbeitet als Social Media Manager in Köln.', 'hyphenated-title'],
    ['de', 'der Zertifikatslehrgang zum Social-Media-Manager', 'article-before-colon-form'],
    ['de', 'die Weiterbildung zur Fachwirt:in im E-Commerce', 'article-before-colon-form'],
    ['de', '**Was dran ist:** Antworten ist sichtbar.', 'myth-label'],
    ['de', 'So fassen unsere Rollendaten die Aufgaben zusammen.', 'internal-jargon'],
    ['en', 'This is how our role data sums up the tasks.', 'internal-jargon'],
  ] as const)('in %s, flags "%s" as %s', (locale, text, rule) => {
    expect(rules(checkForms(text, locale))).toEqual([rule]);
  });

  it.each([
    [
      'de',
      'Viele Communitys wachsen; 74 % der Befragten; Social-Media-Manager:innen und Community-Manager:innen.',
    ],
    ['de', 'Der Zertifikatslehrgang „Social Media Manager (PZOK)“ und die Prüfung „Geprüfte:r Fachwirt:in“.'],
    ['de', 'Der wahre Kern: Antworten ist sichtbar. Richtig ist: Es gehört mehr dazu.'],
    ['de', 'Sie wechselt zur Social-Media-Redaktion und zum Community-Team.'],
    ['en', 'Many communities grow; 74% of respondents; social media managers.'],
  ] as const)('in %s, passes "%s"', (locale, text) => {
    expect(checkForms(text, locale)).toEqual([]);
  });

  it('leaves job-title variants in a table row to the table, but not in prose', () => {
    expect(checkForms('| Social-Media-Manager:in | Social Media Manager |', 'de')).toEqual([]);
    expect(rules(checkForms('Wir suchen einen Social Media Manager.', 'de'))).toEqual(['hyphenated-title']);
  });

  it('treats figures inside quotation marks as quoted examples', () => {
    expect(uncitedFigures('Nenne die Aufteilung, etwa „60 % Social Media, 40 % Community“.')).toEqual([]);
    expect(uncitedFigures('State the split, for example "about 60% social media, 40% community".')).toEqual(
      [],
    );
    expect(rules(uncitedFigures('Die Aufteilung ist meist 60 % Social Media.'))).toEqual([
      'figure-needs-cite',
    ]);
  });

  it('drops quoted titles before checking forms, in German and English quotes', () => {
    expect(
      withoutQuotes(
        'Kurs „Social Media Manager“ und “Community Manager” bei ‚Communities‘ und "Communities"',
      ),
    ).toBe('Kurs „“ und “” bei ‚‘ und ""');
  });

  it.each([
    'Alle Begriffe kurz erklärt.36 Begriffe',
    'Prüfe dein Wissen mit Fragen.Zum Wissenstest',
    'Das war wichtig!Danach kam mehr.',
    'Sie fragte, wie es geht?Niemand wusste es.',
    'So steht es im Bericht.„Zitat“ folgt.'.replace('„', 'Ein „'),
  ])('flags the glued sentences in "%s"', (text) => {
    expect(rules(findGluedSentences(text))).toEqual(['space-after-sentence']);
  });

  it.each([
    'Laut abi.de und Gehalt.de gilt das.',
    'Mehr als 3.000 Mitglieder, ESCO v1.1 und 2,5 Stunden.',
    'Das ist z.B. so, auch beim BVCM e.V. und in den U.S.A.',
    'Siehe https://www.example.org/Pfad.Datei und mail@example.org.',
    'Eine Seite im Web: sproutsocial.com/insights/Index bleibt.',
    'Der Satz endet. Der nächste beginnt.',
  ])('passes the legitimate text "%s"', (text) => {
    expect(findGluedSentences(text)).toEqual([]);
  });

  it('flags a paragraph, list item or table row with a figure and no citation', () => {
    const body = [
      '## Zahlen',
      '',
      'Marken beantworteten nur 11 % der Anfragen (Stand 2016).',
      '',
      'Marken beantworteten nur 11 % der Anfragen (Stand 2016)<Cite id="sprout-2016" />.',
      '',
      '- Tagessätze ab 800 € sind üblich.',
      '- Tagessätze ab 800 € sind üblich<Cite id="bvcm-2018" />.',
      '',
      '| Quelle | Wert |',
      '| --- | --- |',
      '| BVCM | 51 % |',
      '| BVCM<Cite id="bvcm-2018" /> | 51 % |',
      '',
      'Seit 2010 gibt es die Definition, 2.000 Mitglieder mal 5 Minuten sind 10.000 Minuten.',
    ].join('\n');
    expect(uncitedFigures(body).map((f) => f.excerpt)).toEqual([
      'Marken beantworteten nur 11 % der Anfragen (Stand 2016).',
      '- Tagessätze ab 800 € sind üblich.',
      '| BVCM | 51 % |',
    ]);
  });

  it('treats a dated statement "(Stand 2018)" or "(as of 2018)" as a figure that needs a source', () => {
    expect(rules(uncitedFigures('Die Hälfte arbeitet so (Stand 2018).'))).toEqual(['figure-needs-cite']);
    expect(rules(uncitedFigures('Half work this way (as of 2018).'))).toEqual(['figure-needs-cite']);
  });

  it('reads the visible text of MDX and HTML without components, tags or link targets', () => {
    expect(
      mdxProse(
        'Siehe [Quiz](/quiz/) und <Term term="kpi">KPIs</Term><Cite id="x" />.\n<RoleTasks role="cm" />',
      ),
    ).toBe('Siehe Quiz und KPIs.\n ');
    const html =
      '<head><title>T</title></head><p class="lead">Kurz erklärt.<span class="count">36 Begriffe</span></p>' +
      '<p>Ende.</p><p>Neu</p><script>a.B</script>';
    expect(htmlProse(html).trim()).toBe('Kurz erklärt.36 Begriffe Ende. Neu');
  });

  it('reads the labels of an inline SVG figure apart, not as one glued sentence', () => {
    const svg =
      '<svg><title>Wer macht was</title><desc>3 Aufgabenfelder teilen beide.</desc>' +
      '<g><text>Social-Media-Manager:in</text><text>5</text></g></svg>';
    expect(findGluedSentences(htmlProse(svg))).toEqual([]);
    expect(htmlProse(svg).replace(/\s+/g, ' ').trim()).toBe(
      'Wer macht was 3 Aufgabenfelder teilen beide. Social-Media-Manager:in 5',
    );
  });
});

// ---------------------------------------------------------------- the content

interface Doc extends MdxFile {
  locale: Locale;
}

const LOCALES: Locale[] = ['de', 'en'];

function docs(kind: 'guides' | 'glossary'): Doc[] {
  return LOCALES.flatMap((locale) => readMdx(locale, kind).map((f) => ({ ...f, locale })));
}

const ALL = [...docs('guides'), ...docs('glossary')];

/** Frontmatter text the reader sees: title, description, term, short, FAQ. */
function frontProse(doc: Doc): string {
  const f = doc.front;
  const faq = (f['faq'] as Array<{ question: string; answer: string }> | undefined) ?? [];
  return [f['title'], f['description'], f['term'], f['short'], ...faq.flatMap((q) => [q.question, q.answer])]
    .filter((v): v is string => typeof v === 'string')
    .join('\n\n');
}

const show = (findings: Array<{ rule: string; excerpt: string }>) =>
  findings.map((f) => `${f.rule}: ${f.excerpt}`);

describe('every guide and glossary entry', () => {
  it.each(ALL.map((d) => [d.file, d] as const))('%s keeps the house forms', (_file, doc) => {
    const text = `${frontProse(doc)}\n\n${mdxProse(doc.body)}`;
    expect(show(checkForms(text, doc.locale))).toEqual([]);
  });

  it.each(ALL.map((d) => [d.file, d] as const))('%s never glues two sentences together', (_file, doc) => {
    const text = `${frontProse(doc)}\n\n${mdxProse(doc.body)}`;
    expect(show(findGluedSentences(text))).toEqual([]);
  });

  it.each(ALL.map((d) => [d.file, d] as const))('%s cites every figure it states', (_file, doc) => {
    expect(show(uncitedFigures(doc.body))).toEqual([]);
  });

  it.each(ALL.map((d) => [d.file, d] as const))(
    '%s gives every source a year or says why there is none',
    (_file, doc) => {
      const sources = (doc.front['sources'] as Array<Record<string, unknown>> | undefined) ?? [];
      for (const source of sources) {
        const label = `${doc.file}: ${String(source['id'] ?? source['url'])}`;
        if (source['year'] === null)
          expect(String(source['note']), `${label} has no year and the note gives no reason`).toMatch(
            /undatiert|ohne Datum|ohne Jahr|kein(?:e|en)? (?:Datum|Jahr)|laufend|undated|no date|not dated|continuously|living/i,
          );
      }
    },
  );
});

describe('the data files', () => {
  /** Every string in a YAML value, with the locale it is written in (from the `de`/`en` key above it). */
  function localized(value: unknown, locale: Locale | null = null, out: Array<[Locale, string]> = []) {
    if (typeof value === 'string' && locale) out.push([locale, value]);
    else if (Array.isArray(value)) for (const v of value) localized(v, locale, out);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        localized(v, k === 'de' || k === 'en' ? k : k === 'url' ? null : locale, out);
    return out;
  }

  it.each(['content/data/roles.yaml', 'content/data/knowledge.yaml'])(
    '%s keeps the house forms and never glues sentences',
    (file) => {
      const texts = localized(parse(readFileSync(file, 'utf8')));
      expect(texts.length).toBeGreaterThan(50);
      const findings = texts.flatMap(([locale, text]) => [
        ...checkForms(text, locale),
        ...findGluedSentences(text),
      ]);
      expect(show(findings)).toEqual([]);
    },
  );
});
