import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  QUIZ_FACETS,
  QUIZ_ROLES,
  answerSpread,
  bandFor,
  scoreQuiz as scoreWith,
  type Answer,
  type Facet,
  type MaybeAnswer,
  type QuizRole,
  type ScoredItem,
} from '../../src/lib/quiz';
import { TEST_RULES } from './quiz-test-rules';
import { FACETS, ROLE_IDS } from '../../src/build/content/schemas';

const RULES = TEST_RULES;
const scoreQuiz = (items: readonly ScoredItem[], answers: readonly MaybeAnswer[]) =>
  scoreWith(items, answers, RULES);
/** The band for varied answers (a spread well above the minimum). */
const band = (smm: number, cm: number) => bandFor({ smm, cm }, 1.2, RULES).band;

const SMM_FACETS: Facet[][] = [['strategy'], ['analytics'], ['content'], ['insight', 'analytics']];
const CM_FACETS: Facet[][] = [['dialogue'], ['moderation'], ['insight'], ['dialogue', 'content']];

/** 11 + 11 items, interleaved smm, cm, smm, … like the real quiz. */
function makeItems(perRole = 11): ScoredItem[] {
  const items: ScoredItem[] = [];
  for (let i = 0; i < perRole; i++) {
    items.push({ id: `smm-${i}`, role: 'smm', facets: SMM_FACETS[i % SMM_FACETS.length]! });
    items.push({ id: `cm-${i}`, role: 'cm', facets: CM_FACETS[i % CM_FACETS.length]! });
  }
  return items;
}

const ITEMS = makeItems();

/** Answers where every SMM item gets `smm` and every CM item gets `cm`. */
function byRole(
  smm: MaybeAnswer | readonly MaybeAnswer[],
  cm: MaybeAnswer | readonly MaybeAnswer[],
): MaybeAnswer[] {
  const counters = { smm: 0, cm: 0 };
  return ITEMS.map((item) => {
    const source = item.role === 'smm' ? smm : cm;
    const n = counters[item.role]++;
    return Array.isArray(source) ? (source[n % source.length] ?? null) : (source as MaybeAnswer);
  });
}

const answerArb = fc.constantFrom<MaybeAnswer>(null, 1, 2, 3, 4, 5);
const answersArb = fc.array(answerArb, { minLength: ITEMS.length, maxLength: ITEMS.length });

describe('role scores', () => {
  it('maps the five-point scale to 0, 25, 50, 75, 100', () => {
    for (const [answer, score] of [
      [1, 0],
      [2, 25],
      [3, 50],
      [4, 75],
      [5, 100],
    ] as const) {
      expect(scoreQuiz(ITEMS, byRole(answer, 3)).scores.smm).toBe(score);
    }
  });

  it('scores each role only from its own items, so liking one role does not lower the other', () => {
    const a = scoreQuiz(ITEMS, byRole(4, 2));
    const b = scoreQuiz(ITEMS, byRole(4, 5));
    expect(a.scores.smm).toBe(75);
    expect(b.scores.smm).toBe(75);
  });

  it('leaves skipped items out of the mean instead of counting them as 0 or 50', () => {
    const answers = byRole([5, 5, 5, 5, 5, 5, null, null, null, null, null], 1);
    const result = scoreQuiz(ITEMS, answers);
    expect(result.scores.smm).toBe(100);
    expect(result.answered).toEqual({ smm: 6, cm: 11 });
  });

  it('rounds half up to whole numbers', () => {
    // 4 and 5 on two items → mean 4.5 → 87.5 → 88
    const items = makeItems(2);
    expect(scoreQuiz(items, [4, 3, 5, 3]).scores.smm).toBe(88);
    // 1 and 2 → 12.5 → 13
    expect(scoreQuiz(items, [1, 3, 2, 3]).scores.smm).toBe(13);
  });

  it('returns null for a role with no answered item', () => {
    const result = scoreQuiz(ITEMS, byRole(null, 4));
    expect(result.scores).toEqual({ smm: null, cm: 75 });
    expect(result.difference).toBeNull();
  });

  it('builds the facet profile from answered items of both roles and leaves unanswered facets null', () => {
    const items: ScoredItem[] = [
      { id: 'a', role: 'smm', facets: ['strategy', 'content'] },
      { id: 'b', role: 'cm', facets: ['content'] },
      { id: 'c', role: 'cm', facets: ['moderation'] },
    ];
    const result = scoreQuiz(items, [5, 1, null]);
    expect(result.facets).toEqual({
      strategy: 100,
      content: 50,
      analytics: null,
      trends: null,
      dialogue: null,
      moderation: null,
      programmes: null,
      insight: null,
    });
  });

  it('treats missing entries and values outside 1–5 as no answer without throwing', () => {
    const messy = [5, 0, 6, 2.5, '4', undefined, null, Number.NaN] as unknown as MaybeAnswer[];
    const result = scoreQuiz(ITEMS, messy);
    expect(result.answered).toEqual({ smm: 1, cm: 0 });
    expect(result.verdict).toBe('insufficient');
  });

  it('keeps its role and facet lists equal to the content schema', () => {
    expect([...QUIZ_ROLES]).toEqual([...ROLE_IDS]);
    expect([...QUIZ_FACETS]).toEqual([...FACETS]);
  });
});

