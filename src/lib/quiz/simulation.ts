/**
 * The random-answer check of the verdict thresholds: how often answers picked at random (uniformly from the
 * five scale steps, no skips) still get a "leaning" or "clear" verdict. Such answers carry no preference, so
 * every directional verdict among them is a false alarm. The method page reports these figures and a unit
 * test holds them under the targets. Seeded, so the same data always gives the same figures.
 */
import { scoreQuiz, type Verdict } from './scoring';
import { ANSWER_VALUES, type Answer, type QuizRules, type ScoredItem } from './types';
import { seededRandom } from '../knowledge/model';

export interface SimulationResult {
  runs: number;
  /** Share (0–1) of runs per verdict. */
  share: Record<Verdict, number>;
  /** Share of "lean-…" and "clear-…" verdicts together, and of "clear-…" alone. */
  directional: number;
  clear: number;
}

export const SIMULATION_RUNS = 20000;
export const SIMULATION_SEED = 2026;

export function simulateRandomAnswers(
  items: readonly ScoredItem[],
  rules: QuizRules,
  runs = SIMULATION_RUNS,
  seed = SIMULATION_SEED,
): SimulationResult {
  const random = seededRandom(seed);
  const counts: Record<Verdict, number> = {
    'clear-smm': 0,
    'lean-smm': 0,
    both: 0,
    'lean-cm': 0,
    'clear-cm': 0,
    neither: 0,
    unclear: 0,
    insufficient: 0,
  };
  for (let run = 0; run < runs; run++) {
    const answers = items.map((): Answer => ANSWER_VALUES[Math.floor(random() * ANSWER_VALUES.length)]!);
    counts[scoreQuiz(items, answers, rules).verdict] += 1;
  }
  const share = Object.fromEntries(
    Object.entries(counts).map(([verdict, count]) => [verdict, count / runs]),
  ) as Record<Verdict, number>;
  const clear = share['clear-smm'] + share['clear-cm'];
  return { runs, share, clear, directional: clear + share['lean-smm'] + share['lean-cm'] };
}
