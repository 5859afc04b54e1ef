import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyAnswers,
  estimatedMinutes,
  groupItems,
  setAnswer,
  stepOfItem,
  unansweredIndices,
  type MaybeAnswer,
} from '../../src/lib/quiz';

describe('answer bookkeeping', () => {
  it('starts with one empty answer per item', () => {
    expect(emptyAnswers(3)).toEqual([null, null, null]);
    expect(emptyAnswers(-1)).toEqual([]);
  });

  it('sets an answer on a copy and leaves the original untouched', () => {
    const before: MaybeAnswer[] = [null, null];
    const after = setAnswer(before, 1, 4);
    expect(after).toEqual([null, 4]);
    expect(before).toEqual([null, null]);
    expect(setAnswer(before, 5, 4)).toEqual([null, null]);
    expect(setAnswer([3], 0, null)).toEqual([null]);
  });

  it('lists the open items in order', () => {
    expect(unansweredIndices([null, 2, 3, null])).toEqual([0, 3]);
  });
});

describe('steps on wide screens', () => {
  it('splits 22 items into six steps of four and three, in order', () => {
    const groups = groupItems(22, 4);
    expect(groups.map((g) => g.length)).toEqual([4, 4, 4, 4, 3, 3]);
    expect(groups.flat()).toEqual(Array.from({ length: 22 }, (_, i) => i));
  });

  it('gives one item per step with a group size of 1', () => {
    expect(groupItems(3, 1)).toEqual([[0], [1], [2]]);
  });

  it('covers every item once, keeps the order and balances step sizes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.integer({ min: 1, max: 10 }), (count, size) => {
        const groups = groupItems(count, size);
        expect(groups.flat()).toEqual(Array.from({ length: count }, (_, i) => i));
        const lengths = groups.map((g) => g.length);
        for (const l of lengths) expect(l).toBeLessThanOrEqual(size);
        if (lengths.length) expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('finds the step that holds an item', () => {
    const groups = groupItems(22, 4);
    expect(stepOfItem(groups, 0)).toBe(0);
    expect(stepOfItem(groups, 16)).toBe(4);
    expect(stepOfItem(groups, 21)).toBe(5);
    expect(stepOfItem(groups, 22)).toBe(5);
  });
});

describe('intro', () => {
  it('estimates about three minutes for 22 items', () => {
    expect(estimatedMinutes(22)).toBe(3);
    expect(estimatedMinutes(0)).toBe(1);
  });
});
