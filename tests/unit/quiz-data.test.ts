import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/lib/content/data-files';
import { QUIZ_ROLES, scoreQuiz, type MaybeAnswer } from '../../src/lib/quiz';

const { quiz, roles } = loadContentData('content');
const { items } = quiz;

describe('content/data/quiz.yaml', () => {
  it('passes the content schema and has 20 to 24 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.length).toBeLessThanOrEqual(24);
  });

  it('has half of its items per role', () => {
    for (const role of QUIZ_ROLES)
      expect(items.filter((i) => i.role === role)).toHaveLength(items.length / 2);
  });

  it('interleaves the roles, starting with Social Media Manager', () => {
    items.forEach((item, i) => expect(item.role, item.id).toBe(i % 2 === 0 ? 'smm' : 'cm'));
  });

  it('uses unique item ids', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('links every item to tasks of its own role that exist in the roles data', () => {
    const tasksOf = new Map(roles.map((r) => [r.id, new Set(r.tasks.map((t) => t.id))]));
    for (const item of items) {
      for (const task of item.tasks)
        expect(tasksOf.get(item.role)?.has(task), `${item.id}: ${task}`).toBe(true);
    }
  });

  it('covers every task of both roles at least once', () => {
    const used = new Set(items.flatMap((i) => i.tasks));
    const missing = roles.flatMap((r) => r.tasks.map((t) => t.id)).filter((id) => !used.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every item one or two distinct facets and every facet at least three items', () => {
    const perFacet = new Map<string, number>();
    for (const item of items) {
      expect(item.facets.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.facets.length, item.id).toBeLessThanOrEqual(2);
      expect(new Set(item.facets).size, item.id).toBe(item.facets.length);
      for (const f of item.facets) perFacet.set(f, (perFacet.get(f) ?? 0) + 1);
    }
    for (const [facet, count] of perFacet) expect(count, facet).toBeGreaterThanOrEqual(3);
    expect(perFacet.size).toBe(6);
  });

  it('words no item as a negation', () => {
    const negation = {
      de: /\b(nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne)\b/i,
      en: /\b(not|no|never|without|avoid)\b|n't\b/i,
    };
    for (const item of items) {
      expect(item.text.de, item.id).not.toMatch(negation.de);
      expect(item.text.en, item.id).not.toMatch(negation.en);
    }
  });

  it('is at version 2 or later, since the items changed after version 1', () => {
    expect(quiz.version).toBeGreaterThanOrEqual(2);
  });

  it('reaches clear verdicts for both roles, "both" and "neither" with the real items', () => {
    const pattern = (smm: MaybeAnswer, cm: MaybeAnswer) => items.map((i) => (i.role === 'smm' ? smm : cm));
    expect(scoreQuiz(items, pattern(5, 2)).verdict).toBe('clear-smm');
    expect(scoreQuiz(items, pattern(2, 5)).verdict).toBe('clear-cm');
    // likes everything, "strongly" on every other item: both roles high and close together
    const mixed = items.map((_, i): MaybeAnswer => (i % 4 < 2 ? 5 : 4));
    expect(scoreQuiz(items, mixed).verdict).toBe('both');
    expect(scoreQuiz(items, pattern(1, 2)).verdict).toBe('neither');
  });
});
