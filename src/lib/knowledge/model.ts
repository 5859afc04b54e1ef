/**
 * The knowledge check core: the props the island receives, a seeded shuffle, scoring and the topics to reread.
 * Pure functions only; session.ts runs the workflow with saved progress, view.ts turns it into rows to draw.
 */
import type { KnowledgeAnswer, Locale } from '../../build/content/schemas';
import type { IslandKey, IslandStrings } from '../../i18n';

export const KNOWLEDGE_CHOICES: readonly KnowledgeAnswer[] = ['smm', 'cm', 'both'];

/** A task to sort, resolved for one language on the server. */
export interface SortItem {
  id: string;
  text: string;
  answer: KnowledgeAnswer;
  explanation: string;
  /** The guide section that covers it, and its label ("Guide: Section"). */
  href: string;
  topic: string;
}

export interface QuestionItem {
  id: string;
  text: string;
  multiple: boolean;
  options: string[];
  /** Bit i set: option i (in content order) is correct. */
  correct: number;
  explanation: string;
  href: string;
  topic: string;
}

export interface KnowledgeProps {
  locale: Locale;
  version: number;
  sorting: SortItem[];
  questions: QuestionItem[];
  /** The island's UI strings in the page language (`pickStrings(locale, KNOWLEDGE_STRINGS)`). */
  strings: KnowledgeStrings;
}

/** The island's strings: `knowledge.*` without what only server-rendered pages use. */
export const KNOWLEDGE_STRINGS = {
  include: ['knowledge.'],
  exclude: ['knowledge.page.', 'knowledge.teaser.'],
} as const;
export type KnowledgeKey = IslandKey<typeof KNOWLEDGE_STRINGS>;
export type KnowledgeStrings = IslandStrings<typeof KNOWLEDGE_STRINGS>;

/** The bit mask of a list of option indices. */
export function maskOf(indices: readonly number[]): number {
  return indices.reduce((mask, i) => mask | (1 << i), 0);
}

/** A small, fast seeded generator (mulberry32): the same seed gives the same order after a reload. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `0 … n-1` in a random order (Fisher–Yates). */
export function shuffledIndices(n: number, random: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

export interface Orders {
  sorting: number[];
  questions: number[];
  /** Per question (content order): its options in display order. */
  options: number[][];
}

/** Every order on the page from one seed: tasks, questions and each question's options. */
export function ordersFor(seed: number, sortCount: number, optionCounts: readonly number[]): Orders {
  const random = seededRandom(seed);
  return {
    sorting: shuffledIndices(sortCount, random),
    questions: shuffledIndices(optionCounts.length, random),
    options: optionCounts.map((n) => shuffledIndices(n, random)),
  };
}

/** A fresh 32-bit seed. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

export interface PartScore {
  correct: number;
  total: number;
  /** Indices (content order) of items answered wrongly or not at all. */
  wrong: number[];
}

export function scoreSorting(
  items: readonly Pick<SortItem, 'answer'>[],
  answers: readonly (KnowledgeAnswer | null)[],
): PartScore {
  const wrong: number[] = [];
  items.forEach((item, i) => {
    if (answers[i] !== item.answer) wrong.push(i);
  });
  return { correct: items.length - wrong.length, total: items.length, wrong };
}

/** A question counts as right only when exactly the correct options are chosen. */
export function scoreQuestions(
  questions: readonly Pick<QuestionItem, 'correct'>[],
  answers: readonly number[],
): PartScore {
  const wrong: number[] = [];
  questions.forEach((q, i) => {
    if ((answers[i] ?? 0) !== q.correct) wrong.push(i);
  });
  return { correct: questions.length - wrong.length, total: questions.length, wrong };
}

export interface Topic {
  href: string;
  topic: string;
}

/** The guide sections behind the wrong answers, each once, tasks first. */
export function topicsToReread(
  sorting: readonly Topic[],
  sortWrong: readonly number[],
  questions: readonly Topic[],
  questionWrong: readonly number[],
): Topic[] {
  const seen = new Set<string>();
  const out: Topic[] = [];
  for (const t of [...sortWrong.map((i) => sorting[i]!), ...questionWrong.map((i) => questions[i]!)]) {
    if (seen.has(t.href)) continue;
    seen.add(t.href);
    out.push({ href: t.href, topic: t.topic });
  }
  return out;
}
