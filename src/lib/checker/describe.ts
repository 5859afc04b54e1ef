/**
 * The checker's result in words: every sentence and number the page shows, built from a `Workload` and the UI
 * strings. Plain TypeScript, so the island stays a thin template and a unit test can read every text.
 */
import type { Locale, RoleId } from '../content/ids';
import { formatNumber, formatParams } from './format';
import { VERDICT_ORDER, type CmHours, type Hire, type Range, type SmmHours, type Workload } from './model';
import { stringKey, type CheckerTranslate } from './strings';

export interface ResultText {
  /** The verdict in a few words. */
  verdict: string;
  summary: string;
  /** How wide the estimate is, from the low to the high set of assumptions. */
  range: string;
  /** Near a threshold: what would tip the verdict, or `''`. */
  borderline: string;
  /** The assumption that moves the result most, or `''`. */
  influence: string;
  /** When the next step pays off (shown under `checker.split.heading`), or `''`. */
  split: string;
  /** The minimum rota for seven-day or round-the-clock answering, or `''`. */
  rota: string;
  /** For "not yet": who could take the hours, and the largest task areas. */
  interim: string;
  /** Warnings from the model and notes on clamped, unreadable or "don't know" answers. */
  notes: string[];
  reasons: Array<{ role: RoleId; text: string; estimated: boolean }>;
  /** Hours per task area by role; `width` is the bar length in percent of the largest area. */
  chart: Array<{ role: RoleId; total: string; rows: Array<{ label: string; hours: string; width: number }> }>;
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

const LEVEL_KEY = {
  'not-yet': 'checker.level.notYet',
  one: 'checker.level.one',
  two: 'checker.level.two',
} as const;

/**
 * Describes a result.
 *
 * @param names the role names in the page's language
 * @param inputLabels input labels by input id, for the notes
 * @param assumptionLabels assumption labels by assumption id, for the most influential one
 */
export function describeResult(
  w: Workload,
  locale: Locale,
  t: CheckerTranslate,
  names: Readonly<Record<RoleId, string>>,
  inputLabels: Readonly<Record<string, string>>,
  assumptionLabels: Readonly<Record<string, string>> = {},
): ResultText {
  const fmt = (n: number) => formatNumber(n, locale);
  const h = (n: number) => hoursText(n, locale, t);
  const range = (r: Range) => ({ low: fmt(r[0]), high: fmt(r[1]) });
  const labelsOf = (ids: readonly string[]) => ids.map((id) => inputLabels[id] ?? id).join(', ');
  const key = w.summary.key;
  const nothing = key === 'nothing';

  const s = w.split;
  const split =
    s && !nothing
      ? t(s.next === 'one' ? 'checker.split.one' : 'checker.split.two', {
          atHours: h(s.atHours),
          currentHours: h(s.currentHours),
          hoursToGo: h(s.hoursToGo),
        })
      : '';

  const b = w.borderline;
  const borderline = b
    ? t(
        VERDICT_ORDER.indexOf(b.towards) > VERDICT_ORDER.indexOf(w.verdict)
          ? 'checker.borderline.up'
          : 'checker.borderline.down',
        {
          hours: h(b.hours),
          verdict: t(LEVEL_KEY[b.towards]),
        },
      )
    : '';

  const inf = w.influence;
  const influence =
    inf && !nothing
      ? t('checker.influence', {
          label: assumptionLabels[inf.id] ?? inf.id,
          low: h(inf.lowHours),
          high: h(inf.highHours),
        })
      : '';

  const rota = w.rota
    ? t(w.rota.coverage === 'always-on' ? 'checker.rota.alwaysOn' : 'checker.rota.sevenDays', {
        seat: fmt(w.rota.seatHours),
        people: fmt(w.rota.people),
      })
    : '';

  const areas = [
    ...SMM_AREAS.map((a) => ({ a, hours: w.hours.smm[a] })),
    ...CM_AREAS.map((a) => ({ a, hours: w.hours.cm[a] })),
  ]
    .filter((x) => x.hours > 0)
    .sort((x, y) => y.hours - x.hours)
    .slice(0, 3)
    .map((x) => `${t(stringKey('checker.area', x.a))} (${h(x.hours)})`);
  const interim =
    w.verdict === 'not-yet' && !nothing ? t('checker.interim', { areas: areas.join(', ') }) : '';

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
    fte: fmt(g.missingFte),
  };
  let gap = '';
  if (!nothing) {
    if (g.currentHours <= 0) gap = w.verdict === 'not-yet' ? '' : t('checker.gap.none', gapParams);
    else if (g.missingHours <= 0) gap = t('checker.gap.covered', gapParams);
    else if (!g.hireNow) gap = t('checker.gap.small', gapParams);
    else gap = t('checker.gap.missing', gapParams);
  }

  const name = (role: Hire['role']) => (role === 'hybrid' ? t('checker.role.hybrid') : names[role]);
  return {
    verdict: t(stringKey('checker.verdict', key)),
    summary: t(stringKey('checker.summary', key), {
      ...formatParams(w.summary.params, locale),
      totalHours: h(w.summary.params['totalHours'] ?? 0),
      smmHours: h(w.summary.params['smmHours'] ?? 0),
      cmHours: h(w.summary.params['cmHours'] ?? 0),
      notYetHours: h(w.summary.params['notYetHours'] ?? 0),
      twoHours: h(w.summary.params['twoHours'] ?? 0),
    }),
    range: nothing
      ? ''
      : t('checker.range', {
          ...range(w.hoursRange.all),
          fteLow: fmt(w.fte.all[0]),
          fteHigh: fmt(w.fte.all[1]),
        }),
    borderline,
    influence,
    split,
    rota,
    interim,
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
    fteNote: t('checker.fte.note', { capacity: fmt(w.capacity), weekly: fmt(w.weeklyProductive) }),
    gap,
    covered:
      g.currentHours > 0 && g.neededHours > 0
        ? { text: t('checker.gap.meter', { covered: fmt(g.coveredShare) }), value: g.coveredShare }
        : null,
    hires: nothing
      ? []
      : w.hires.map((hire) => ({
          now: hire.timing === 'now',
          name: name(hire.role),
          detail: t('checker.hire.hours', { hours: h(hire.hours), ...range(hire.fte) }),
        })),
  };
}
