/**
 * What the quiz island receives from the page, and the few pure helpers it needs beyond scoring.
 * The page builds these props from the content data and the i18n files, so the island ships no dictionary
 * and no content of the other language.
 */
import type { IslandKey, IslandStrings } from '../../i18n';
import { isAnswer, type Answers, type Facet, type QuizRole, type QuizRules, type QuizShape } from './types';

/** One quiz item in the page language. */
export interface RunnerItem {
  id: string;
  role: QuizRole;
  facets: Facet[];
  text: string;
}

export interface RunnerLinks {
  /** This page (the quiz in the page language). */
  quiz: string;
  /** The method page in the page language. */
  method: string;
  /** The quiz in the other language; the language switch points there, with the share query on a result. */
  twin: string;
  /** The role guides in the page language. */
  guides: Record<QuizRole, string>;
  /** The careers guide (training paths) and the side-by-side comparison. */
  careers: string;
  difference: string;
}

export interface RunnerProps {
  locale: string;
  version: number;
  /** Item ids of earlier versions, so their saved answers and links carry over (see `QuizShape`). */
  previous: QuizShape['previous'];
  /** The verdict thresholds from the quiz data. */
  rules: QuizRules;
  items: RunnerItem[];
  /** The quiz UI strings of the page language (`pickStrings(locale, QUIZ_STRINGS)`). */
  strings: QuizStrings;
  /** Task titles per role from the roles data, in the page language. */
  tasks: Record<QuizRole, string[]>;
  links: RunnerLinks;
}

/** The island's strings: `quiz.*` without what only the server-rendered pages use (the method page, the bands). */
export const QUIZ_STRINGS = {
  include: ['quiz.'],
  exclude: ['quiz.method.', 'quiz.page.', 'quiz.noscript', 'quiz.noscript.', 'quiz.band.'],
} as const;
export type QuizKey = IslandKey<typeof QUIZ_STRINGS>;
export type QuizStrings = IslandStrings<typeof QUIZ_STRINGS>;

/** True when both lists hold the same answers item by item (anything that is not 1–5 counts as no answer). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if ((isAnswer(x) ? x : null) !== (isAnswer(y) ? y : null)) return false;
  }
  return true;
}

/** A score as a bar length from 0 to 100 (no score: an empty bar). */
export function barLength(score: number | null): number {
  if (score === null || !Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, score));
}
