// The knowledge check: its content (content/data/knowledge.yaml against the roles data and the guides), the
// validation of broken files, the seeded shuffle and scoring.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { loadContentData } from '../../src/build/content/data-files';
import { checkKnowledge, ContentError, impliedAnswer } from '../../src/build/content/validate';
import {
  maskOf,
  newSeed,
  ordersFor,
  KNOWLEDGE_STRINGS,
  scoreQuestions,
  scoreSorting,
  seededRandom,
  shuffledIndices,
  topicsToReread,
} from '../../src/lib/knowledge';
import { ROUTES } from '../../src/lib/i18n/routes';
import { pickStrings } from '../../src/i18n';

const data = loadContentData('content');
const { knowledge, roles } = data;
const taskIds = new Set(roles.flatMap((r) => r.tasks.map((t) => t.id)));
const roleOfTask = new Map(roles.flatMap((r) => r.tasks.map((t) => [t.id, r.id] as const)));

/** Per language: guide key → slugs of its `##` headings (as Astro makes them: github-slugger). */
function guideAnchors(locale: 'de' | 'en'): Map<string, { file: string; anchors: string[] }> {
  const dir = path.join('content', locale, 'guides');
  const out = new Map<string, { file: string; anchors: string[] }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const key = /^key:\s*(\S+)/m.exec(text)![1]!;
    const slugger = new GithubSlugger();
    const anchors = [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!));
    out.set(key, { file, anchors });
  }
  return out;
}

describe('content/data/knowledge.yaml', () => {
  it('loads with 12 to 16 sorting tasks and 10 to 12 questions', () => {
    expect(knowledge.sorting.length).toBeGreaterThanOrEqual(12);
    expect(knowledge.sorting.length).toBeLessThanOrEqual(16);
    expect(knowledge.questions.length).toBeGreaterThanOrEqual(10);
    expect(knowledge.questions.length).toBeLessThanOrEqual(12);
  });

  it('takes every task from the roles data, with the answer the data implies', () => {
    for (const item of knowledge.sorting) {
      for (const id of item.tasks) expect(taskIds.has(id), `${item.id}: ${id}`).toBe(true);
      const owners = new Set(item.tasks.map((id) => roleOfTask.get(id)));
      const expected = owners.size === 2 ? 'both' : [...owners][0];
      expect(item.answer, item.id).toBe(expected);
    }
  });

  it('includes tasks of each role and tasks both roles share', () => {
    const count = (a: string) => knowledge.sorting.filter((i) => i.answer === a).length;
    expect(count('smm')).toBeGreaterThanOrEqual(3);
    expect(count('cm')).toBeGreaterThanOrEqual(3);
    expect(count('both')).toBeGreaterThanOrEqual(2);
  });

  it('has single- and multiple-choice questions with a valid set of correct options', () => {
    expect(knowledge.questions.some((q) => q.multiple)).toBe(true);
    expect(knowledge.questions.some((q) => !q.multiple)).toBe(true);
    for (const q of knowledge.questions) {
      const correct = q.options.filter((o) => o.correct).length;
      if (q.multiple) expect(correct, q.id).toBeGreaterThanOrEqual(1);
      else expect(correct, q.id).toBe(1);
    }
  });

  it('links every item to a guide section that exists in both languages', () => {
    for (const locale of ['de', 'en'] as const) {
      const guides = guideAnchors(locale);
      for (const item of [...knowledge.sorting, ...knowledge.questions]) {
        const guide = guides.get(item.link.guide);
        expect(guide, `${item.id}: guide ${item.link.guide}`).toBeDefined();
        expect(guide!.anchors, `${item.id} (${locale}) in ${guide!.file}`).toContain(
          item.link.anchor[locale],
        );
      }
    }
  });

  it('has a route that no guide slug shadows', () => {
    expect(ROUTES.knowledge).toEqual({ de: '/ratgeber/wissenstest/', en: '/en/guides/knowledge-check/' });
    expect(readdirSync('content/de/guides')).not.toContain('wissenstest.mdx');
    expect(readdirSync('content/en/guides')).not.toContain('knowledge-check.mdx');
  });
});

