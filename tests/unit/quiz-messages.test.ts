import { describe, expect, it } from 'vitest';
import {
  ANSWER_KEYS,
  NEIGHBOUR_ROLES,
  VERDICT_KEYS,
  explainDriver,
  explainResult,
  renderMessage,
  scoreQuiz,
  suggestNeighbours,
  type MaybeAnswer,
  type ScoredItem,
  type Translate,
} from '../../src/lib/quiz';
import { interpolate } from '../../src/lib/i18n/translate';

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

  it('explains the identical-answers guard with the answer given throughout', () => {
    expect(explainResult(scoreQuiz(ITEMS, answers(4, 4)))).toEqual([
      { key: 'quiz.verdict.flat' },
      { key: 'quiz.flat.text', params: { answer: 'quiz.answer.4' }, keyParams: ['answer'] },
    ]);
  });

  it('says how many answers are missing when there are too few', () => {
    const result = scoreQuiz(ITEMS, [5, 1, null, null, null, null, null, null]);
    expect(explainResult(result)).toEqual([
      { key: 'quiz.verdict.insufficient' },
      { key: 'quiz.insufficient.text', params: { required: 2, total: 4, missing: 2 } },
    ]);
  });

  it('adds the tie note when both scores are equal', () => {
    const result = scoreQuiz(ITEMS, [5, 5, 3, 3, 4, 4, 4, 4]);
    expect(result.tie).toBe(true);
    expect(explainResult(result).map((m) => m.key)).toEqual(['quiz.verdict.both', 'quiz.tie.text']);
  });

  it('suggests neighbouring roles for "neither" and says which role is closer', () => {
    const result = scoreQuiz(ITEMS, answers(3, 1));
    expect(explainResult(result).map((m) => m.key)).toEqual([
      'quiz.verdict.neither',
      'quiz.neither.closer.smm',
      'quiz.neither.text',
    ]);
  });

  it('has a sentence key for every verdict', () => {
    expect(Object.keys(VERDICT_KEYS).sort()).toEqual(
      ['both', 'clear-cm', 'clear-smm', 'flat', 'insufficient', 'lean-cm', 'lean-smm', 'neither'].sort(),
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
  it('orders neighbouring roles by the facet profile', () => {
    const order = suggestNeighbours({
      strategy: 10,
      analytics: 90,
      content: 20,
      dialogue: 30,
      moderation: 40,
      insight: 80,
    });
    expect(order[0]).toBe('marketing-analyst');
    expect([...order].sort()).toEqual([...NEIGHBOUR_ROLES].sort());
  });

  it('keeps the fixed order when the profile gives no preference', () => {
    const none = {
      strategy: null,
      analytics: null,
      content: null,
      dialogue: null,
      moderation: null,
      insight: null,
    };
    expect(suggestNeighbours(none)).toEqual([...NEIGHBOUR_ROLES]);
  });
});