describe('verdict bands', () => {
  it('calls it "both" only when both scores are clearly high and close', () => {
    expect(band(80, 66)).toBe('both');
    expect(band(60, 79)).toBe('both');
    expect(band(59, 70)).toBe('unclear');
  });

  it('leans from a gap of leanMinGap and is clear from clearMinGap, when the higher score is clearly high', () => {
    expect(band(80, 60)).toBe('lean-smm');
    expect(band(80, 46)).toBe('lean-smm');
    expect(band(80, 45)).toBe('clear-smm');
    expect(band(60, 80)).toBe('lean-cm');
    expect(band(45, 80)).toBe('clear-cm');
    // a large gap between a middling and a low score is no direction
    expect(band(55, 20)).toBe('unclear');
  });

  it('says "neither" only when both scores are clearly low, however large the difference', () => {
    expect(band(40, 0)).toBe('neither');
    expect(band(20, 20)).toBe('neither');
    expect(band(41, 0)).toBe('unclear');
  });

  it('says "no clear direction yet" when both sit in the middle or the gap is small', () => {
    expect(bandFor({ smm: 52, cm: 50 }, 1, RULES)).toEqual({ band: 'unclear', reason: 'middle' });
    expect(bandFor({ smm: 70, cm: 55 }, 1, RULES)).toEqual({ band: 'unclear', reason: 'close' });
  });

  it('says "no clear direction yet" when the answers barely vary, even if both scores are high', () => {
    expect(bandFor({ smm: 77, cm: 75 }, 0.3, RULES)).toEqual({ band: 'unclear', reason: 'even' });
    // …but someone who dislikes everything honestly gets "neither"
    expect(bandFor({ smm: 0, cm: 2 }, 0.2, RULES).band).toBe('neither');
  });

  it('measures the spread of the answers as their standard deviation', () => {
    expect(answerSpread([3, 3, 3])).toBe(0);
    expect(answerSpread([1, 5])).toBe(2);
    expect(answerSpread([4])).toBe(0);
  });

  it('reaches every band from whole answer patterns', () => {
    expect(scoreQuiz(ITEMS, byRole(5, 2)).verdict).toBe('clear-smm');
    expect(scoreQuiz(ITEMS, byRole([4, 5], [3, 3, 4])).verdict).toBe('lean-smm');
    expect(scoreQuiz(ITEMS, byRole([4, 5, 3], [5, 4, 3])).verdict).toBe('both');
    expect(scoreQuiz(ITEMS, byRole([3, 3, 4], [4, 5])).verdict).toBe('lean-cm');
    expect(scoreQuiz(ITEMS, byRole(1, 4)).verdict).toBe('clear-cm');
    expect(scoreQuiz(ITEMS, byRole(2, 1)).verdict).toBe('neither');
    expect(scoreQuiz(ITEMS, byRole([2, 4], [4, 2])).verdict).toBe('unclear');
  });

  it('bases the verdict on the rounded scores the result page shows', () => {
    for (const answers of fc.sample(answersArb, 300)) {
      const result = scoreQuiz(ITEMS, answers);
      if (result.scores.smm === null || result.scores.cm === null || result.verdict === 'insufficient')
        continue;
      expect(result.verdict).toBe(
        bandFor({ smm: result.scores.smm, cm: result.scores.cm }, result.spread, RULES).band,
      );
      expect(result.difference).toBe(result.scores.smm - result.scores.cm);
    }
  });

  it('names a leader only when one role is ahead by at least leanMinGap points', () => {
    expect(scoreQuiz(ITEMS, byRole(5, 2)).leader).toBe('smm');
    expect(scoreQuiz(ITEMS, byRole([4, 5], [5, 4])).leader).toBeNull();
    // "neither" still says which role is closer
    const neither = scoreQuiz(ITEMS, byRole([3, 1], 1));
    expect(neither.verdict).toBe('neither');
    expect(neither.leader).toBe('smm');
  });
});

