/**
 * Scoring of the self-assessment quiz: two independent role scores, a facet profile, a verdict band and the
 * answers that moved the result most. Pure functions, no I/O; the same answers always give the same result.
 *
 * The method in short (the method page explains it in prose):
 * - Each answer is mapped to 0–100: (answer − 1) / 4 × 100, so 1 → 0, 3 (unsure) → 50, 5 → 100.
 * - A role's score is the mean over the answered items of that role, rounded to a whole number.
 *   Skipped items do not count, neither as 0 nor as 50. The two scores are independent: liking one role's
 *   activities does not lower the other role's score, so "both" and "neither" are real outcomes.
 * - The verdict compares the two rounded scores, the very numbers the result page shows.
 */
import {
  QUIZ_FACETS,
  QUIZ_ROLES,
  UNSURE,
  isAnswer,
  otherRole,
  type Answer,
  type Answers,
  type Facet,
  type QuizRole,
  type ScoredItem,
} from './types';

// ---------------------------------------------------------------- thresholds (shown on the method page)

/**
 * A difference below 15 points counts as "both". Reasoning: a score built from 11 short items carries
 * measurement error. With a typical spread of such scale scores of about 18 points and a reliability of
 * about .80 (a provisional design assumption until pilot data exist), the standard error of one score is
 * 18 × √(1 − .80) ≈ 8 points, and of the difference of two scores √2 × 8 ≈ 11 points. Differences under
 * 15 points (about 1.3 standard errors, 0.6 steps on the answer scale) are too small to call.
 */
export const BOTH_MAX_DIFFERENCE = 15;

/**
 * From 30 points on the difference counts as "clear": about 2.6 standard errors of the difference, well
 * beyond what measurement error alone produces, and on average more than a whole step on the answer scale
 * (for example "like" for one role's activities against "unsure" for the other's). 15 to 29 points: "leaning".
 */
export const CLEAR_MIN_DIFFERENCE = 30;

/**
 * When neither score is above 50 (the "unsure" midpoint), the answers show little interest in either role,
 * whatever the difference: the verdict is "neither" and the page suggests neighbouring roles.
 */
export const LOW_INTEREST_MAX = 50;

/**
 * At least half of each role's items must be answered (6 of 11) before a verdict is given; fewer answers
 * make a score rest on a handful of items and the difference mostly noise.
 */
export const MIN_ANSWERED_SHARE = 0.5;

/** How many answers the result explains as "why". */
export const DRIVER_COUNT = 3;

// ---------------------------------------------------------------- result types

/** Verdict bands, from clearly Social Media Manager to clearly Community Manager, then "neither". */
export const BANDS = ['clear-smm', 'lean-smm', 'both', 'lean-cm', 'clear-cm', 'neither'] as const;
export type Band = (typeof BANDS)[number];

/**
 * `flat`: every answer is the same, so the answers cannot tell the roles apart and no verdict is given.
 * `insufficient`: fewer answers than `MIN_ANSWERED_SHARE` of some role's items.
 */
export type Verdict = Band | 'flat' | 'insufficient';

/** An answer that moved the result, for the "why" section. */
export interface Driver {
  /** Item id and its position in the quiz (0-based). */
  itemId: string;
  index: number;
  /** The role the item's activity is typical of. */
  role: QuizRole;
  answer: Answer;
  /** 4 and 5 are "like", 1 and 2 "dislike"; "unsure" answers never drive the result. */
  sentiment: 'like' | 'dislike';
  /** The role this answer pushed the comparison towards: liking an item favours its role, disliking the other. */
  toward: QuizRole;
  /**
   * How many points this answer moved its role's score compared with answering "unsure"
   * (so also how far it moved the difference between the scores), rounded to one decimal.
   */
  points: number;
}

export interface QuizResult {
  verdict: Verdict;
  /** 0–100 per role, or null when no item of that role is answered. */
  scores: Record<QuizRole, number | null>;
  /** `scores.smm − scores.cm` when both exist (positive: towards Social Media Manager). */
  difference: number | null;
  /** The role ahead by at least `BOTH_MAX_DIFFERENCE` points (also within "neither"); null otherwise. */
  leader: QuizRole | null;
  /** Both scores are equal (only for band verdicts; "flat" and "insufficient" never flag a tie). */
  tie: boolean;
  /** The one answer given to every answered item when the verdict is "flat". */
  flatAnswer: Answer | null;
  /** Answered items, items in total and answers needed for a verdict, per role. */
  answered: Record<QuizRole, number>;
  itemCount: Record<QuizRole, number>;
  required: Record<QuizRole, number>;
  /** 0–100 per facet over the answered items tagged with it (both roles), or null when none is answered. */
  facets: Record<Facet, number | null>;
  /** Up to `DRIVER_COUNT` answers that moved the result most, strongest first; empty for "flat". */
  drivers: Driver[];
}

// ---------------------------------------------------------------- scoring

interface Tally {
  sum: number;
  count: number;
}

/**
 * Mean answer mapped to 0–100 and rounded half up, in integer arithmetic so that equal inputs give equal
 * scores on every engine: round(25 × (sum − count) / count).
 */
function tallyScore({ sum, count }: Tally): number | null {
  if (count === 0) return null;
  return Math.floor((50 * (sum - count) + count) / (2 * count));
}

/** Maps a single answer (or the mean of several) from the 1–5 scale to 0–100. */
export function answerToPoints(answer: number): number {
  return ((answer - 1) / 4) * 100;
}

/** Number of answers a role needs before the quiz gives a verdict. */
export function requiredAnswers(itemCountOfRole: number): number {
  return Math.max(1, Math.ceil(itemCountOfRole * MIN_ANSWERED_SHARE));
}

