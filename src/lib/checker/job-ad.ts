/**
 * Job ads from the roles data, written in the company's voice so that they can be published as they are:
 * title and title variants, an opening line, what the post is about, the scope, tasks, how success is
 * measured, the profile and what the company offers. Headings and the company-voice sentences come from the UI
 * strings through `extras.translate`; role content comes from the roles data. No hints to an editor inside.
 */
import type { Locale, Role } from '../../build/content/schemas';
import { formatNumber } from './format';

export type JobAdFormat = 'text' | 'markdown';

/** The parts of a role a job ad is built from (a full `Role` fits; the page passes only these). */
export type JobAdRole = Pick<Role, 'id' | 'name' | 'tasks' | 'kpis' | 'skills'>;

/** The UI strings a job ad needs (add them to src/i18n/*.json). */
export type JobAdStringKey =
  | 'checker.jobAd.hybridTitle'
  | 'checker.jobAd.intro'
  | 'checker.jobAd.introUs'
  | 'checker.jobAd.titles'
  | 'checker.jobAd.titlesSmm'
  | 'checker.jobAd.titlesCm'
  | 'checker.jobAd.titlesHybrid'
  | 'checker.jobAd.leadSmm'
  | 'checker.jobAd.leadCm'
  | 'checker.jobAd.leadHybrid'
  | 'checker.jobAd.scope'
  | 'checker.jobAd.scopeFull'
  | 'checker.jobAd.tasks'
  | 'checker.jobAd.kpis'
  | 'checker.jobAd.skills'
  | 'checker.jobAd.offer'
  | 'checker.jobAd.offerItems';

/** From this many hours a week a post is advertised as full-time. */
const FULL_TIME_HOURS = 35;

export interface JobAdExtras {
  translate: (key: JobAdStringKey, params?: Readonly<Record<string, string | number>>) => string;
  /** The company's name for the opening line; without it, the line says "we". */
  company?: string | undefined;
  /** Estimated hours per week for this hire (from the checker); without it, no scope line. */
  hoursPerWeek?: number | null | undefined;
  /** At most this many items per list (tasks, KPIs, skills); default: all. */
  maxItems?: number | undefined;
}

export interface JobAdItem {
  title: string;
  text: string | null;
}

export interface JobAd {
  title: string;
  /** Other titles the post is advertised under. */
  titles: string;
  intro: string;
  summary: string;
  scope: string | null;
  sections: { heading: string; items: JobAdItem[] }[];
}

/** The opening line: the company by name, or "we" without one. */
export function jobAdIntro(title: string, extras: Pick<JobAdExtras, 'translate' | 'company'>): string {
  const company = extras.company?.trim();
  return company
    ? extras.translate('checker.jobAd.intro', { company, role: title })
    : extras.translate('checker.jobAd.introUs', { role: title });
}

/** The scope line for the estimated hours a week, `null` without a usable estimate. */
export function jobAdScope(
  hours: number | null | undefined,
  locale: Locale,
  t: JobAdExtras['translate'],
): string | null {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) return null;
  return hours >= FULL_TIME_HOURS
    ? t('checker.jobAd.scopeFull')
    : t('checker.jobAd.scope', { hours: formatNumber(Math.max(1, Math.round(hours)), locale, 0) });
}

function limit<T>(items: readonly T[], max: number | undefined): readonly T[] {
  return max !== undefined && Number.isFinite(max) && max >= 0 ? items.slice(0, Math.floor(max)) : items;
}

/**
 * The job ad as structured data (for rendering it in the page or for print). Pass one role, or both for a
 * hybrid hire (their tasks, KPIs and skills are combined under one title).
 */
export function jobAdContent(
  roles: JobAdRole | readonly JobAdRole[],
  locale: Locale,
  extras: JobAdExtras,
): JobAd {
  const list: readonly JobAdRole[] = Array.isArray(roles) ? roles : [roles as JobAdRole];
  const t = extras.translate;
  const single = list.length === 1 ? list[0] : undefined;
  const title = single ? single.name[locale] : t('checker.jobAd.hybridTitle');
  const kind = single?.id === 'smm' ? 'Smm' : single?.id === 'cm' ? 'Cm' : 'Hybrid';
  const seen = new Set<string>();
  const unique = <T extends { id: string }>(items: T[]) =>
    items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
  const tasks = limit(unique(list.flatMap((r) => r.tasks)), extras.maxItems);
  const kpis = limit(unique(list.flatMap((r) => r.kpis)), extras.maxItems);
  const skills = limit(unique(list.flatMap((r) => r.skills)), extras.maxItems);
  const offers = t('checker.jobAd.offerItems')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
  return {
    title,
    titles: t('checker.jobAd.titles', { titles: t(`checker.jobAd.titles${kind}`) }),
    intro: jobAdIntro(title, extras),
    summary: t(`checker.jobAd.lead${kind}`),
    scope: jobAdScope(extras.hoursPerWeek, locale, t),
    sections: [
      {
        heading: t('checker.jobAd.tasks'),
        items: tasks.map((task) => ({ title: task.title[locale], text: task.summary[locale] })),
      },
      {
        // KPI names only: their descriptions in the roles data are notes for readers of the guides.
        heading: t('checker.jobAd.kpis'),
        items: kpis.map((kpi) => ({ title: kpi.name[locale], text: null })),
      },
      {
        heading: t('checker.jobAd.skills'),
        items: skills.map((skill) => ({ title: skill.name[locale], text: null })),
      },
      { heading: t('checker.jobAd.offer'), items: offers.map((offer) => ({ title: offer, text: null })) },
    ].filter((section) => section.items.length > 0),
  };
}

/** Escapes the characters that would change the meaning of Markdown text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The job ad as plain text or Markdown, ready for the clipboard.
 *
 * @example buildJobAd(cmRole, 'de', 'markdown', { translate: t, hoursPerWeek: 30 })
 */
export function buildJobAd(
  roles: JobAdRole | readonly JobAdRole[],
  locale: Locale,
  format: JobAdFormat,
  extras: JobAdExtras,
): string {
  return formatJobAd(jobAdContent(roles, locale, extras), format);
}

/** A job ad's content as plain text or Markdown (the page reads it back from its markup to copy it). */
export function formatJobAd(ad: JobAd, format: JobAdFormat): string {
  const md = format === 'markdown';
  const esc = md ? escapeMarkdown : (s: string) => s;
  const lines: string[] = [md ? `# ${esc(ad.title)}` : ad.title, ''];
  lines.push(esc(ad.titles), '', esc(ad.intro), '', esc(ad.summary), '');
  if (ad.scope) lines.push(esc(ad.scope), '');
  for (const section of ad.sections) {
    lines.push(md ? `## ${esc(section.heading)}` : section.heading, '');
    for (const item of section.items) {
      const title = md ? `**${esc(item.title)}**` : item.title;
      lines.push(item.text ? `- ${title}: ${esc(item.text)}` : `- ${title}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
