// The builders that turn content into what a page hands its island or writes into its index: guide-section links
// (a broken one fails the build naming file and field), the knowledge check's and the quiz's island props, and
// the search documents.
import { describe, expect, it, vi } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import { GUIDE_KEYS, sectionResolver, taskAnchor, type GuideHeadings } from '../../src/lib/content/guides';
import type { GuideSectionLink } from '../../src/build/content/schemas';
import { knowledgeProps } from '../../src/lib/knowledge/page-props';
import { jobAdIslandProps } from '../../src/lib/jobad/page-props';
import { methodFigures } from '../../src/lib/checker/method-figures';
import { ASSUMPTION } from '../../src/lib/checker/definitions';
import { quizLinks, quizRunnerProps } from '../../src/lib/quiz/page-props';
import { buildSearchDocuments, type IndexedGuide } from '../../src/lib/search/build-documents';
import { ROUTES } from '../../src/lib/i18n/routes';
import { pickStrings, UI_STRINGS, useTranslations } from '../../src/i18n';
import { KNOWLEDGE_STRINGS } from '../../src/lib/knowledge';
import { JOB_AD_STRINGS } from '../../src/lib/jobad';
import { QUIZ_STRINGS } from '../../src/lib/quiz';

const data = loadContentData('content');
const roles = Object.fromEntries(data.roles.map((r) => [r.id, r])) as Record<
  'smm' | 'cm',
  (typeof data.roles)[0]
>;

const guide = (title: string, slug: string, anchors: Record<string, string>): GuideHeadings => ({
  title,
  slug,
  headings: new Map(Object.entries(anchors)),
});

/** Guides that have every section the links point to, each headed "<guide key>/<anchor>". */
const guidesWith = (links: readonly GuideSectionLink[], locale: 'de' | 'en') =>
  new Map(
    [...new Set(links.map((l) => l.guide))].map((key) => {
      const anchors = links.filter((l) => l.guide === key).map((l) => l.anchor[locale]);
      return [
        key,
        guide(`Guide ${key}`, key, Object.fromEntries(anchors.map((x) => [x, `${key}/${x}`]))),
      ] as const;
    }),
  );

describe('guide section links', () => {
  const sections = sectionResolver(
    'en',
    new Map([['difference', guide('The difference', 'difference', { axes: 'Five axes' })]]),
  );
  const link = (guideKey: string, anchor: string): GuideSectionLink => ({
    guide: guideKey,
    anchor: { de: 'x', en: anchor },
  });

  it("resolves a link to the section's URL with the guide's title and the heading", () => {
    expect(sections.resolve(link('difference', 'axes'), 'file.yaml: a')).toEqual({
      href: '/en/guides/difference/#axes',
      guide: 'The difference',
      heading: 'Five axes',
    });
    expect(sections.has('difference')).toBe(true);
    expect(sections.has('careers')).toBe(false);
  });

  it('fails naming the field when the guide or the section does not exist', () => {
    expect(() => sections.resolve(link('careers', 'axes'), 'file.yaml: items[2].link')).toThrow(
      'file.yaml: items[2].link.guide: no en guide with key "careers"',
    );
    expect(() => sections.resolve(link('difference', 'gone'), 'file.yaml: items[2].link')).toThrow(
      'file.yaml: items[2].link.anchor.en: guide "difference" has no section "#gone"',
    );
  });
});

