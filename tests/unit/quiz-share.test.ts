import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addressWithQuery,
  carryOver,
  decodeAnswers,
  decodeShare as decodeWith,
  encodeAnswers,
  shareLink,
  shareQuery,
  type MaybeAnswer,
  type QuizShape,
} from '../../src/lib/quiz';

const VERSION = 2;
/** A quiz of `n` items (ids i0, i1, …) at `version`, with no earlier versions. */
const shape = (n: number, version = VERSION): QuizShape => ({
  version,
  ids: Array.from({ length: Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0 }, (_, i) => `i${i}`),
  previous: [],
});
const decodeShare = (search: string | URLSearchParams, version: number, n: number) =>
  decodeWith(search, shape(n, version));
const answerArb = fc.constantFrom<MaybeAnswer>(null, 1, 2, 3, 4, 5);

describe('encodeAnswers', () => {
  it('writes one digit per item, 0 for no answer', () => {
    expect(encodeAnswers([4, 4, 3, null, 5, 1, 2])).toBe('4430512');
    expect(encodeAnswers([])).toBe('');
  });

  it('builds the query of a share link', () => {
    expect(shareQuery(VERSION, [4, null, 5])).toBe('v=2&a=405');
  });
});

describe('decodeShare', () => {
  it('reads the answers of a valid link', () => {
    expect(decodeShare('?v=2&a=4405', VERSION, 4)).toEqual({
      ok: true,
      answers: [4, 4, null, 5],
      fromVersion: null,
      carried: 3,
    });
  });

  it('accepts a bare query, a whole URL with fragment, and URLSearchParams', () => {
    const expected = { ok: true, answers: [1, 2, 3], fromVersion: null, carried: 3 };
    expect(decodeShare('v=2&a=123', VERSION, 3)).toEqual(expected);
    expect(decodeShare('https://rollenklar.de/en/quiz/?lang=en&v=2&a=123#result', VERSION, 3)).toEqual(
      expected,
    );
    expect(decodeShare(new URLSearchParams({ v: '2', a: '123' }), VERSION, 3)).toEqual(expected);
  });

  it('reports "missing" when the URL carries no answers, so the quiz opens as usual', () => {
    expect(decodeShare('', VERSION, 3)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeShare('?v=2', VERSION, 3)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeShare('?v=2&a=', VERSION, 3)).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports "version" for a link of another or no quiz version', () => {
    expect(decodeShare('?v=1&a=123', VERSION, 3)).toEqual({ ok: false, reason: 'version' });
    expect(decodeShare('?a=123', VERSION, 3)).toEqual({ ok: false, reason: 'version' });
    expect(decodeShare('?v=02&a=123', VERSION, 3)).toEqual({ ok: false, reason: 'version' });
    expect(decodeShare('?v=two&a=123', VERSION, 3)).toEqual({ ok: false, reason: 'version' });
  });

  it('reports "characters" for anything outside the digits 0–5', () => {
    for (const a of ['126', '12x', '1 3', '-12', '1.2', '١٢٣', '12%33']) {
      expect(decodeShare(`?v=2&a=${encodeURIComponent(a)}`, VERSION, 3)).toEqual({
        ok: false,
        reason: 'characters',
      });
    }
  });

  it('reports "length" for a link cut off or padded', () => {
    expect(decodeShare('?v=2&a=12', VERSION, 3)).toEqual({ ok: false, reason: 'length' });
    expect(decodeShare('?v=2&a=1234', VERSION, 3)).toEqual({ ok: false, reason: 'length' });
  });

  it('treats a link without a single answer like a broken one ("empty")', () => {
    expect(decodeShare('?v=2&a=000', VERSION, 3)).toEqual({ ok: false, reason: 'empty' });
  });

  it('opens a link of an earlier version by carrying its answers over by item id, with a note', () => {
    const quiz: QuizShape = {
      version: 3,
      ids: ['a', 'b', 'c'],
      previous: [{ version: 2, ids: ['b', 'x', 'a', 'y'] }],
    };
    expect(decodeWith('?v=2&a=4512', quiz)).toEqual({
      ok: true,
      answers: [1, 4, null],
      fromVersion: 2,
      carried: 2,
    });
    // an older link whose answers all belong to dropped items holds nothing for today's quiz
    expect(decodeWith('?v=2&a=0500', quiz)).toEqual({ ok: false, reason: 'empty' });
    // its length is checked against the old item list
    expect(decodeWith('?v=2&a=451', quiz)).toEqual({ ok: false, reason: 'length' });
    // a newer or unknown version is not guessed at
    expect(decodeWith('?v=4&a=451', quiz)).toEqual({ ok: false, reason: 'version' });
  });

  it('places answers on items by id', () => {
    expect(carryOver(['a', 'b'], [5, 2], ['b', 'c', 'a'])).toEqual([2, null, 5]);
  });

  it('round-trips any answers through the share link', () => {
    fc.assert(
      fc.property(
        fc.array(answerArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 999 }),
        (answers, version) => {
          const decoded = decodeShare(`?${shareQuery(version, answers)}`, version, answers.length);
          const carried = answers.filter((a) => a !== null).length;
          if (answers.length === 0) expect(decoded).toEqual({ ok: false, reason: 'missing' });
          else if (carried === 0) expect(decoded).toEqual({ ok: false, reason: 'empty' });
          else expect(decoded).toEqual({ ok: true, answers, fromVersion: null, carried });
        },
      ),
    );
  });

  it('round-trips through encodeAnswers and decodeAnswers', () => {
    fc.assert(
      fc.property(fc.array(answerArb), (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
      }),
    );
  });

  it('never throws on any string, and answers ok only for a well-formed link', () => {
    const check = (search: string, itemCount: number) => {
      const result = decodeShare(search, VERSION, itemCount);
      if (result.ok) {
        expect(result.answers).toHaveLength(itemCount);
        for (const a of result.answers) expect([null, 1, 2, 3, 4, 5]).toContain(a);
      } else {
        expect(['missing', 'version', 'length', 'characters', 'empty']).toContain(result.reason);
      }
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -5, max: 40 }), (search, n) =>
        check(search, n),
      ),
    );
    // Strings that look like a share link exercise the later checks, not only "missing".
    fc.assert(
      fc.property(
        fc.constantFrom('?v=2&a=', 'v=2&a=', '?a=', '?v=1&a=', 'x?v=2&a='),
        fc.string({
          unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', 'a', '%', '&', '#', '=', '?', '+'),
        }),
        fc.integer({ min: 0, max: 12 }),
        (prefix, tail, n) => check(prefix + tail, n),
      ),
    );
    for (const n of [Number.NaN, Infinity, -1]) check('?v=2&a=123', n);
  });
});

