// Job-ad starters built from the real roles data, as plain text and as Markdown.
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import type { Locale, Role } from '../../src/build/content/schemas';
import { interpolate } from '../../src/lib/i18n/translate';
import de from '../../src/i18n/de.json';
import en from '../../src/i18n/en.json';
import {
  JOB_AD_STRING_KEYS,
  buildJobAd,
  escapeMarkdown,
  jobAdContent,
  type JobAdExtras,
  type JobAdStringKey,
} from '../../src/lib/checker';

const { roles } = loadContentData('content');
const smm = roles.find((r) => r.id === 'smm')!;
const cm = roles.find((r) => r.id === 'cm')!;

/** The job-ad strings from the site's string files. */
const pick = (strings: Record<string, string>) =>
  Object.fromEntries(JOB_AD_STRING_KEYS.map((k) => [k, strings[k]!])) as Record<JobAdStringKey, string>;
const STRINGS: Record<Locale, Record<JobAdStringKey, string>> = { de: pick(de), en: pick(en) };
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
  ] as const)(
    'as text (%s, %s) holds title, variants, lead, every task, KPI and skill, and the offer',
    (locale, role) => {
      const text = buildJobAd(role, locale, 'text', extras(locale));
      expect(text.startsWith(`${role.name[locale]}\n`)).toBe(true);
      expect(text).toContain(
        STRINGS[locale][role.id === 'smm' ? 'checker.jobAd.titlesSmm' : 'checker.jobAd.titlesCm'],
      );
      expect(text).toContain(
        STRINGS[locale][role.id === 'smm' ? 'checker.jobAd.leadSmm' : 'checker.jobAd.leadCm'],
      );
      for (const task of role.tasks)
        expect(text).toContain(`- ${task.title[locale]}: ${task.summary[locale]}`);
      for (const kpi of role.kpis) expect(text).toContain(`- ${kpi.name[locale]}\n`);
      for (const skill of role.skills) expect(text).toContain(`- ${skill.name[locale]}\n`);
      expect(text).toContain(STRINGS[locale]['checker.jobAd.offer']);
      expect(text).toContain(STRINGS[locale]['checker.jobAd.tasks']);
      expect(text).not.toMatch(/\*\*|^#/m);
      expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
    },
  );

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
    expect(text).toContain('Umfang: Teilzeit, etwa 32 Stunden pro Woche');
    const en = buildJobAd(smm, 'en', 'text', extras('en', { company: 'Example Ltd', hoursPerWeek: 1250 }));
    expect(en).toContain('Hours: full-time');
    // Without a name the company speaks for itself.
    expect(buildJobAd(cm, 'de', 'text', extras('de'))).toContain('Wir suchen eine:n Community-Manager:in.');
  });

  it('leaves out the scope line for missing or impossible hours', () => {
    for (const hoursPerWeek of [null, 0, -3, Number.NaN, Infinity])
      expect(buildJobAd(smm, 'en', 'text', extras('en', { hoursPerWeek }))).not.toContain('Hours:');
  });

  it('holds no notes to an editor: publishable as it is', () => {
    for (const locale of ['de', 'en'] as const)
      for (const list of [smm, cm, [smm, cm]]) {
        const text = buildJobAd(list, locale, 'text', extras(locale, { hoursPerWeek: 20 }));
        expect(text).not.toMatch(/nenne immer|always state|\bTODO\b|\[|Platzhalter|placeholder/i);
      }
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
    expect(ad.sections.map((s) => s.items.length).slice(0, 3)).toEqual([3, 3, 3]);
  });
});
