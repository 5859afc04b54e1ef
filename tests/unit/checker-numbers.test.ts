// Reading numbers the way German and English visitors type them, and the canonical form of links and storage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalNumber,
  fieldNumber,
  formatNumber,
  readCanonicalNumber,
  readTypedNumber,
} from '../../src/lib/checker';

const value = (raw: string, locale: 'de' | 'en') => {
  const read = readTypedNumber(raw, locale);
  return read.ok ? read.value : read.error;
};

describe('numbers typed on the German page', () => {
  it.each([
    ['3000', 3000],
    ['3.000', 3000],
    ['3 000', 3000],
    ['3\u202f000', 3000],
    ['40.000', 40000],
    ['1.234.567', 1234567],
    ['1,5', 1.5],
    ['1.234,5', 1234.5],
    ['0,25', 0.25],
    ['-3', -3],
    [' 12 ', 12],
  ])('reads %j as %j', (raw, expected) => {
    expect(value(raw, 'de')).toBe(expected);
  });

  it.each([
    // English habits a German reader would take differently: never guessed.
    ['3,000', 'ambiguous'],
    ['1.5', 'ambiguous'],
    ['1,234.5', 'ambiguous'],
    ['12abc', 'not-a-number'],
    ['1e6', 'not-a-number'],
    ['', 'not-a-number'],
    ['3.00', 'ambiguous'],
  ])('does not guess %j: %s', (raw, expected) => {
    expect(value(raw, 'de')).toBe(expected);
  });
});

describe('numbers typed on the English page', () => {
  it.each([
    ['3000', 3000],
    ['3,000', 3000],
    ['3 000', 3000],
    ['40,000', 40000],
    ['1.5', 1.5],
    ['1,234.5', 1234.5],
  ])('reads %j as %j', (raw, expected) => {
    expect(value(raw, 'en')).toBe(expected);
  });

  it.each([
    ['3.000', 'ambiguous'],
    ['1,5', 'ambiguous'],
    ['1.234,5', 'ambiguous'],
    ['three', 'not-a-number'],
  ])('does not guess %j: %s', (raw, expected) => {
    expect(value(raw, 'en')).toBe(expected);
  });
});

describe('properties', () => {
  const counts = fc.integer({ min: 0, max: 99_999_999 });
  const decimals = fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 100);

  it('reads back any count as the page writes it, with and without thousands separators', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom('de' as const, 'en' as const), (n, locale) => {
        expect(value(String(n), locale)).toBe(n);
        expect(value(formatNumber(n, locale, 0), locale)).toBe(n);
        expect(value(formatNumber(n, locale, 0).replace(/[.,]/g, ' '), locale)).toBe(n);
      }),
    );
  });

  it('reads back any hours or share in the field format of the page', () => {
    fc.assert(
      fc.property(decimals, fc.constantFrom('de' as const, 'en' as const), (n, locale) => {
        expect(value(fieldNumber(n, locale), locale)).toBe(n);
        expect(value(formatNumber(n, locale, 2), locale)).toBe(n);
      }),
    );
  });

  it('never reads a grouped thousand as a small number: 3.000 is 3000 or a question, never 3', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('de' as const, 'en' as const),
        fc.constantFrom('.', ','),
        (head, tail, locale, mark) => {
          const raw = `${head}${mark}${String(tail).padStart(3, '0')}`;
          const read = readTypedNumber(raw, locale);
          if (read.ok) expect(read.value).toBe(head * 1000 + tail);
          else expect(read.error).toBe('ambiguous');
        },
      ),
    );
  });

  it('never throws and never returns NaN or Infinity for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('de' as const, 'en' as const), (raw, locale) => {
        for (const read of [readTypedNumber(raw, locale), readCanonicalNumber(raw)])
          if (read.ok) expect(Number.isFinite(read.value) || Math.abs(read.value) === Infinity).toBe(true);
          else expect(['ambiguous', 'not-a-number']).toContain(read.error);
        const typed = readTypedNumber(raw, locale);
        if (typed.ok) expect(Number.isFinite(typed.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any number through the canonical form of links and storage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (n) => {
        expect(readCanonicalNumber(canonicalNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});
