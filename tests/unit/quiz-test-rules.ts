// Explicit verdict thresholds for the scoring and message tests, so they check the rules themselves; the
// personas test runs the quiz data's own thresholds.
import type { QuizRules } from '../../src/lib/quiz';

export const TEST_RULES: QuizRules = {
  minAnsweredShare: 0.5,
  bothMin: 60,
  neitherMax: 40,
  leanMinGap: 20,
  clearMinGap: 35,
  leaderMin: 60,
  minSpread: 0.6,
  neighbourMin: 60,
};

/** The same thresholds as the quiz data's kebab-case `scoring` block. */
export const TEST_SCORING = {
  'min-answered-share': 0.5,
  'both-min': 60,
  'neither-max': 40,
  'lean-min-gap': 20,
  'clear-min-gap': 35,
  'leader-min': 60,
  'min-spread': 0.6,
  'neighbour-min': 60,
};