describe('addresses (F-8)', () => {
  it('F-8: replaces only the query of the current address, so a doubled slash stays a path', () => {
    const address = addressWithQuery('https://rollenklar.de//quiz/', 'v=3&a=12');
    expect(address).toBe('https://rollenklar.de//quiz/?v=3&a=12');
    expect(new URL(address).origin).toBe('https://rollenklar.de');
  });

  it('F-8: keeps a trailing index.html and drops an old query and fragment', () => {
    expect(addressWithQuery('https://rollenklar.de/quiz/index.html?v=1&a=9#x', 'v=3&a=1')).toBe(
      'https://rollenklar.de/quiz/index.html?v=3&a=1',
    );
    expect(addressWithQuery('https://rollenklar.de/quiz/index.html?v=3&a=1', '')).toBe(
      'https://rollenklar.de/quiz/index.html',
    );
  });

  it('F-8: builds the share link on this site’s quiz page, whatever the current path looks like', () => {
    for (const here of [
      'https://rollenklar.de//quiz/',
      'https://rollenklar.de/quiz/index.html',
      'http://127.0.0.1:4321/en/quiz/',
    ])
      expect(new URL(shareLink(here, '/quiz/', 'v=3&a=1')).pathname).toBe('/quiz/');
    expect(shareLink('https://rollenklar.de//quiz/', '/quiz/', 'v=3&a=1')).toBe(
      'https://rollenklar.de/quiz/?v=3&a=1',
    );
  });
});
