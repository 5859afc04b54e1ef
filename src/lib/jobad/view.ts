/**
 * What the job-ad page hands its island, and the texts the island builds from an analysis. Plain functions,
 * so the wording of a result is unit-tested without a browser.
 */
import type { UiKey } from '../../i18n';
import type { Locale, RoleId, Source } from '../content/schemas';
import { interpolate } from '../i18n/translate';
import {
  MAX_CHARS,
  MIN_ROLE_DUTIES,
  MIN_WORDS,
  ROLE_SHARE,
  type JobAdAnalysis,
  type JobAdRoleData,
} from './analyze';
import { MAX_TOOLS, type Flag, type FlagId } from './flags';

export interface SectionLink {
  href: string;
  topic: string;
}

export interface JobAdTaskInfo extends SectionLink {
  title: string;
  role: RoleId;
}

export interface JobAdIslandProps {
  locale: Locale;
  strings: Readonly<Partial<Record<UiKey, string>>>;
  roles: JobAdRoleData[];
  roleNames: Record<RoleId, string>;
  tasks: Record<string, JobAdTaskInfo>;
  flagLinks: Partial<Record<FlagId, SectionLink>>;
  paySources: readonly Source[];
}

/** Strings only the server-rendered page uses. */
const PAGE_ONLY = ['jobad.page.', 'jobad.teaser.', 'jobad.method.'];

export function pickJobAdStrings(all: Readonly<Record<string, string>>): Partial<Record<UiKey, string>> {
  return Object.fromEntries(
    Object.entries(all).filter(
      ([key]) => key.startsWith('jobad.') && !PAGE_ONLY.some((p) => key.startsWith(p)),
    ),
  ) as Partial<Record<UiKey, string>>;
}

export type JobAdTranslate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(strings: JobAdIslandProps['strings']): JobAdTranslate {
  return (key, params) => interpolate(strings[key] ?? key, params);
}

const FLAG_KEYS: Record<
  FlagId,
  | 'wollmilchsau'
  | 'alwaysOnNoRota'
  | 'noPay'
  | 'noHours'
  | 'noPlace'
  | 'noRemote'
  | 'noReportingLine'
  | 'tooManyTools'
> = {
  wollmilchsau: 'wollmilchsau',
  'always-on-no-rota': 'alwaysOnNoRota',
  'no-pay': 'noPay',
  'no-hours': 'noHours',
  'no-place': 'noPlace',
  'no-remote': 'noRemote',
  'no-reporting-line': 'noReportingLine',
  'too-many-tools': 'tooManyTools',
};

const percent = (share: number) => Math.round(share * 100);

/** Title and explanation of a flag, with what the check found filled in. */
export function flagText(flag: Flag, t: JobAdTranslate, locale: Locale): { title: string; text: string } {
  const key = FLAG_KEYS[flag.id];
  const params = {
    found: flag.found.join(locale === 'de' ? '“, „' : '’, ‘'),
    count: flag.found.length,
    names: flag.found.join(', '),
    max: MAX_TOOLS,
  };
  return {
    title: t(`jobad.flag.${key}.title` as UiKey, params),
    text: t(`jobad.flag.${key}.text` as UiKey, params),
  };
}

/** The messages above the result: bad input, cut text, HTML, a guessed language. */
export function inputMessages(analysis: JobAdAnalysis, t: JobAdTranslate, choice: Locale | 'auto'): string[] {
  const messages: string[] = [];
  if (analysis.status === 'too-short')
    messages.push(t('jobad.message.tooShort', { count: analysis.words, min: MIN_WORDS }));
  if (analysis.status === 'other-language') messages.push(t('jobad.message.otherLanguage'));
  if (analysis.status === 'ok' && choice === 'auto' && analysis.detected === 'unknown')
    messages.push(t('jobad.message.unknownLanguage', { language: t(`jobad.language.${analysis.language}`) }));
  if (analysis.truncated)
    messages.push(
      t('jobad.message.truncated', {
        max: MAX_CHARS.toLocaleString(analysis.language === 'de' ? 'de-DE' : 'en-GB'),
      }),
    );
  if (analysis.html) messages.push(t('jobad.message.html'));
  return messages;
}

export function verdictText(analysis: JobAdAnalysis, t: JobAdTranslate): string {
  return t(`jobad.verdict.${analysis.verdict}`);
}

export function roleDutyCount(analysis: JobAdAnalysis): number {
  return analysis.counts.smm + analysis.counts.cm + analysis.counts.both;
}

/** The numbers behind the verdict, as one sentence, and the rule that turns them into the verdict. */
export function sharesText(analysis: JobAdAnalysis, t: JobAdTranslate): string[] {
  const total = roleDutyCount(analysis);
  if (analysis.verdict === 'unclear')
    return [t('jobad.verdict.unclearWhy', { count: total, min: MIN_ROLE_DUTIES })];
  return [
    t('jobad.shares.summary', { total, smm: percent(analysis.shares.smm), cm: percent(analysis.shares.cm) }),
    t('jobad.shares.rule', { share: percent(ROLE_SHARE) }),
  ];
}

export function titleText(analysis: JobAdAnalysis, t: JobAdTranslate): string {
  const title = analysis.title?.text ?? '';
  switch (analysis.titleFit) {
    case 'none':
      return t('jobad.title.none');
    case 'unknown':
      return t('jobad.title.unknown', { title });
    case 'fits':
      return t('jobad.title.fits', { title });
    case 'neither':
    case 'mismatch': {
      const duties = t(`jobad.duties.${analysis.verdict as RoleId | 'hybrid'}`);
      if (analysis.titleFit === 'neither') return t('jobad.title.neither', { title, duties });
      const titleRole = t(`jobad.titleRole.${analysis.title!.role as RoleId | 'hybrid'}`);
      return t('jobad.title.mismatch', { title, titleRole, duties });
    }
  }
}

/** The polite announcement once typing pauses. */
export function statusText(analysis: JobAdAnalysis, t: JobAdTranslate): string {
  return t('jobad.status', {
    verdict: verdictText(analysis, t),
    duties: roleDutyCount(analysis) + analysis.counts.other,
    flags: analysis.flags.length,
  });
}