describe('answers that barely vary', () => {
  it.each([3, 4, 5] as const)('gives no direction when every item is answered %i', (answer) => {
    const result = scoreQuiz(ITEMS, byRole(answer, answer));
    expect(result.verdict).toBe('unclear');
    expect(result.unclearReason).toBe('even');
    expect(result.drivers).toEqual([]);
    expect(result.tie).toBe(false);
  });

  it('also catches answers that differ in a single item (all middle, one outlier)', () => {
    const answers = byRole(3, 3);
    answers[0] = 4;
    expect(scoreQuiz(ITEMS, answers).verdict).toBe('unclear');
  });

  it('calls all "strongly dislike" or all "rather dislike" what it is: neither role', () => {
    expect(scoreQuiz(ITEMS, byRole(1, 1)).verdict).toBe('neither');
    expect(scoreQuiz(ITEMS, byRole(2, 2)).verdict).toBe('neither');
  });
});

describe('ties', () => {
  it('flags equal scores with different answers as a tie within "both"', () => {
    const result = scoreQuiz(ITEMS, byRole([5, 3], [5, 3]));
    expect(result.scores).toEqual({ smm: 77, cm: 77 });
    expect(result.verdict).toBe('both');
    expect(result.tie).toBe(true);
    expect(result.leader).toBeNull();
  });

  it('flags a tie within "neither" too', () => {
    const result = scoreQuiz(ITEMS, byRole([1, 3], [1, 3]));
    expect(result.verdict).toBe('neither');
    expect(result.tie).toBe(true);
  });

  it('does not flag a tie when the scores differ by a single point', () => {
    // smm: 10 answered, five 5 and five 3 → 75; cm: 11 answered → 73
    const answers = byRole([5, 3, 5, 3, 5, 3, 5, 3, 5, 3, null], [5, 3, 5, 3, 5, 3, 5, 3, 5, 3, 3]);
    const result = scoreQuiz(ITEMS, answers);
    expect(result.scores.smm! - result.scores.cm!).not.toBe(0);
    expect(result.tie).toBe(false);
  });
});

describe('too few answers', () => {
  it('needs at least half of each role’s items (6 of 11) before giving a verdict', () => {
    const five = scoreQuiz(ITEMS, byRole([5, 5, 5, 5, 5, null, null, null, null, null, null], 1));
    expect(five.verdict).toBe('insufficient');
    expect(five.required).toEqual({ smm: 6, cm: 6 });
    expect(five.scores.smm).toBe(100); // the partial score is still there for the UI to ignore
    const six = scoreQuiz(ITEMS, byRole([5, 5, 5, 5, 5, 5, null, null, null, null, null], 1));
    expect(six.verdict).toBe('clear-smm');
  });

  it('reports "insufficient" for an empty quiz and for no answers at all', () => {
    expect(scoreQuiz([], []).verdict).toBe('insufficient');
    const none = scoreQuiz(ITEMS, []);
    expect(none.verdict).toBe('insufficient');
    expect(none.scores).toEqual({ smm: null, cm: null });
    expect(none.drivers).toEqual([]);
    expect(none.tie).toBe(false);
  });

  it('checks "insufficient" before anything else, so three identical answers ask for more answers', () => {
    expect(scoreQuiz(ITEMS, [5, 5, 5]).verdict).toBe('insufficient');
  });
});