describe('knowledge check props', () => {
  const links = [...data.knowledge.sorting, ...data.knowledge.questions].map((x) => x.link);
  const headingsFor = (locale: 'de' | 'en') => guidesWith(links, locale);
  const build = (locale: 'de' | 'en', byKey = headingsFor(locale)) =>
    knowledgeProps({
      locale,
      knowledge: data.knowledge,
      roles: data.roles,
      strings: pickStrings('de', KNOWLEDGE_STRINGS),
      sections: sectionResolver(locale, byKey),
      topic: (s) => `${s.guide}: ${s.heading}`,
    });

  it('gives every item its text, explanation and section link in the page language', () => {
    const props = build('en');
    expect(props.sorting).toHaveLength(data.knowledge.sorting.length);
    const first = data.knowledge.sorting[0]!;
    const taskTitle = data.roles.flatMap((r) => r.tasks).find((task) => task.id === first.tasks[0])?.title.en;
    expect(props.sorting[0]).toMatchObject({
      id: first.id,
      text: first.text?.en ?? taskTitle,
      answer: first.answer,
      explanation: first.explanation.en,
      href: `/en/guides/${first.link.guide}/#${first.link.anchor.en}`,
      topic: `Guide ${first.link.guide}: ${first.link.guide}/${first.link.anchor.en}`,
    });
    const question = data.knowledge.questions[0]!;
    const correct = question.options.flatMap((o, i) => (o.correct ? [i] : []));
    expect(props.questions[0]!.options).toEqual(question.options.map((o) => o.text.en));
    for (let i = 0; i < question.options.length; i++)
      expect(Boolean(props.questions[0]!.correct & (1 << i)), `option ${i}`).toBe(correct.includes(i));
  });

  it('fails the build naming the data file and field of a link to a missing section', () => {
    const byKey = headingsFor('de');
    const first = data.knowledge.sorting[0]!.link;
    const broken = new Map(byKey);
    broken.set(first.guide, guide('x', first.guide, {}));
    expect(() => build('de', broken)).toThrow(
      `content/data/knowledge.yaml: sorting[0].link.anchor.de: guide "${first.guide}" has no section`,
    );
  });
});

describe('job-ad check props', () => {
  // Every section the roles' vocabulary links to exists; the flags' guides are missing, as in the test fixture.
  const byKey = guidesWith(
    data.roles.flatMap((r) => r.vocabulary.map((v) => v.link)),
    'en',
  );
  const flagSections = { 'no-pay': { guide: 'no-such-guide', anchor: { de: 'a', en: 'b' } } };
  const build = (sections = sectionResolver('en', byKey)) =>
    jobAdIslandProps({
      locale: 'en',
      roles: [roles.smm, roles.cm],
      strings: pickStrings('en', JOB_AD_STRINGS),
      sections,
      flagSections,
    });

  it("links each vocabulary task to its guide section, under the task's title and role", () => {
    const props = build();
    const entry = roles.cm.vocabulary[0]!;
    expect(props.tasks[entry.task]).toEqual({
      title: roles.cm.tasks.find((task) => task.id === entry.task)?.title.en ?? entry.task,
      role: 'cm',
      href: `/en/guides/${entry.link.guide}/#${entry.link.anchor.en}`,
      topic: `Guide ${entry.link.guide}: ${entry.link.guide}/${entry.link.anchor.en}`,
    });
    expect(props.roleNames).toEqual({ smm: roles.smm.name.en, cm: roles.cm.name.en });
  });

  it('leaves out a flag link whose guide the content lacks, and fails naming the field of a missing section', () => {
    expect(build().flagLinks).toEqual({});
    const first = roles.smm.vocabulary[0]!.link;
    const broken = new Map(byKey);
    broken.set(first.guide, guide('x', first.guide, {}));
    expect(() => build(sectionResolver('en', broken))).toThrow(
      'content/data/roles.yaml: roles[0].vocabulary[0].link.anchor.en',
    );
  });
});

describe("the hiring check's method figures", () => {
  const assumptions = [
    { id: ASSUMPTION.productiveHours, value: 32 },
    { id: ASSUMPTION.absenceShare, value: 25 },
    { id: ASSUMPTION.notYetThreshold, value: 0.25 },
    { id: ASSUMPTION.twoRolesThreshold, value: 1.5 },
    { id: ASSUMPTION.hybridMinShare, value: 30 },
    { id: ASSUMPTION.borderlineMargin, value: 10 },
  ];

  it('quotes the capacity of one person and the thresholds in hours, from the assumptions', () => {
    const figures = methodFigures(assumptions, 'en', useTranslations('en'));
    expect(figures).toMatchObject({
      productive: '32',
      absence: '25',
      capacity: '24',
      notYet: '0.25',
      two: '1.5',
    });
    // 0.25 × 24 h and 1.5 × 24 h a week.
    expect(figures['notYetHours']).toBe('6 hours');
    expect(figures['twoHours']).toBe('36 hours');
  });

  it('formats the figures for German', () => {
    const figures = methodFigures(assumptions, 'de', useTranslations('de'));
    expect(figures['notYet']).toBe('0,25');
    expect(figures['twoHours']).toBe('36 Stunden');
  });
});

