/**
 * Small helpers the quiz island needs to move through the items: answer bookkeeping, finding the next open
 * item, and grouping items into steps for wide screens. Pure functions; arrays are copied, never mutated,
 * so they work with Svelte state.
 */
import { isAnswer, type Answers, type MaybeAnswer } from './types';

/** Items per step on wide screens (one item per step on narrow ones). */
export const WIDE_GROUP_SIZE = 4;

/** Rough time per item for the intro's "takes about N minutes" (like/dislike items are answered quickly). */
export const SECONDS_PER_ITEM = 8;

export function emptyAnswers(itemCount: number): MaybeAnswer[] {
  return Array.from({ length: Math.max(0, Math.trunc(itemCount) || 0) }, () => null);
}

/** A copy with `answers[index] = value`; an index outside the list returns an unchanged copy. */
export function setAnswer(answers: Answers, index: number, value: MaybeAnswer): MaybeAnswer[] {
  const next = [...answers];
  if (Number.isInteger(index) && index >= 0 && index < next.length)
    next[index] = isAnswer(value) ? value : null;
  return next;
}

/** Indices of the unanswered items, in order. */
export function unansweredIndices(answers: Answers): number[] {
  const open: number[] = [];
  answers.forEach((a, i) => {
    if (!isAnswer(a)) open.push(i);
  });
  return open;
}

/**
 * Splits `itemCount` items into steps of at most `maxSize`, as evenly as possible and in order:
 * 22 items with 4 per step → 4, 4, 4, 4, 3, 3. With `maxSize` 1 every item is its own step (narrow screens).
 */
export function groupItems(itemCount: number, maxSize: number = WIDE_GROUP_SIZE): number[][] {
  const count = Math.max(0, Math.trunc(itemCount) || 0);
  const size = Math.max(1, Math.trunc(maxSize) || 1);
  if (count === 0) return [];
  const steps = Math.ceil(count / size);
  const base = Math.floor(count / steps);
  const larger = count % steps; // the first `larger` steps get one item more
  const groups: number[][] = [];
  let next = 0;
  for (let s = 0; s < steps; s++) {
    const length = base + (s < larger ? 1 : 0);
    groups.push(Array.from({ length }, (_, i) => next + i));
    next += length;
  }
  return groups;
}

/** The step (index into `groups`) that holds item `index`; the last step for an index past the end. */
export function stepOfItem(groups: readonly (readonly number[])[], index: number): number {
  const step = groups.findIndex((g) => g.includes(index));
  return step === -1 ? Math.max(0, groups.length - 1) : step;
}

/** Whole minutes for the intro, at least 1. */
export function estimatedMinutes(itemCount: number): number {
  return Math.max(1, Math.ceil((Math.max(0, itemCount) * SECONDS_PER_ITEM) / 60));
}
