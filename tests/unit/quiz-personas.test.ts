// Typical answer profiles run through the real items and thresholds of content/data/quiz.yaml. A persona says
// how much it likes each work style (facet); its answer to an item is the mean over the item's facets, so the
// personas follow the data: re-tagging or rewording items reruns them against the new quiz.
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import {
  rulesFromData,
  scoreQuiz,
  simulateRandomAnswers,
  suggestNeighbours,
  type Answer,
  type Facet,
  type MaybeAnswer,
  type Verdict,
} from '../../src/lib/quiz';

const { quiz } = loadContentData('content');
const rules = rulesFromData(quiz.scoring);
const { items } = quiz;

type Likes = Partial<Record<Facet, Answer>>;

/** One answer per item: the rounded mean of the persona's answers for the item's facets. */
function answersOf(likes: Likes, otherwise: Answer): MaybeAnswer[] {
  return items.map((item) => {
    const values = item.facets.map((f) => likes[f] ?? otherwise);
    return Math.round(values.reduce((a, b) => a + b, 0) / values.length) as Answer;
  });
}

const personas: { name: string; answers: MaybeAnswer[]; expected: Verdict | Verdict[] }[] = [
  {
    name: 'typical Social Media Manager (content, trends, numbers, strategy; little dialogue or moderation)',
    answers: answersOf(
      { content: 5, trends: 5, analytics: 4, strategy: 4, dialogue: 2, moderation: 2, programmes: 2 },
      3,
    ),
    expected: ['clear-smm', 'lean-smm'],
  },
  {
    name: 'typical Community Manager (dialogue, moderation, programmes; little ads or trends)',
    answers: answersOf({ dialogue: 5, moderation: 4, programmes: 5, trends: 2, content: 3 }, 3),
    expected: ['clear-cm', 'lean-cm'],
  },
  {
    name: 'community strategist (strategy, programmes, insight, members, numbers; dislikes making content, trends, moderation)',
    answers: answersOf(
      {
        strategy: 4,
        programmes: 5,
        insight: 5,
        dialogue: 5,
        analytics: 4,
        content: 2,
        trends: 1,
        moderation: 2,
      },
      3,
    ),
    expected: ['clear-cm', 'lean-cm'],
  },
  {
    name: 'hands-on content creator (creating content and trends; little dialogue, moderation or programmes)',
    answers: answersOf({ content: 5, trends: 5, dialogue: 2, moderation: 2, programmes: 2 }, 3),
    expected: ['clear-smm', 'lean-smm'],
  },
  {
    name: 'analyst of community health (numbers and insight about people, dialogue; no trends or content production)',
    answers: answersOf(
      { analytics: 4, insight: 5, dialogue: 4, programmes: 4, content: 2, trends: 1, strategy: 3 },
      3,
    ),
    expected: ['clear-cm', 'lean-cm'],
  },
  { name: 'all "Teils, teils"', answers: items.map(() => 3), expected: 'unclear' },
  { name: 'all "Sehr gern"', answers: items.map(() => 5), expected: 'unclear' },
  { name: 'all "Gar nicht gern"', answers: items.map(() => 1), expected: 'neither' },
  {
    name: 'nearly all "Teils, teils" with one "Eher gern"',
    answers: items.map((_, i) => (i === 0 ? 4 : 3)),
    expected: 'unclear',
  },
  {
    name: 'nearly all "Gar nicht gern" with one "Eher nicht gern"',
    answers: items.map((_, i) => (i === 1 ? 2 : 1)),
    expected: 'neither',
  },
  {
    name: 'all "Eher gern" with one "Sehr gern" (agreeing with everything)',
    answers: items.map((_, i) => (i === 2 ? 5 : 4)),
    expected: 'unclear',
  },
  {
    name: 'likes both roles, varied (4 and 5 on everything)',
    answers: items.map((_, i) => (i % 3 === 0 ? 4 : 5)),
    expected: 'unclear',
  },
  {
    name: 'likes both roles and dislikes nothing but trends and moderation',
    answers: answersOf({ trends: 2, moderation: 2 }, 5),
    expected: 'both',
  },
];

describe('quiz personas (items and thresholds from content/data/quiz.yaml)', () => {
  for (const persona of personas) {
    it(`gives ${String(persona.expected)} to: ${persona.name}`, () => {
      const result = scoreQuiz(items, persona.answers, rules);
      const expected = Array.isArray(persona.expected) ? persona.expected : [persona.expected];
      expect(expected, JSON.stringify(result.scores)).toContain(result.verdict);
    });
  }

  it('suggests no neighbouring roles to someone who dislikes everything', () => {
    const result = scoreQuiz(
      items,
      items.map(() => 1),
      rules,
    );
    expect(suggestNeighbours(result.facets, rules.neighbourMin)).toEqual([]);
  });

  it('suggests a neighbouring role only for a clearly liked work style', () => {
    const answers = answersOf({ content: 5 }, 1);
    const result = scoreQuiz(items, answers, rules);
    expect(result.verdict).toBe('neither');
    const suggested = suggestNeighbours(result.facets, rules.neighbourMin);
    expect(suggested).toContain('online-editor');
    expect(suggested).not.toContain('support-lead');
  });
});

describe('random answers (the simulation the method page reports)', () => {
  const simulation = simulateRandomAnswers(items, rules);

  it('gives "leaning" or "clear" to fewer than 15 % of random answer sets', () => {
    expect(simulation.directional).toBeLessThan(0.15);
  });

  it('gives "clear" to fewer than 2 % of random answer sets', () => {
    expect(simulation.clear).toBeLessThan(0.02);
  });

  it('favours neither role', () => {
    const smm = simulation.share['clear-smm'] + simulation.share['lean-smm'];
    const cm = simulation.share['clear-cm'] + simulation.share['lean-cm'];
    expect(Math.abs(smm - cm)).toBeLessThan(0.01);
  });
});