describe('quiz island props', () => {
  const links = quizLinks('de', {}, () => {});

  it('finds each role its task titles by id, whatever the order of the roles data', () => {
    const props = quizRunnerProps({
      locale: 'en',
      quiz: data.quiz,
      roles: [roles.cm, roles.smm],
      strings: pickStrings('de', QUIZ_STRINGS),
      links,
    });
    expect(props.tasks.smm).toEqual(roles.smm.tasks.map((task) => task.title.en));
    expect(props.tasks.cm).toEqual(roles.cm.tasks.map((task) => task.title.en));
    expect(props.items.map((item) => item.text)).toEqual(data.quiz.items.map((item) => item.text.en));
    expect(props.version).toBe(data.quiz.version);
  });

  it('fails naming the roles file when a scored role is missing', () => {
    expect(() =>
      quizRunnerProps({
        locale: 'de',
        quiz: data.quiz,
        roles: [roles.smm],
        strings: pickStrings('de', QUIZ_STRINGS),
        links,
      }),
    ).toThrow('content/data/roles.yaml: no role "cm"');
  });

  it('links the guides by key, and the guides index (with a warning) where the content lacks one', () => {
    const warn = vi.fn();
    const all = quizLinks(
      'en',
      { [GUIDE_KEYS.smm]: '/en/guides/smm/', [GUIDE_KEYS.careers]: '/en/guides/careers/' },
      warn,
    );
    expect(all.guides.smm).toBe('/en/guides/smm/');
    expect(all.careers).toBe('/en/guides/careers/');
    expect(all.guides.cm).toBe(ROUTES.guides.en);
    expect(all.difference).toBe(ROUTES.guides.en);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toContain(`no en guide with key "${GUIDE_KEYS.cm}"`);
    expect(all.twin).toBe(ROUTES.quiz.de);
  });
});

describe('search documents', () => {
  const sample: IndexedGuide = {
    file: 'content/en/guides/sample.mdx',
    title: 'Sample',
    description: 'A sample guide.',
    url: '/en/guides/sample/',
    body: 'Opening words.\n\n## What they do\n\nTheir tasks:\n\n<RoleTasks role="smm" />\n',
    headings: [{ depth: 2, slug: 'what-they-do', text: 'What they do' }],
  };
  const build = (guides: IndexedGuide[]) =>
    buildSearchDocuments({
      locale: 'en',
      t: useTranslations('en'),
      strings: UI_STRINGS.en,
      guides,
      glossary: [
        {
          term: 'Troll',
          aliases: ['Trolling'],
          short: 'Someone who provokes.',
          body: 'More *text*.',
          url: '/en/glossary/#troll',
        },
      ],
      roles,
      quiz: data.quiz,
      checker: data.checker,
    });

  it("indexes a guide's top, its sections by anchor and each role task as a section of its own", () => {
    const { docs, bodies } = build([sample]);
    expect(docs.length).toBe(bodies.length);
    expect(docs[0]).toEqual({
      kind: 'guide',
      page: 'Sample',
      summary: 'A sample guide.',
      url: '/en/guides/sample/',
    });
    expect(bodies[0]).toBe('A sample guide. Opening words.');
    expect(docs[1]).toMatchObject({ heading: 'What they do', url: '/en/guides/sample/#what-they-do' });
    const task = roles.smm.tasks[0]!;
    const taskDoc = docs.findIndex((d) => d.url === `/en/guides/sample/#${taskAnchor(task.id)}`);
    expect(docs[taskDoc]!.heading).toBe(task.title.en);
    expect(bodies[taskDoc]).toBe(task.summary.en);
    expect(docs.filter((d) => d.url.includes('#task-'))).toHaveLength(roles.smm.tasks.length);
  });

  it('indexes glossary entries and every tool page', () => {
    const { docs } = build([]);
    expect(docs.find((d) => d.kind === 'term')).toEqual({
      kind: 'term',
      page: 'Troll',
      aliases: ['Trolling'],
      summary: 'Someone who provokes.',
      url: '/en/glossary/#troll',
    });
    expect(docs.filter((d) => d.kind === 'tool').map((d) => d.url)).toEqual([
      ROUTES.quiz.en,
      ROUTES.quizMethod.en,
      ROUTES.checker.en,
      ROUTES.knowledge.en,
      ROUTES.jobAd.en,
    ]);
  });

  it('fails naming the guide file when a heading does not match the rendered one', () => {
    const renamed = { ...sample, headings: [{ depth: 2, slug: 'x', text: 'Something else' }] };
    expect(() => build([renamed])).toThrow(
      'content/en/guides/sample.mdx: heading "What they do" does not match',
    );
  });
});
