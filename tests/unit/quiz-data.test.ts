import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import { QUIZ_FACETS, QUIZ_ROLES, rulesFromData, scoreQuiz, type MaybeAnswer } from '../../src/lib/quiz';

const { quiz, roles } = loadContentData('content');
const { items } = quiz;
const rules = rulesFromData(quiz.scoring);

describe('content/data/quiz.yaml', () => {
  it('passes the content schema and has 20 to 26 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.length).toBeLessThanOrEqual(26);
  });

  it('has half of its items per role', () => {
    for (const role of QUIZ_ROLES)
      expect(items.filter((i) => i.role === role)).toHaveLength(items.length / 2);
  });

  it('mixes the roles with never more than two items of one role in a row', () => {
    items.forEach((item, i) => {
      if (i >= 2)
        expect(item.role === items[i - 1]!.role && item.role === items[i - 2]!.role, item.id).toBe(false);
    });
    // not a strict alternation, so the role cannot be read from the position
    expect(items.some((item, i) => i > 0 && item.role === items[i - 1]!.role)).toBe(true);
  });

  it('keeps every item to at most 12 words, in both languages', () => {
    for (const item of items)
      for (const text of [item.text.de, item.text.en]) {
        expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(12);
      }
  });

  it('uses no praise or judgement words and never names either role', () => {
    const loaded = {
      de: /\b(ruhig\w*|sicher\w*|souverän\w*|glaubwürdig\w*|freundlich\w*|bestimmt|geschickt\w*|kreativ\w*|erfolgreich\w*|professionell\w*|gekonnt\w*|gut\w*)\b/i,
      en: /\b(calm\w*|confident\w*|credibl\w*|kind\w*|firm\w*|skil\w*|creative\w*|successful\w*|professional\w*|well|good)\b/i,
    };
    const roleNames = /manager|community/i;
    for (const item of items) {
      expect(item.text.de, item.id).not.toMatch(loaded.de);
      expect(item.text.en, item.id).not.toMatch(loaded.en);
      expect(item.text.de, item.id).not.toMatch(roleNames);
      expect(item.text.en, item.id).not.toMatch(roleNames);
    }
  });

  it('gives every work style items on the side(s) that really do it', () => {
    const count = (role: string, facet: string) =>
      items.filter((i) => i.role === role && (i.facets as readonly string[]).includes(facet)).length;
    for (const facet of ['strategy', 'content', 'analytics', 'insight']) {
      expect(count('smm', facet), `smm ${facet}`).toBeGreaterThanOrEqual(1);
      expect(count('cm', facet), `cm ${facet}`).toBeGreaterThanOrEqual(1);
    }
    expect(count('smm', 'trends')).toBeGreaterThanOrEqual(2);
    for (const facet of ['dialogue', 'moderation', 'programmes']) {
      expect(count('cm', facet), `cm ${facet}`).toBeGreaterThanOrEqual(2);
      expect(count('smm', facet), `smm ${facet}`).toBe(0);
    }
  });

  it('lists the item order of earlier versions, and keeps carried-over ids', () => {
    const v2 = quiz.previous.find((p) => p.version === 2);
    expect(v2?.items).toHaveLength(22);
    const kept = items.filter((i) => v2!.items.includes(i.id));
    expect(kept.length).toBeGreaterThanOrEqual(10);
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

  it('gives every item one or two distinct facets and every facet at least two items', () => {
    const perFacet = new Map<string, number>();
    for (const item of items) {
      expect(item.facets.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.facets.length, item.id).toBeLessThanOrEqual(2);
      expect(new Set(item.facets).size, item.id).toBe(item.facets.length);
      for (const f of item.facets) perFacet.set(f, (perFacet.get(f) ?? 0) + 1);
    }
    for (const [facet, count] of perFacet) expect(count, facet).toBeGreaterThanOrEqual(2);
    expect(perFacet.size).toBe(QUIZ_FACETS.length);
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

  it('reaches clear verdicts for both roles, "both" and "neither" with the real items', () => {
    const pattern = (smm: MaybeAnswer, cm: MaybeAnswer) => items.map((i) => (i.role === 'smm' ? smm : cm));
    expect(scoreQuiz(items, pattern(5, 2), rules).verdict).toBe('clear-smm');
    expect(scoreQuiz(items, pattern(2, 5), rules).verdict).toBe('clear-cm');
    // likes both sides, each from "mixed feelings" to "strongly like"
    const mixed = items.map((_, i): MaybeAnswer => [5, 3, 4][i % 3] as MaybeAnswer);
    expect(scoreQuiz(items, mixed, rules).verdict).toBe('both');
    expect(scoreQuiz(items, pattern(1, 2), rules).verdict).toBe('neither');
  });
});