describe('validation', () => {
  const raw = () => structuredClone(knowledge) as any;
  const problems = (mutate: (d: any) => void) => {
    const d = raw();
    mutate(d);
    try {
      checkKnowledge('content/data/knowledge.yaml', d, taskIds);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => `${p.path}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it('accepts the real file', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names an unknown task id', () => {
    expect(problems((d) => (d.sorting[0].tasks = ['smm.nope']))).toContain(
      'sorting[0].tasks[0]: unknown task id "smm.nope" (not in the roles data)',
    );
  });

  it('names an answer that contradicts the roles data', () => {
    const i = knowledge.sorting.findIndex((s) => s.answer === 'both');
    expect(problems((d) => (d.sorting[i].answer = 'cm'))).toContain(
      `sorting[${i}].answer: must be "both" as the roles data implies`,
    );
    expect(problems((d) => (d.sorting[0].answer = d.sorting[0].answer === 'smm' ? 'cm' : 'smm'))[0]).toMatch(
      /^sorting\[0\]\.answer: must be "(smm|cm)"/,
    );
  });

  it('rejects two tasks of one role and a shared task without its own text', () => {
    const i = knowledge.sorting.findIndex((s) => s.answer === 'both');
    expect(problems((d) => (d.sorting[i].tasks = ['smm.strategy', 'smm.campaigns']))).toContain(
      `sorting[${i}].tasks: two tasks must be one of each role (a task both share)`,
    );
    expect(problems((d) => delete d.sorting[i].text)).toContain(
      `sorting[${i}].text: a task both roles share needs its own text`,
    );
  });

  it('rejects questions without a correct option or with two in single choice', () => {
    expect(problems((d) => d.questions[0].options.forEach((o: any) => (o.correct = false)))).toContain(
      'questions[0].options: at least one option must be correct',
    );
    const single = knowledge.questions.findIndex((q) => !q.multiple);
    expect(problems((d) => d.questions[single].options.forEach((o: any) => (o.correct = true)))).toContain(
      `questions[${single}].options: a single-choice question has exactly one correct option`,
    );
  });

  it('rejects a missing translation and an anchor with "#"', () => {
    expect(problems((d) => delete d.questions[1].explanation.en)).toContain(
      'questions[1].explanation.en: required field is missing',
    );
    expect(problems((d) => (d.questions[1].link.anchor.de = '#x'))[0]).toMatch(
      /^questions\[1\]\.link\.anchor\.de:/,
    );
  });

  it('derives the answer from task ids', () => {
    expect(impliedAnswer(['smm.a'])).toBe('smm');
    expect(impliedAnswer(['cm.a'])).toBe('cm');
    expect(impliedAnswer(['smm.a', 'cm.b'])).toBe('both');
  });
});

describe('shuffle', () => {
  it('returns a permutation of 0 … n-1 for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.nat({ max: 0xffffffff }), (n, seed) => {
        const order = shuffledIndices(n, seededRandom(seed));
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });

  it('is reproducible from the seed and differs between seeds', () => {
    const counts = knowledge.questions.map((q) => q.options.length);
    expect(ordersFor(42, 14, counts)).toEqual(ordersFor(42, 14, counts));
    expect(ordersFor(42, 14, counts).sorting).not.toEqual(ordersFor(43, 14, counts).sorting);
    const random = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(newSeed(() => 0.5)).toBe(2147483648);
  });

  it('puts every task at the front for some seed (no position is fixed)', () => {
    const firsts = new Set<number>();
    for (let seed = 0; seed < 500; seed++) firsts.add(shuffledIndices(14, seededRandom(seed))[0]!);
    expect(firsts.size).toBe(14);
  });
});

describe('scoring', () => {
  const items = [{ answer: 'smm' }, { answer: 'cm' }, { answer: 'both' }] as const;

  it('counts sorting answers, unanswered as wrong', () => {
    expect(scoreSorting(items, ['smm', 'cm', 'both'])).toEqual({ correct: 3, total: 3, wrong: [] });
    expect(scoreSorting(items, ['smm', 'both', null])).toEqual({ correct: 1, total: 3, wrong: [1, 2] });
  });

  it('counts a question right only when exactly the correct options are chosen', () => {
    const qs = [{ correct: maskOf([0]) }, { correct: maskOf([0, 2]) }, { correct: maskOf([1]) }];
    expect(scoreQuestions(qs, [1, 5, 2])).toEqual({ correct: 3, total: 3, wrong: [] });
    expect(scoreQuestions(qs, [1, 1, 0])).toEqual({ correct: 1, total: 3, wrong: [1, 2] });
    expect(scoreQuestions(qs, [1, 7, 2]).wrong).toEqual([1]);
  });

  it('lists each section to reread once, tasks first', () => {
    const a = { href: '/a#x', topic: 'A' };
    const b = { href: '/b#y', topic: 'B' };
    expect(topicsToReread([a, b, a], [0, 2], [b, a], [0, 1])).toEqual([a, b]);
    expect(topicsToReread([a], [], [b], [])).toEqual([]);
  });

  it('passes only the island strings, with the same keys in both languages', () => {
    const picked = pickStrings('de', KNOWLEDGE_STRINGS);
    expect(Object.keys(picked).length).toBeGreaterThan(10);
    expect(Object.keys(picked).some((k) => k.startsWith('knowledge.page.'))).toBe(false);
  });
});

// Saved progress (parsing, revisions, versions): tests/unit/knowledge-storage.test.ts.
