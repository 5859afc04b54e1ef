import { describe, expect, it } from 'vitest';
import {
  ANSWER_KEYS,
  NEIGHBOUR_ROLES,
  VERDICT_KEYS,
  explainDriver,
  explainResult,
  renderMessage,
  scoreQuiz as scoreWith,
  suggestNeighbours,
  type MaybeAnswer,
  type ScoredItem,
  type Translate,
} from '../../src/lib/quiz';
import { TEST_RULES } from './quiz-test-rules';
import { interpolate } from '../../src/lib/i18n/translate';

const RULES = TEST_RULES;
const scoreQuiz = (items: readonly ScoredItem[], a: readonly MaybeAnswer[]) => scoreWith(items, a, RULES);

const ITEMS: ScoredItem[] = Array.from({ length: 8 }, (_, i) => ({
  id: `item-${i}`,
  role: i % 2 === 0 ? 'smm' : 'cm',
  facets: i % 2 === 0 ? ['analytics'] : ['dialogue'],
}));

const answers = (smm: MaybeAnswer, cm: MaybeAnswer) => ITEMS.map((item) => (item.role === 'smm' ? smm : cm));

/** A translator that echoes keys, so tests see which strings were chosen. */
const echo: Translate = (key, params) => (params ? `${key}(${JSON.stringify(params)})` : key);

describe('explainResult', () => {
  it('starts with the verdict sentence', () => {
    expect(explainResult(scoreQuiz(ITEMS, answers(5, 1)))).toEqual([{ key: 'quiz.verdict.clearSmm' }]);
  });

  it('explains answers that barely vary and says what to do next', () => {
    expect(explainResult(scoreQuiz(ITEMS, answers(4, 4)))).toEqual([
      { key: 'quiz.verdict.unclear' },
      { key: 'quiz.unclear.even' },
      { key: 'quiz.unclear.next' },
    ]);
  });

  it('explains scores in the middle as no clear direction yet', () => {
    const result = scoreQuiz(ITEMS, [4, 3, 2, 3, 4, 4, 2, 2]);
    expect(result.verdict).toBe('unclear');
    expect(explainResult(result).map((m) => m.key)).toEqual([
      'quiz.verdict.unclear',
      'quiz.unclear.middle',
      'quiz.unclear.next',
    ]);
  });

  it('says for which role how many answers are missing when there are too few', () => {
    const result = scoreQuiz(ITEMS, [5, 1, 5, null, null, null, null, null]);
    expect(explainResult(result)).toEqual([
      { key: 'quiz.verdict.insufficient' },
      { key: 'quiz.insufficient.text', params: { required: 2, total: 4 } },
      { key: 'quiz.insufficient.missing', params: { role: 'quiz.role.cm', count: 1 }, keyParams: ['role'] },
    ]);
  });

  it('adds the tie note when both scores are equal', () => {
    const result = scoreQuiz(ITEMS, [5, 5, 3, 3, 4, 4, 4, 4]);
    expect(result.tie).toBe(true);
    expect(explainResult(result).map((m) => m.key)).toEqual(['quiz.verdict.both', 'quiz.tie.text']);
  });

  it('says for "neither" which role is closer', () => {
    const result = scoreQuiz(ITEMS, [2, 1, 3, 1, 2, 1, 2, 1]);
    expect(result.verdict).toBe('neither');
    expect(explainResult(result).map((m) => m.key)).toEqual([
      'quiz.verdict.neither',
      'quiz.neither.closer.smm',
    ]);
  });

  it('has a sentence key for every verdict', () => {
    expect(Object.keys(VERDICT_KEYS).sort()).toEqual(
      ['both', 'clear-cm', 'clear-smm', 'unclear', 'insufficient', 'lean-cm', 'lean-smm', 'neither'].sort(),
    );
  });
});

describe('renderMessage', () => {
  it('translates key parameters and formats numbers for the locale', () => {
    const strings: Record<string, string> = {
      'quiz.driver.like':
        'Du hast „{activity}“ mit „{answer}“ bewertet. Das spricht für {role} ({points} Punkte).',
      'quiz.answer.5': 'Sehr gern',
      'quiz.role.smm': 'Social-Media-Manager:in',
      'quiz.role.cm': 'Community-Manager:in',
    };
    const t: Translate = (key, params) => interpolate(strings[key] ?? key, params);
    const result = scoreQuiz(ITEMS, [5, 3, 4, 3, 4, 3, 4, 3]);
    const driver = result.drivers[0]!;
    expect(driver.points).toBe(12.5);
    expect(renderMessage(explainDriver(driver, 'Berichte bauen'), t, 'de')).toBe(
      'Du hast „Berichte bauen“ mit „Sehr gern“ bewertet. Das spricht für Social-Media-Manager:in (12,5 Punkte).',
    );
  });

  it('uses the dislike sentence for a disliked item', () => {
    const result = scoreQuiz(ITEMS, [4, 1, 4, 3, 4, 3, 4, 3]);
    const message = explainDriver(result.drivers[0]!, 'x');
    expect(message.key).toBe('quiz.driver.dislike');
    expect(renderMessage(message, echo, 'en')).toContain('"role":"quiz.role.smm"');
  });

  it('labels every answer of the scale', () => {
    expect(Object.keys(ANSWER_KEYS)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('suggestNeighbours', () => {
  const profile = {
    strategy: 10,
    content: 20,
    analytics: 90,
    trends: 10,
    dialogue: 30,
    moderation: 40,
    programmes: 10,
    insight: 80,
  };

  it('suggests only roles with a clearly liked work style, best fit first', () => {
    expect(suggestNeighbours(profile, 60)).toEqual(['marketing-analyst', 'online-editor']);
  });

  it('suggests nothing when no work style reaches the threshold', () => {
    expect(suggestNeighbours({ ...profile, analytics: 59, insight: 59 }, 60)).toEqual([]);
  });

  it('keeps the fixed order for equal ratings', () => {
    const flat = Object.fromEntries(Object.keys(profile).map((k) => [k, 70])) as typeof profile;
    expect(suggestNeighbours(flat, 60)).toEqual([...NEIGHBOUR_ROLES]);
  });
});
