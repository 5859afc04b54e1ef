/**
 * Job-ad starters from the roles data: title, a summary from the role's definition, responsibilities from its
 * tasks, the KPIs it is measured by and the skills it needs. A starter, not a finished ad: the company adds
 * pay, place and contact. Headings come from the UI strings through `extras.translate`.
 */
import type { Locale, Role } from '../content/schemas';
import { formatNumber } from './format';

export type JobAdFormat = 'text' | 'markdown';

/** The parts of a role a job ad is built from (a full `Role` fits; the page passes only these). */
export type JobAdRole = Pick<Role, 'id' | 'name' | 'definition' | 'tasks' | 'kpis' | 'skills'>;

/** The UI strings a job ad needs (add them to src/i18n/*.json). */
export type JobAdStringKey =
  | 'checker.jobAd.hybridTitle'
  | 'checker.jobAd.intro'
  | 'checker.jobAd.scope'
  | 'checker.jobAd.tasks'
  | 'checker.jobAd.kpis'
  | 'checker.jobAd.skills';

export interface JobAdExtras {
  translate: (key: JobAdStringKey, params?: Readonly<Record<string, string | number>>) => string;
  /** The company's name for the opening line; without it, no opening line. */
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
  intro: string | null;
  summary: string;
  scope: string | null;
  sections: { heading: string; items: JobAdItem[] }[];
}

/** The first sentence of a text, without splitting after short abbreviations such as "z. B." or "e.g.". */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const re = /[.!?](?=\s+[\p{Lu}„“"‘(])/gu;
  let match: RegExpExecArray | null;
  while ((match = re.exec(trimmed))) {
    const before = trimmed.slice(0, match.index);
    const word = before.slice(before.search(/\S+$/));
    if (word.replace(/[^\p{L}]/gu, '').length >= 3) return trimmed.slice(0, match.index + 1);
  }
  return trimmed;
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
  const title = list.length === 1 && list[0] ? list[0].name[locale] : t('checker.jobAd.hybridTitle');
  const company = extras.company?.trim();
  const hours = extras.hoursPerWeek;
  const seen = new Set<string>();
  const unique = <T extends { id: string }>(items: T[]) =>
    items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
  const tasks = limit(unique(list.flatMap((r) => r.tasks)), extras.maxItems);
  const kpis = limit(unique(list.flatMap((r) => r.kpis)), extras.maxItems);
  const skills = limit(unique(list.flatMap((r) => r.skills)), extras.maxItems);
  return {
    title,
    intro: company ? t('checker.jobAd.intro', { company, role: title }) : null,
    summary: list.map((r) => firstSentence(r.definition[locale])).join(' '),
    scope:
      typeof hours === 'number' && Number.isFinite(hours) && hours > 0
        ? t('checker.jobAd.scope', { hours: formatNumber(hours, locale, 0) })
        : null,
    sections: [
      {
        heading: t('checker.jobAd.tasks'),
        items: tasks.map((task) => ({ title: task.title[locale], text: task.summary[locale] })),
      },
      {
        heading: t('checker.jobAd.kpis'),
        items: kpis.map((kpi) => ({ title: kpi.name[locale], text: kpi.description[locale] })),
      },
      {
        heading: t('checker.jobAd.skills'),
        items: skills.map((skill) => ({ title: skill.name[locale], text: null })),
      },
    ].filter((section) => section.items.length > 0),
  };
}

/** Escapes the characters that would change the meaning of Markdown text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The job-ad starter as plain text or Markdown, ready for the clipboard.
 *
 * @example buildJobAd(cmRole, 'de', 'markdown', { translate: t, hoursPerWeek: 30 })
 */
export function buildJobAd(
  roles: JobAdRole | readonly JobAdRole[],
  locale: Locale,
  format: JobAdFormat,
  extras: JobAdExtras,
): string {
  const ad = jobAdContent(roles, locale, extras);
  const md = format === 'markdown';
  const esc = md ? escapeMarkdown : (s: string) => s;
  const lines: string[] = [md ? `# ${esc(ad.title)}` : ad.title, ''];
  if (ad.intro) lines.push(esc(ad.intro), '');
  lines.push(esc(ad.summary), '');
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
