// Job-ad starters built from the real roles data, as plain text and as Markdown.
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content/data-files';
import type { Locale, Role } from '../../src/lib/content/schemas';
import { interpolate } from '../../src/lib/i18n/translate';
import {
  buildJobAd,
  escapeMarkdown,
  firstSentence,
  jobAdContent,
  type JobAdExtras,
  type JobAdStringKey,
} from '../../src/lib/checker';

const { roles } = loadContentData('content');
const smm = roles.find((r) => r.id === 'smm')!;
const cm = roles.find((r) => r.id === 'cm')!;

/** The strings proposed for src/i18n/*.json (see the checker's report). */
const STRINGS: Record<Locale, Record<JobAdStringKey, string>> = {
  de: {
    'checker.jobAd.hybridTitle': 'Social-Media- und Community-Manager:in',
    'checker.jobAd.intro': '{company} sucht eine:n {role}.',
    'checker.jobAd.scope': 'Umfang: etwa {hours} Stunden pro Woche',
    'checker.jobAd.tasks': 'Deine Aufgaben',
    'checker.jobAd.kpis': 'Woran wir deinen Erfolg messen',
    'checker.jobAd.skills': 'Was du mitbringst',
  },
  en: {
    'checker.jobAd.hybridTitle': 'Social Media and Community Manager',
    'checker.jobAd.intro': '{company} is looking for a {role}.',
    'checker.jobAd.scope': 'Scope: about {hours} hours a week',
    'checker.jobAd.tasks': 'What you will do',
    'checker.jobAd.kpis': 'How we measure success',
    'checker.jobAd.skills': 'What you bring',
  },
};
const extras = (locale: Locale, more: Partial<JobAdExtras> = {}): JobAdExtras => ({
  translate: (key, params) => interpolate(STRINGS[locale][key], params),
  ...more,
});

describe('job-ad starter', () => {
  it.each([
    ['de', smm],
    ['en', smm],
    ['de', cm],
    ['en', cm],
  ] as const)('as text (%s, %s) holds title, summary, every task, KPI and skill', (locale, role) => {
    const text = buildJobAd(role, locale, 'text', extras(locale));
    expect(text.startsWith(`${role.name[locale]}\n`)).toBe(true);
    expect(text).toContain(firstSentence(role.definition[locale]));
    for (const task of role.tasks) expect(text).toContain(`- ${task.title[locale]}: ${task.summary[locale]}`);
    for (const kpi of role.kpis) expect(text).toContain(`- ${kpi.name[locale]}: ${kpi.description[locale]}`);
    for (const skill of role.skills) expect(text).toContain(`- ${skill.name[locale]}\n`);
    expect(text).toContain(STRINGS[locale]['checker.jobAd.tasks']);
    expect(text).not.toMatch(/\*\*|^#/m);
    expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
  });

  it('as Markdown uses a heading, section headings and bold item titles', () => {
    const md = buildJobAd(cm, 'de', 'markdown', extras('de'));
    expect(md.startsWith('# Community-Manager:in\n')).toBe(true);
    expect(md).toContain('\n## Deine Aufgaben\n');
    expect(md).toContain('\n## Woran wir deinen Erfolg messen\n');
    expect(md).toContain('\n## Was du mitbringst\n');
    expect(md).toContain(`- **${escapeMarkdown(cm.tasks[0]!.title.de)}**: `);
  });

  it('escapes Markdown characters in the roles data', () => {
    const tricky: Role = {
      ...smm,
      name: { de: 'Social_Media *Star*', en: 'Social_Media *Star*' },
      tasks: [
        {
          id: 'smm.x',
          title: { de: '[Link](x)', en: '[Link](x)' },
          summary: { de: '<b>fett</b> # 1', en: 'x' },
        },
      ],
    };
    const md = buildJobAd(tricky, 'de', 'markdown', extras('de'));
    expect(md).toContain('# Social\\_Media \\*Star\\*');
    expect(md).toContain('- **\\[Link\\](x)**: \\<b\\>fett\\</b\\> \\# 1');
    expect(buildJobAd(tricky, 'de', 'text', extras('de'))).toContain('- [Link](x): <b>fett</b> # 1');
  });

  it('adds the company and the estimated hours when given', () => {
    const text = buildJobAd(
      smm,
      'de',
      'text',
      extras('de', { company: 'Beispiel GmbH', hoursPerWeek: 31.6 }),
    );
    expect(text).toContain('Beispiel GmbH sucht eine:n Social-Media-Manager:in.');
    expect(text).toContain('Umfang: etwa 32 Stunden pro Woche');
    const en = buildJobAd(smm, 'en', 'text', extras('en', { company: 'Example Ltd', hoursPerWeek: 1250 }));
    expect(en).toContain('Scope: about 1,250 hours a week');
  });

  it('leaves out the scope line for missing or impossible hours', () => {
    for (const hoursPerWeek of [null, 0, -3, Number.NaN, Infinity])
      expect(buildJobAd(smm, 'en', 'text', extras('en', { hoursPerWeek }))).not.toContain('Scope');
  });

  it('combines both roles under one title for a hybrid hire', () => {
    const ad = jobAdContent([smm, cm], 'de', extras('de'));
    expect(ad.title).toBe('Social-Media- und Community-Manager:in');
    expect(ad.sections[0]!.items).toHaveLength(smm.tasks.length + cm.tasks.length);
    const skillIds = new Set([...smm.skills, ...cm.skills].map((s) => s.id));
    expect(ad.sections[2]!.items).toHaveLength(skillIds.size);
  });

  it('limits each list when asked', () => {
    const ad = jobAdContent(cm, 'en', extras('en', { maxItems: 3 }));
    expect(ad.sections.map((s) => s.items.length)).toEqual([3, 3, 3]);
  });

  it('takes the first sentence of the definition without stopping at abbreviations', () => {
    expect(firstSentence('Sie plant z. B. Beiträge. Danach mehr.')).toBe('Sie plant z. B. Beiträge.');
    expect(firstSentence('Plans posts, e.g. Reels. Then more.')).toBe('Plans posts, e.g. Reels.');
    expect(firstSentence('Only one sentence')).toBe('Only one sentence');
    for (const role of roles)
      for (const locale of ['de', 'en'] as const) {
        const sentence = firstSentence(role.definition[locale]);
        expect(role.definition[locale].startsWith(sentence)).toBe(true);
        expect(sentence).toMatch(/[.!?]$/);
        expect(sentence.length).toBeLessThan(role.definition[locale].length);
      }
  });
});
