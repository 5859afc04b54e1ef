/** Number formatting for checker messages: reason and summary params are numbers, shown per locale. */
import type { Locale } from '../content/ids';

const formatters = new Map<string, Intl.NumberFormat>();

/** `1234.5` → `1.234,5` (de) or `1,234.5` (en); NaN, ±Infinity and negatives show as 0. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter.format(Number.isFinite(value) && value > 0 ? value : 0);
}

/** Formats every param for `t(key, params)`. */
export function formatParams(
  params: Readonly<Record<string, number>>,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatNumber(v, locale)]));
}
