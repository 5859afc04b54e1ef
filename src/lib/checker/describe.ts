/**
 * The checker's result in words: every sentence and number the page shows, built from a `Workload` and the UI
 * strings. Plain TypeScript, so the island stays a thin template and a unit test can read every text.
 */
import type { Locale, RoleId } from '../content/schemas';
import { ASSUMPTION } from './definitions';
import { formatNumber, formatParams } from './format';
import type { CmHours, Hire, Range, SmmHours, Workload } from './model';
import { stringKey, type CheckerTranslate } from './strings';

export interface ResultText {
  /** The verdict in a few words. */
  verdict: string;
  summary: string;
  /** When a second post pays off (shown under `checker.split.heading`), or `''`. */
  split: string;
  /** Warnings from the model and notes on clamped, unreadable or "don't know" answers. */
  notes: string[];
  reasons: Array<{ role: RoleId; text: string; estimated: boolean }>;
  /** Hours per task area by role; `width` is the bar length in percent of the largest area. */
  chart: Array<{ role: RoleId; total: string; rows: Array<{ label: string; hours: string; width: number }> }>;
  /** Full-time posts per role and together. */
  fte: Array<{ label: string; range: string }>;
  fteNote: string;
  /** The hours worked today against the need, or `''` when there is neither. */
  gap: string;
  /** Share of the need covered today (0–100), when there is something to compare. */
  covered: { text: string; value: number } | null;
  hires: Array<{ now: boolean; name: string; detail: string }>;
}

/** Hours with their unit, singular or plural: `1 Stunde`, `2,5 Stunden`, `1 hour`. */
export function hoursText(hours: number, locale: Locale, t: CheckerTranslate): string {
  const n = formatNumber(hours, locale);
  return t(n === '1' ? 'checker.unit.hour' : 'checker.unit.hours', { n });
}

export const SMM_AREAS = [
  'strategy',
  'content',
  'analytics',
  'campaigns',
] as const satisfies (keyof SmmHours)[];
export const CM_AREAS = [
  'replies',
  'programmes',
  'relationships',
  'feedback',
] as const satisfies (keyof CmHours)[];

/**
 * Describes a result.
 *
 * @param names the role names in the page's language
 * @param inputLabels input labels by input id, for the notes
 */
export function describeResult(
  w: Workload,
  locale: Locale,
  t: CheckerTranslate,
  names: Readonly<Record<RoleId, string>>,
  inputLabels: Readonly<Record<string, string>>,
): ResultText {
  const fmt = (n: number) => formatNumber(n, locale);
  const h = (n: number) => hoursText(n, locale, t);
  const range = (r: Range) => ({ low: fmt(r[0]), high: fmt(r[1]) });
  const labelsOf = (ids: readonly string[]) => ids.map((id) => inputLabels[id] ?? id).join(', ');
  const key = w.summary.key;
  const nothing = key === 'nothing';

  let split = '';
  const s = w.split;
  if (s && !nothing) {
    const params = {
      atHours: h(s.atHours),
      currentHours: h(s.currentHours),
      hoursToGo: h(s.hoursToGo),
      role: names[s.role],
    };
    const splitKey =
      s.metric === 'total'
        ? 'checker.split.total'
        : s.reached
          ? 'checker.split.reached'
          : 'checker.split.role';
    split = t(splitKey, params);
  }

  const notes = w.warnings.map((warning) => t(stringKey('checker.warning', warning)));
  if (w.clamped.length) notes.push(t('checker.notice.outOfRange', { fields: labelsOf(w.clamped) }));
  if (w.invalid.length) notes.push(t('checker.notice.invalidInputs', { fields: labelsOf(w.invalid) }));
  if (w.unknown.length) {
    const fields = w.unknown.map((id) => {
      const used = w.used[id];
      return typeof used === 'number' ? `${inputLabels[id] ?? id} (${fmt(used)})` : (inputLabels[id] ?? id);
    });
    notes.push(t('checker.notice.unknown', { fields: fields.join(', ') }));
  }

  const max = Math.max(1, ...Object.values(w.hours.smm), ...Object.values(w.hours.cm));
  const bar = (hours: number) => Math.round(Math.min(100, Math.max(0, (hours / max) * 100)) * 10) / 10;
  const row = (area: (typeof SMM_AREAS)[number] | (typeof CM_AREAS)[number], hours: number) => ({
    label: t(stringKey('checker.area', area)),
    hours: fmt(hours),
    width: bar(hours),
  });

  const g = w.gap;
  const gapParams = {
    current: h(g.currentHours),
    needed: h(g.neededHours),
    missing: h(g.missingHours),
    ...range(g.missingFte),
  };
  let gap = '';
  if (g.missingHours > 0) gap = t(g.currentHours > 0 ? 'checker.gap.missing' : 'checker.gap.none', gapParams);
  else if (g.currentHours > 0) gap = t('checker.gap.covered', gapParams);

  const firstOfOne = w.verdict === 'smm-first' || w.verdict === 'cm-first';
  const hireDetail = (hire: Hire) => {
    const parts = [t('checker.hire.hours', { hours: h(hire.hours), ...range(hire.fte) })];
    if (firstOfOne && hire.step === 1 && w.hires.length > 1) parts.push(t('checker.hire.takesRest'));
    if (hire.timing === 'later' && hire.triggerHours !== null)
      parts.push(
        t(s?.metric === 'total' ? 'checker.hire.triggerTotal' : 'checker.hire.triggerRole', {
          trigger: h(hire.triggerHours),
          hours: h(hire.hours),
        }),
      );
    return parts.join('; ');
  };

  return {
    verdict: t(stringKey('checker.verdict', key)),
    summary: t(stringKey('checker.summary', key), {
      ...formatParams(w.summary.params, locale),
      totalHours: h(w.summary.params['totalHours'] ?? 0),
      smmHours: h(w.summary.params['smmHours'] ?? 0),
      cmHours: h(w.summary.params['cmHours'] ?? 0),
    }),
    split,
    notes,
    reasons: w.reasons.map((reason) => ({
      role: reason.role,
      text: t(stringKey('checker.reason', reason.key), {
        ...formatParams(reason.params, locale),
        hours: h(reason.weight),
      }),
      estimated: reason.unknownInputs.length > 0,
    })),
    chart: [
      { role: 'smm', total: fmt(w.totals.smm), rows: SMM_AREAS.map((a) => row(a, w.hours.smm[a])) },
      { role: 'cm', total: fmt(w.totals.cm), rows: CM_AREAS.map((a) => row(a, w.hours.cm[a])) },
    ],
    fte: [
      { label: names.smm, range: t('checker.fte.range', range(w.fte.smm)) },
      { label: names.cm, range: t('checker.fte.range', range(w.fte.cm)) },
      { label: t('checker.fte.total'), range: t('checker.fte.range', range(w.fte.all)) },
    ],
    fteNote: t('checker.fte.note', {
      spread: fmt(w.assumptions[ASSUMPTION.spread] ?? 0),
      capacity: fmt(w.capacity),
    }),
    gap,
    covered:
      g.currentHours > 0 && g.neededHours > 0
        ? { text: t('checker.gap.meter', { covered: fmt(g.coveredShare) }), value: g.coveredShare }
        : null,
    hires: nothing
      ? []
      : w.hires.map((hire) => ({
          now: hire.timing === 'now',
          name: hire.role === 'hybrid' ? t('checker.role.hybrid') : names[hire.role],
          detail: hireDetail(hire),
        })),
  };
}
