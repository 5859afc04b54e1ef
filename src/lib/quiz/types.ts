/**
 * Shared types and constants of the self-assessment quiz.
 *
 * This folder is plain TypeScript that runs in the browser island as well as at build time, so it must not
 * import runtime values from `src/build/content/schemas.ts` (that would ship zod to the client); the role and
 * facet lists come from the zod-free `src/lib/content/ids.ts`, which the schemas use too.
 */
import { FACETS, ROLE_IDS } from '../content/ids';
import type { QuizScoring } from '../../build/content/schemas';

/** The two roles the quiz compares, in display order. */
export const QUIZ_ROLES = ROLE_IDS;
export type QuizRole = (typeof QUIZ_ROLES)[number];

/** Facets (work styles) of the profile, in display order. */
export const QUIZ_FACETS = FACETS;
export type Facet = (typeof QUIZ_FACETS)[number];

/**
 * One answer on the five-point like/dislike scale (the O*NET Interest Profiler format):
 * 1 strongly dislike, 2 dislike, 3 unsure, 4 like, 5 strongly like.
 */
export type Answer = 1 | 2 | 3 | 4 | 5;
/** `null` is "no answer" (skipped); it is allowed everywhere and simply not scored. */
export type MaybeAnswer = Answer | null;
/** Answers in item order: `answers[i]` belongs to `items[i]`. */
export type Answers = readonly MaybeAnswer[];

/** The scale from left to right, as the radio buttons show it. */
export const ANSWER_VALUES: readonly Answer[] = [1, 2, 3, 4, 5];
/** The middle of the scale: an "unsure" answer moves neither score away from 50. */
export const UNSURE: Answer = 3;

/** What scoring needs from an item; the quiz data items (`QuizFile['items']`) fit this shape. */
export interface ScoredItem {
  readonly id: string;
  readonly role: QuizRole;
  readonly facets: readonly Facet[];
}

/**
 * The verdict thresholds, from the `scoring` block of `content/data/quiz.yaml` (one source of truth for the
 * island, the method page and the tests). Scores are 0–100; `minSpread` is on the 1–5 answer scale.
 */
export interface QuizRules {
  readonly minAnsweredShare: number;
  readonly bothMin: number;
  readonly neitherMax: number;
  readonly leanMinGap: number;
  readonly clearMinGap: number;
  readonly leaderMin: number;
  readonly minSpread: number;
  readonly neighbourMin: number;
}

/** The quiz data's kebab-case `scoring` block as `QuizRules`. */
export function rulesFromData(scoring: QuizScoring): QuizRules {
  return {
    minAnsweredShare: scoring['min-answered-share'],
    bothMin: scoring['both-min'],
    neitherMax: scoring['neither-max'],
    leanMinGap: scoring['lean-min-gap'],
    clearMinGap: scoring['clear-min-gap'],
    leaderMin: scoring['leader-min'],
    minSpread: scoring['min-spread'],
    neighbourMin: scoring['neighbour-min'],
  };
}

/**
 * What storage and share links need to know about the quiz: its version, its item ids in order, and the item
 * order of earlier versions so their answers carry over by id.
 */
export interface QuizShape {
  readonly version: number;
  readonly ids: readonly string[];
  readonly previous: readonly { readonly version: number; readonly ids: readonly string[] }[];
}

export function isAnswer(value: unknown): value is Answer {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** The other role of the two. */
export function otherRole(role: QuizRole): QuizRole {
  return role === 'smm' ? 'cm' : 'smm';
}
