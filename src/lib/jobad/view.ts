/**
 * What the job-ad page hands its island, and the texts the island builds from an analysis. Plain functions,
 * so the wording of a result is unit-tested without a browser.
 */
import type { IslandKey, IslandStrings } from '../../i18n';
import type { Locale, RoleId } from '../content/ids';
import type { Source } from '../../build/content/schemas';
import type { Translate } from '../i18n/translate';
import {
  MAX_CHARS,
  MIN_ROLE_DUTIES,
  MIN_WORDS,
  ROLE_SHARE,
  type AnalysedSegment,
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
  /** `pickStrings(locale, JOB_AD_STRINGS)`. */
  strings: JobAdStrings;
  roles: JobAdRoleData[];
  roleNames: Record<RoleId, string>;
  tasks: Record<string, JobAdTaskInfo>;
  flagLinks: Partial<Record<FlagId, SectionLink>>;
  paySources: readonly Source[];
}

/** The island's strings: `jobad.*` without what only the server-rendered page uses. */
export const JOB_AD_STRINGS = {
  include: ['jobad.'],
  exclude: ['jobad.page.', 'jobad.teaser.', 'jobad.method.'],
} as const;
export type JobAdKey = IslandKey<typeof JOB_AD_STRINGS>;
export type JobAdStrings = IslandStrings<typeof JOB_AD_STRINGS>;
export type JobAdTranslate = Translate<JobAdKey>;

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
    title: t(`jobad.flag.${key}.title`, params),
    text: t(`jobad.flag.${key}.text`, params),
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

/** What a screen reader hears once typing pauses: the result in one sentence, or what is wrong with the input. */
export function announcementText(
  analysis: JobAdAnalysis,
  messages: readonly string[],
  t: JobAdTranslate,
): string {
  return analysis.status === 'ok' ? statusText(analysis, t) : messages.join(' ');
}

/** Words in the text as the counter beside the text area shows them (letters and digits, any script). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export const COUNT_KINDS = ['smm', 'cm', 'both', 'other'] as const;

/** The words of a segment that decided one of its matches, in reading order, joined by " … ". */
export function matchedText(segment: AnalysedSegment, index: number): string {
  return [...(segment.deciding[index]?.spans ?? [])]
    .sort((a, b) => a.start - b.start)
    .map((s) => segment.text.slice(s.start, s.end))
    .join(' … ');
}
