/**
 * The figures the hiring check's method section quotes (capacity of one full-time person, the verdict
 * thresholds in hours a week, …), computed from the assumptions the model uses and formatted for the page
 * language, so the text cannot disagree with the model.
 */
import type { UiKey } from '../../i18n';
import type { Locale } from '../content/ids';
import { ASSUMPTION } from './definitions';
import { hoursText } from './describe';
import { formatNumber } from './format';

export function methodFigures(
  assumptions: ReadonlyArray<{ id: string; value: number }>,
  locale: Locale,
  t: (key: UiKey, params?: Readonly<Record<string, string | number>>) => string,
): Record<string, string> {
  const n = (value: number, digits = 1) => formatNumber(value, locale, digits);
  const assumed = (id: string) => assumptions.find((a) => a.id === id)?.value ?? 0;
  const hours = (x: number) => hoursText(x, locale, t);
  const productive = assumed(ASSUMPTION.productiveHours);
  const absence = assumed(ASSUMPTION.absenceShare);
  const capacity = productive * (1 - absence / 100);
  const notYet = assumed(ASSUMPTION.notYetThreshold);
  const two = assumed(ASSUMPTION.twoRolesThreshold);
  return {
    productive: n(productive),
    absence: n(absence),
    capacity: n(capacity),
    notYet: n(notYet, 2),
    notYetHours: hours(Math.round(notYet * capacity * 10) / 10),
    two: n(two, 2),
    twoHours: hours(Math.round(two * capacity * 10) / 10),
    hybridShare: n(assumed(ASSUMPTION.hybridMinShare)),
    margin: n(assumed(ASSUMPTION.borderlineMargin)),
  };
}