/**
 * The band for two role scores (0–100). Exported on its own so the method page can show worked examples.
 * Rules in order: neither score above `LOW_INTEREST_MAX` → "neither"; difference under
 * `BOTH_MAX_DIFFERENCE` → "both"; under `CLEAR_MIN_DIFFERENCE` → "lean-…"; otherwise "clear-…".
 */
export function bandFor(scores: Readonly<Record<QuizRole, number>>): Band {
  const { smm, cm } = scores;
  if (Math.max(smm, cm) <= LOW_INTEREST_MAX) return 'neither';
  const difference = smm - cm;
  const size = Math.abs(difference);
  if (size < BOTH_MAX_DIFFERENCE) return 'both';
  const role = difference > 0 ? 'smm' : 'cm';
  return size < CLEAR_MIN_DIFFERENCE ? `lean-${role}` : `clear-${role}`;
}

function perRole<T>(make: (role: QuizRole) => T): Record<QuizRole, T> {
  return { smm: make('smm'), cm: make('cm') };
}

/**
 * Scores the answers. `answers[i]` belongs to `items[i]`; missing entries and anything that is not 1–5 count
 * as "no answer", extra answers are ignored. Never throws.
 */
export function scoreQuiz(items: readonly ScoredItem[], answers: Answers): QuizResult {
  const roleTally = perRole<Tally>(() => ({ sum: 0, count: 0 }));
  const itemCount = perRole(() => 0);
  const facetTally = Object.fromEntries(QUIZ_FACETS.map((f) => [f, { sum: 0, count: 0 }])) as Record<
    Facet,
    Tally
  >;
  const given: { index: number; item: ScoredItem; answer: Answer }[] = [];

  items.forEach((item, index) => {
    itemCount[item.role] += 1;
    const answer = answers[index];
    if (!isAnswer(answer)) return;
    given.push({ index, item, answer });
    roleTally[item.role].sum += answer;
    roleTally[item.role].count += 1;
    // A facet listed twice on one item still counts once.
    for (const facet of new Set(item.facets)) {
      const tally = facetTally[facet];
      if (!tally) continue;
      tally.sum += answer;
      tally.count += 1;
    }
  });

  const scores = perRole((role) => tallyScore(roleTally[role]));
  const answered = perRole((role) => roleTally[role].count);
  const required = perRole((role) => requiredAnswers(itemCount[role]));
  const facets = Object.fromEntries(QUIZ_FACETS.map((f) => [f, tallyScore(facetTally[f])])) as Record<
    Facet,
    number | null
  >;
  const difference = scores.smm !== null && scores.cm !== null ? scores.smm - scores.cm : null;

  const insufficient = QUIZ_ROLES.some((role) => itemCount[role] === 0 || answered[role] < required[role]);
  const firstAnswer = given[0]?.answer ?? null;
  const flat = !insufficient && firstAnswer !== null && given.every((g) => g.answer === firstAnswer);

  let verdict: Verdict;
  if (insufficient || scores.smm === null || scores.cm === null) verdict = 'insufficient';
  else if (flat) verdict = 'flat';
  else verdict = bandFor({ smm: scores.smm, cm: scores.cm });

  const banded = verdict !== 'insufficient' && verdict !== 'flat';
  const leader =
    banded && difference !== null && Math.abs(difference) >= BOTH_MAX_DIFFERENCE
      ? difference > 0
        ? 'smm'
        : 'cm'
      : null;

  return {
    verdict,
    scores,
    difference,
    leader,
    tie: banded && difference === 0,
    flatAnswer: verdict === 'flat' ? firstAnswer : null,
    answered,
    itemCount,
    required,
    facets,
    drivers: verdict === 'flat' ? [] : findDrivers(given, answered, difference, verdict),
  };
}

/**
 * The answers that moved the result most. An answer's weight is how far it moved its role's score compared
 * with "unsure": |answer − 3| × 25 / (answered items of that role). Ties are broken, in this order, by
 * (1) answers pointing the same way as the result first, (2) likes before dislikes, except for "neither",
 * where the dislikes explain the result, (3) quiz order.
 */
function findDrivers(
  given: readonly { index: number; item: ScoredItem; answer: Answer }[],
  answered: Record<QuizRole, number>,
  difference: number | null,
  verdict: Verdict,
): Driver[] {
  const direction: QuizRole | null =
    difference === null || difference === 0 ? null : difference > 0 ? 'smm' : 'cm';
  const preferLikes = verdict !== 'neither';
  const candidates = given
    .filter((g) => g.answer !== UNSURE)
    .map((g) => {
      const like = g.answer > UNSURE;
      const distance = Math.abs(g.answer - UNSURE);
      const count = answered[g.item.role];
      return {
        ...g,
        like,
        distance,
        count,
        toward: like ? g.item.role : otherRole(g.item.role),
      };
    });
  candidates.sort((a, b) => {
    // Compare distance / count exactly: a.distance / a.count > b.distance / b.count.
    const weight = b.distance * a.count - a.distance * b.count;
    if (weight !== 0) return weight;
    if (direction !== null) {
      const aligned = Number(b.toward === direction) - Number(a.toward === direction);
      if (aligned !== 0) return aligned;
    }
    const sentiment = preferLikes ? Number(b.like) - Number(a.like) : Number(a.like) - Number(b.like);
    if (sentiment !== 0) return sentiment;
    return a.index - b.index;
  });
  return candidates.slice(0, DRIVER_COUNT).map((c) => ({
    itemId: c.item.id,
    index: c.index,
    role: c.item.role,
    answer: c.answer,
    sentiment: c.like ? 'like' : 'dislike',
    toward: c.toward,
    points: Math.round((c.distance * 250) / c.count) / 10,
  }));
}