describe('drivers', () => {
  it('lists the three answers that moved the result most, strongest first', () => {
    const answers = byRole(4, 3);
    answers[6] = 5; // smm-3 strongly liked
    answers[9] = 1; // cm-4 strongly disliked
    const result = scoreQuiz(ITEMS, answers);
    expect(result.drivers.map((d) => d.itemId)).toEqual(['smm-3', 'cm-4', 'smm-0']);
    expect(result.drivers[0]).toEqual({
      itemId: 'smm-3',
      index: 6,
      role: 'smm',
      answer: 5,
      sentiment: 'like',
      toward: 'smm',
      points: 4.5,
    });
    expect(result.drivers[1]).toMatchObject({ sentiment: 'dislike', role: 'cm', toward: 'smm', points: 4.5 });
    expect(result.drivers[2]).toMatchObject({ answer: 4, points: 2.3 });
  });

  it('weighs an answer by how many items of its role are answered', () => {
    // Only 6 SMM items answered: each moves the SMM score more than one of 11 CM items does.
    const answers = byRole([5, 5, 5, 5, 5, 4, null, null, null, null, null], 1);
    const result = scoreQuiz(ITEMS, answers);
    expect(result.drivers.map((d) => d.role)).toEqual(['smm', 'smm', 'smm']);
    expect(result.drivers[0]!.points).toBeCloseTo(8.3, 5);
  });

  it('breaks equal weights by direction of the result, then likes first, then quiz order', () => {
    // SMM ahead: strongly liked SMM items and strongly disliked CM items weigh the same.
    const result = scoreQuiz(ITEMS, byRole([5, 5, 4], [1, 1, 5]));
    expect(result.verdict).toBe('clear-smm');
    expect(result.drivers.map((d) => d.itemId)).toEqual(['smm-0', 'smm-1', 'smm-3']);
    // In "neither" the dislikes explain the result, so they come first.
    const neither = scoreQuiz(ITEMS, byRole([1, 5, 1, 2], [1, 2, 2]));
    expect(neither.verdict).toBe('neither');
    expect(neither.drivers.every((d) => d.sentiment === 'dislike')).toBe(true);
  });

  it('never names an "unsure" answer as a reason', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { drivers } = scoreQuiz(ITEMS, answers);
        expect(drivers.length).toBeLessThanOrEqual(3);
        for (const d of drivers) expect(d.answer).not.toBe(3);
      }),
    );
  });

  it('is deterministic: the same answers give the same drivers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(scoreQuiz(ITEMS, answers).drivers).toEqual(scoreQuiz(ITEMS, [...answers]).drivers);
      }),
    );
  });
});

describe('properties', () => {
  it('keeps role and facet scores whole numbers within 0..100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreQuiz(ITEMS, answers);
        for (const value of [...Object.values(result.scores), ...Object.values(result.facets)]) {
          if (value === null) continue;
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never lowers a role’s score when an answer to one of its items is raised, and leaves the other role alone', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.nat({ max: ITEMS.length - 1 }),
        fc.constantFrom<Answer>(1, 2, 3, 4, 5),
        fc.constantFrom<Answer>(1, 2, 3, 4, 5),
        (answers, index, x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const before = [...answers];
          before[index] = low;
          const after = [...answers];
          after[index] = high;
          const role: QuizRole = ITEMS[index]!.role;
          const other: QuizRole = role === 'smm' ? 'cm' : 'smm';
          const a = scoreQuiz(ITEMS, before);
          const b = scoreQuiz(ITEMS, after);
          expect(b.scores[role]!).toBeGreaterThanOrEqual(a.scores[role]!);
          expect(b.scores[other]).toBe(a.scores[other]);
        },
      ),
    );
  });

  it('mirrors the verdict when the roles of all items are swapped', () => {
    const mirrored = ITEMS.map((item) => ({
      ...item,
      role: item.role === 'smm' ? ('cm' as const) : ('smm' as const),
    }));
    const swap: Record<string, string> = {
      'clear-smm': 'clear-cm',
      'lean-smm': 'lean-cm',
      'lean-cm': 'lean-smm',
      'clear-cm': 'clear-smm',
    };
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = scoreQuiz(ITEMS, answers);
        const b = scoreQuiz(mirrored, answers);
        expect(b.verdict).toBe(swap[a.verdict] ?? a.verdict);
        expect(b.scores).toEqual({ smm: a.scores.cm, cm: a.scores.smm });
        expect(b.tie).toBe(a.tie);
      }),
    );
  });

  it('never throws, whatever is passed as answers', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (junk) => {
        const result = scoreQuiz(ITEMS, junk as MaybeAnswer[]);
        expect(result.verdict).toBeTypeOf('string');
      }),
    );
  });
});
