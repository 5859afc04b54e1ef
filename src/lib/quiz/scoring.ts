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
  type QuizRules,
  type ScoredItem,
} from './types';

// ---------------------------------------------------------------- thresholds

// The verdict thresholds live in the quiz data (`scoring` in content/data/quiz.yaml, as `QuizRules`); the
// method page shows them together with the random-answer simulation that checks them.

/** How many answers the result explains as "why". */
export const DRIVER_COUNT = 3;

// ---------------------------------------------------------------- result types

/**
 * Verdict bands, from clearly Social Media Manager to clearly Community Manager, then "neither" and
 * "no clear direction yet" (`unclear`).
 */
export const BANDS = ['clear-smm', 'lean-smm', 'both', 'lean-cm', 'clear-cm', 'neither', 'unclear'] as const;
export type Band = (typeof BANDS)[number];

/** `insufficient`: fewer answers than `minAnsweredShare` of some role's items; no verdict, no charts. */
export type Verdict = Band | 'insufficient';

/**
 * Why the answers show no clear direction yet:
 * - `even`: the answers barely vary (their spread is below `minSpread`), so they cannot rank the roles;
 * - `middle`: both scores sit between "neither" and "both", near the middle of the scale;
 * - `close`: the gap is too small, or the higher score too low, for a leaning.
 */
export type UnclearReason = 'even' | 'middle' | 'close';

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
  /** The role ahead by at least `leanMinGap` points (also within "neither"); null otherwise. */
  leader: QuizRole | null;
  /** Both scores are equal (only for "both" and "neither"). */
  tie: boolean;
  /** Why the verdict is `unclear`; null for every other verdict. */
  unclearReason: UnclearReason | null;
  /** Standard deviation of the given answers on the 1–5 scale (0 with fewer than two answers). */
  spread: number;
  /** Answered items, items in total and answers needed for a verdict, per role. */
  answered: Record<QuizRole, number>;
  itemCount: Record<QuizRole, number>;
  required: Record<QuizRole, number>;
  /** 0–100 per facet over the answered items tagged with it (both roles), or null when none is answered. */
  facets: Record<Facet, number | null>;
  /** Up to `DRIVER_COUNT` answers that moved the result most, strongest first; empty without a verdict. */
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
export function requiredAnswers(itemCountOfRole: number, rules: Pick<QuizRules, 'minAnsweredShare'>): number {
  return Math.max(1, Math.ceil(itemCountOfRole * rules.minAnsweredShare));
}

/**
 * The band for two role scores (0–100) and the spread of the answers. Exported on its own so the method page
 * can show worked examples. Rules in order:
 * 1. both scores at most `neitherMax` → "neither" (little interest in either, however the answers vary);
 * 2. spread below `minSpread` → "unclear" (even): near-identical answers cannot rank the roles;
 * 3. both scores at least `bothMin` and the gap below `leanMinGap` → "both";
 * 4. gap at least `leanMinGap` and the higher score at least `leaderMin` → "lean-…", from `clearMinGap` on
 *    "clear-…";
 * 5. otherwise "unclear": `middle` when both scores lie between `neitherMax` and `bothMin`, else `close`.
 */
export function bandFor(
  scores: Readonly<Record<QuizRole, number>>,
  spread: number,
  rules: QuizRules,
): { band: Band; reason: UnclearReason | null } {
  const { smm, cm } = scores;
  const high = Math.max(smm, cm);
  const low = Math.min(smm, cm);
  const gap = high - low;
  if (high <= rules.neitherMax) return { band: 'neither', reason: null };
  if (spread < rules.minSpread) return { band: 'unclear', reason: 'even' };
  if (low >= rules.bothMin && gap < rules.leanMinGap) return { band: 'both', reason: null };
  if (gap >= rules.leanMinGap && high >= rules.leaderMin) {
    const role = smm > cm ? 'smm' : 'cm';
    return { band: gap >= rules.clearMinGap ? `clear-${role}` : `lean-${role}`, reason: null };
  }
  const middle = low > rules.neitherMax && high < rules.bothMin;
  return { band: 'unclear', reason: middle ? 'middle' : 'close' };
}

/** Standard deviation (population) of answers on the 1–5 scale; 0 for fewer than two. */
export function answerSpread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}

function perRole<T>(make: (role: QuizRole) => T): Record<QuizRole, T> {
  return { smm: make('smm'), cm: make('cm') };
}

/**
 * Scores the answers. `answers[i]` belongs to `items[i]`; missing entries and anything that is not 1–5 count
 * as "no answer", extra answers are ignored. Never throws.
 */
export function scoreQuiz(items: readonly ScoredItem[], answers: Answers, rules: QuizRules): QuizResult {
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
  const required = perRole((role) => requiredAnswers(itemCount[role], rules));
  const facets = Object.fromEntries(QUIZ_FACETS.map((f) => [f, tallyScore(facetTally[f])])) as Record<
    Facet,
    number | null
  >;
  const difference = scores.smm !== null && scores.cm !== null ? scores.smm - scores.cm : null;

  const insufficient = QUIZ_ROLES.some((role) => itemCount[role] === 0 || answered[role] < required[role]);
  const spread = answerSpread(given.map((g) => g.answer));

  let verdict: Verdict = 'insufficient';
  let unclearReason: UnclearReason | null = null;
  if (!insufficient && scores.smm !== null && scores.cm !== null) {
    const band = bandFor({ smm: scores.smm, cm: scores.cm }, spread, rules);
    verdict = band.band;
    unclearReason = band.reason;
  }

  const leader =
    verdict !== 'insufficient' && difference !== null && Math.abs(difference) >= rules.leanMinGap
      ? difference > 0
        ? 'smm'
        : 'cm'
      : null;
  const explained = verdict !== 'insufficient' && unclearReason !== 'even';

  return {
    verdict,
    scores,
    difference,
    leader,
    tie: (verdict === 'both' || verdict === 'neither') && difference === 0,
    unclearReason,
    spread,
    answered,
    itemCount,
    required,
    facets,
    drivers: explained ? findDrivers(given, answered, difference, verdict) : [],
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
