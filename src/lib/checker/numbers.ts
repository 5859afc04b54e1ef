/**
 * Reading numbers. A person types numbers the way their language writes them: on the German page `3.000` is
 * three thousand and `1,5` one and a half; on the English page it is `3,000` and `1.5`. A form that took
 * `3.000` as 3 would change the advice without a word, so anything that one habit reads one way and the
 * other habit another way (`3.000` on the English page, `3,000` on the German one, `1.5` on the German one)
 * is reported as ambiguous instead of guessed. Links and saved state use one canonical form that does not
 * depend on the page's language: digits with an optional decimal point, as `String(number)` writes them.
 */
import type { Locale } from '../content/ids';

export type NumberReadError = 'not-a-number' | 'ambiguous';
export type NumberRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: NumberReadError };

const bad = (error: NumberReadError): NumberRead => ({ ok: false, error });
const good = (value: number): NumberRead => ({ ok: true, value: value === 0 ? 0 : value });

/** Spaces and apostrophes people put between thousands, in either language. */
const SPACE_GROUP = /^\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+$/;

/** Splits off a leading sign so the rules below see only digits and separators. */
function signed(raw: string): { sign: number; body: string } {
  const s = raw.trim();
  if (s.startsWith('-') || s.startsWith('\u2212')) return { sign: -1, body: s.slice(1).trim() };
  if (s.startsWith('+')) return { sign: 1, body: s.slice(1).trim() };
  return { sign: 1, body: s };
}

/**
 * Reads a number as typed into a field on a page in `locale`. Returns the number, `ambiguous` for an entry
 * the other language would read differently, or `not-a-number`.
 *
 * @example readTypedNumber('3.000', 'de') // { ok: true, value: 3000 }
 * @example readTypedNumber('3.000', 'en') // { ok: false, error: 'ambiguous' }
 */
export function readTypedNumber(raw: string, locale: Locale): NumberRead {
  if (typeof raw !== 'string' || raw.length > 40) return bad('not-a-number');
  const { sign, body } = signed(raw);
  if (body === '') return bad('not-a-number');
  if (/^\d+$/.test(body)) return good(sign * Number(body));
  // Groups separated by spaces or apostrophes, with an optional decimal part in the page's style.
  const decimalMark = locale === 'de' ? ',' : '.';
  const [whole = '', fraction, ...rest] = body.split(decimalMark);
  if (rest.length === 0 && (SPACE_GROUP.test(whole) || /^\d+$/.test(whole))) {
    if (fraction === undefined) return good(sign * Number(whole.replace(/\D/g, '')));
    if (/^\d+$/.test(fraction)) {
      // `3,000` on the German page is 3 by its own rules but 3000 by English ones (and `3.000` in English).
      if (/^\d{1,3}$/.test(whole) && fraction.length === 3) return bad('ambiguous');
      return good(sign * Number(`${whole.replace(/\D/g, '')}.${fraction}`));
    }
  }
  const group = locale === 'de' ? '.' : ',';
  const grouped = new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+(?:\\${decimalMark}\\d+)?$`);
  if (grouped.test(body)) {
    const [intPart = '', frac] = body.split(decimalMark);
    const digits = intPart.split(group).join('');
    return good(sign * Number(frac === undefined ? digits : `${digits}.${frac}`));
  }
  // Written the other language's way (`1.5` or `3,000` on the German page, `1,5` or `3.000` on the English).
  const otherGroup = decimalMark;
  const otherDecimal = group;
  const other = new RegExp(`^(?:\\d{1,3}(?:\\${otherGroup}\\d{3})+|\\d+)(?:\\${otherDecimal}\\d+)?$`);
  if (other.test(body)) return bad('ambiguous');
  return bad('not-a-number');
}

/**
 * Reads a number from a link or saved state: `12`, `1.5`, `-3`, `1e-7`. A decimal part ending in 0 (`40.000`) is
 * never written by the checker and would be read as 40 where the sender meant 40,000, so it is ambiguous.
 */
export function readCanonicalNumber(raw: string): NumberRead {
  if (typeof raw !== 'string' || raw.length > 40) return bad('not-a-number');
  const s = raw.trim();
  // `String(number)` writes very small and very large numbers with an exponent (`5e-324`, `1e+21`).
  if (/^-?\d+(?:\.\d*[1-9])?(?:e[-+]?\d+)?$/i.test(s)) return good(Number(s));
  if (/^-?\d+[.,]\d+$/.test(s) || /^\d{1,3}(?:[.,]\d{3})+$/.test(s)) return bad('ambiguous');
  return bad('not-a-number');
}

/** The canonical text of a number for links (`3000`, `1.5`). */
export function canonicalNumber(value: number): string {
  return String(value === 0 ? 0 : value);
}

/** The number as a field on a page in `locale` shows it: `1,5` on the German page, `1.5` on the English one. */
export function fieldNumber(value: number, locale: Locale): string {
  const text = canonicalNumber(value);
  return locale === 'de' ? text.replace('.', ',') : text;
}
