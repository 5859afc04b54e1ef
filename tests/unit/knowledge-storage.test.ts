// Knowledge-check progress in storage: the parser (bounded, never throws), revisions that keep a stale tab
// from writing over newer progress or undoing a deletion, and versions that degrade without losing data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KNOWLEDGE_LIMITS,
  knowledgeKey,
  loadKnowledge,
  newerKnowledgeKeys,
  parseKnowledge,
  removeStaleKnowledge,
  saveKnowledge,
  serializeKnowledge,
  type KnowledgeProgress,
} from '../../src/lib/knowledge';
import { deleteOwnData } from '../../src/lib/privacy/stored-data';
import { memoryStorage } from './memory-storage';

const counts = [3, 3, 5];
const progress: KnowledgeProgress = {
  seed: 123456,
  sorting: ['smm', null, 'both', 'cm'],
  questions: [1, 0, 20],
  checked: { sorting: true, questions: false },
  updatedAt: 1767225600000,
};
const KEY = knowledgeKey(1);
const save = (storage: ReturnType<typeof memoryStorage>, p: KnowledgeProgress, seen: number | null) =>
  saveKnowledge(storage, 1, p, seen, 4, counts);

describe('knowledge progress: parsing', () => {
  it('reads what it wrote, with its revision; records from before revisions count as revision 0', () => {
    expect(parseKnowledge(serializeKnowledge(progress, 1, 7), 1, 4, counts)).toEqual({
      status: 'ok',
      progress,
      revision: 7,
    });
    const legacy = JSON.stringify({ v: 1, s: 1, a: 's---', q: [0, 0, 0], k: 0, t: 5 });
    expect(parseKnowledge(legacy, 1, 4, counts)).toMatchObject({ status: 'ok', revision: 0 });
  });

  it('F-6: tells newer, older, corrupt and misshapen data apart', () => {
    expect(parseKnowledge(null, 1, 4, counts)).toEqual({ status: 'none' });
    expect(parseKnowledge('{oops', 1, 4, counts)).toEqual({ status: 'unreadable', reason: 'corrupt' });
    expect(parseKnowledge(serializeKnowledge(progress, 2), 1, 4, counts)).toEqual({ status: 'newer' });
    expect(parseKnowledge(serializeKnowledge(progress, 1), 2, 4, counts)).toEqual({ status: 'outdated' });
    expect(parseKnowledge(serializeKnowledge(progress, 1), 1, 5, counts).status).toBe('unreadable');
    expect(parseKnowledge(serializeKnowledge(progress, 1), 1, 4, [3, 3, 4]).status).toBe('unreadable');
    expect(parseKnowledge('[]', 1, 4, counts)).toEqual({ status: 'unreadable', reason: 'shape' });
  });

  it('F-6: bounds every field (time within Date range, seed, revision, masks, length)', () => {
    const base = JSON.parse(serializeKnowledge(progress, 1)) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>) => JSON.stringify({ ...base, ...patch });
    for (const patch of [
      { t: KNOWLEDGE_LIMITS.maxTime + 1 },
      { t: 1e300 },
      { t: -1 },
      { s: 2 ** 32 },
      { s: 1.5 },
      { r: -1 },
      { r: 2 ** 60 },
      { q: [1, 0, 32] },
      { k: 4 },
      { a: 's-b' },
      { a: 'sxbc' },
      { v: 1e12 },
    ]) {
      expect(parseKnowledge(bad(patch), 1, 4, counts).status, JSON.stringify(patch)).toBe('unreadable');
    }
    expect(parseKnowledge(bad({ pad: 'x'.repeat(KNOWLEDGE_LIMITS.maxLength) }), 1, 4, counts)).toEqual({
      status: 'unreadable',
      reason: 'corrupt',
    });
    expect(parseKnowledge(bad({ t: KNOWLEDGE_LIMITS.maxTime }), 1, 4, counts).status).toBe('ok');
  });

  it('F-6: never throws; what it accepts is within bounds and round-trips (property)', () => {
    const record = fc.record({
      v: fc.oneof(fc.constant(1), fc.integer()),
      r: fc.oneof(fc.nat(), fc.double(), fc.constant(undefined)),
      s: fc.oneof(fc.nat({ max: 0xffffffff }), fc.double()),
      a: fc.oneof(fc.stringMatching(/^[scb-]{4}$/), fc.string({ maxLength: 6 })),
      q: fc.oneof(
        fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 7 }), fc.nat({ max: 31 })),
        fc.array(fc.integer(), { maxLength: 4 }),
      ),
      k: fc.integer({ min: -1, max: 5 }),
      t: fc.oneof(fc.nat(), fc.double()),
    });
    const raw = fc.oneof(
      fc.string(),
      fc.json(),
      record.map((r) => JSON.stringify(r)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const result = parseKnowledge(text, 1, 4, counts);
        expect(['ok', 'none', 'newer', 'outdated', 'unreadable']).toContain(result.status);
        if (result.status !== 'ok') return;
        const p = result.progress;
        expect(p.updatedAt).toBeLessThanOrEqual(KNOWLEDGE_LIMITS.maxTime);
        expect(() => new Date(p.updatedAt).toISOString()).not.toThrow();
        expect(p.seed).toBeLessThanOrEqual(KNOWLEDGE_LIMITS.maxSeed);
        expect(p.sorting).toHaveLength(4);
        p.questions.forEach((m, i) => expect(m).toBeLessThan(2 ** counts[i]!));
        expect(parseKnowledge(serializeKnowledge(p, 1, result.revision), 1, 4, counts)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('knowledge progress: saving across tabs', () => {
  it('F-2: a stale tab cannot write its older state over newer progress', () => {
    const storage = memoryStorage();
    // Tab A and tab B both opened with nothing stored (seen = null).
    const a1 = save(storage, progress, null);
    expect(a1).toEqual({ status: 'saved', revision: 1 });
    const a2 = save(storage, { ...progress, questions: [2, 0, 20] }, 1);
    expect(a2).toEqual({ status: 'saved', revision: 2 });
    const b = save(storage, { ...progress, sorting: [null, null, null, null] }, null);
    expect(b.status).toBe('conflict');
    expect(b.status === 'conflict' && b.current).toMatchObject({ status: 'ok', revision: 2 });
    expect(loadKnowledge(storage, 1, 4, counts)).toMatchObject({
      revision: 2,
      progress: { questions: [2, 0, 20] },
    });
  });

  it('F-4: after "Delete all" a tab that saw earlier progress writes nothing back', () => {
    const storage = memoryStorage({ 'rollenklar.theme': 'dark' });
    expect(save(storage, progress, null)).toEqual({ status: 'saved', revision: 1 });
    deleteOwnData(storage);
    const again = save(storage, progress, 1);
    expect(again).toEqual({ status: 'conflict', current: { status: 'none' } });
    expect(storage.map.size).toBe(0);
    // The tab starts over (seen = null); the visitor's next answer is saved as new progress.
    expect(save(storage, progress, null)).toEqual({ status: 'saved', revision: 1 });
  });

  it('F-6: never overwrites unreadable or newer data in its key', () => {
    for (const stored of ['{oops', serializeKnowledge(progress, 2)]) {
      const storage = memoryStorage({ [KEY]: stored });
      expect(save(storage, progress, null).status).toBe('conflict');
      expect(storage.map.get(KEY)).toBe(stored);
    }
  });

  it('F-6: removes only older versions and leaves newer ones alone', () => {
    const storage = memoryStorage({
      'rollenklar.knowledge.v0': '{}',
      [KEY]: serializeKnowledge(progress, 1),
      'rollenklar.knowledge.v2': '{"v":2}',
      'rollenklar.knowledge.v10': '{"v":10}',
    });
    expect(removeStaleKnowledge(storage, 1)).toEqual(['rollenklar.knowledge.v0']);
    expect(newerKnowledgeKeys(storage, 1).sort()).toEqual([
      'rollenklar.knowledge.v10',
      'rollenklar.knowledge.v2',
    ]);
    expect([...storage.map.keys()].sort()).toEqual([
      KEY,
      'rollenklar.knowledge.v10',
      'rollenklar.knowledge.v2',
    ]);
  });

  it('reports a refusing or missing storage as failed, never throws', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveKnowledge(full, 1, progress, null, 4, counts)).toEqual({ status: 'failed' });
    expect(saveKnowledge(null, 1, progress, null, 4, counts)).toEqual({ status: 'failed' });
  });
});
