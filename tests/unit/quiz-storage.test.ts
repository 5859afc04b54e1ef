// Saved quiz progress: parsing with bounded fields, versions and the session's compare-and-set across tabs.
// Finding ids (F-2, F-4, F-6, F-7) refer to issue 16's security review.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_TIME,
  clearProgress,
  clearSession,
  hasAnyAnswer,
  loadProgress,
  openSession,
  otherVersionKeys,
  parseProgress,
  readSession,
  reconcileSession,
  saveProgress,
  saveSession,
  serializeProgress,
  storageKey,
  versionOfKey,
  type MaybeAnswer,
  type QuizProgress,
  type QuizShape,
  type StorageLike,
} from '../../src/lib/quiz';
import { brokenStorage } from './memory-storage';

const VERSION = 3;
const answerArb = fc.constantFrom<MaybeAnswer>(null, 1, 2, 3, 4, 5);
const NOW = 1_767_225_600_000;

/** A Map-backed stand-in for localStorage; two "tabs" share one instance, as tabs share localStorage. */
class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const progress: QuizProgress = { answers: [4, null, 5], position: 2, updatedAt: NOW, revision: 4 };

/** Today's quiz: items a, b, c, d; version 2 had a, x, b (x was dropped, c and d are new). */
const QUIZ: QuizShape = {
  version: VERSION,
  ids: ['a', 'b', 'c', 'd'],
  previous: [{ version: 2, ids: ['a', 'x', 'b'] }],
};
const record = (value: object) => JSON.stringify(value);

describe('storage key', () => {
  it('carries the quiz version, and reads it back', () => {
    expect(storageKey(3)).toBe('rollenklar.quiz.v3');
    expect(versionOfKey('rollenklar.quiz.v12')).toBe(12);
    expect(versionOfKey('rollenklar.quiz.v3x')).toBeNull();
    expect(versionOfKey('rollenklar.checker.v1')).toBeNull();
  });

  it('splits other quiz versions into older and newer keys', () => {
    const keys = [
      'rollenklar.quiz.v1',
      'rollenklar.quiz.v3',
      'rollenklar.quiz.v4',
      'rollenklar.theme',
      'rollenklar.quiz.v2',
    ];
    expect(otherVersionKeys(keys, 3)).toEqual({
      older: [
        { key: 'rollenklar.quiz.v1', version: 1 },
        { key: 'rollenklar.quiz.v2', version: 2 },
      ],
      newer: ['rollenklar.quiz.v4'],
    });
  });
});

describe('parseProgress', () => {
  it('reports "none" when nothing is saved', () => {
    expect(parseProgress(null, VERSION, 3)).toEqual({ status: 'none' });
  });

  it('reads back what serializeProgress wrote, revision included', () => {
    const raw = serializeProgress(progress, VERSION);
    expect(JSON.parse(raw)).toEqual({ v: 3, a: '405', p: 2, t: NOW, r: 4 });
    expect(parseProgress(raw, VERSION, 3)).toEqual({ status: 'ok', progress });
  });

  it('discards unreadable data as "corrupt" and answers that do not fit as "shape"', () => {
    expect(parseProgress('{"v":3,', VERSION, 3)).toEqual({ status: 'discarded', reason: 'corrupt' });
    for (const value of [
      null,
      [],
      'x',
      { v: 3 },
      { v: 3, a: '40' },
      { v: 3, a: '407' },
      { v: 3, a: [4, 0, 5] },
      { v: 2, a: '405' },
    ])
      expect(parseProgress(JSON.stringify(value), VERSION, 3), JSON.stringify(value)).toEqual({
        status: 'discarded',
        reason: 'shape',
      });
  });

  it('F-7: repairs absurd stored times instead of throwing on them later', () => {
    for (const t of [1e16, 1e300, MAX_TIME + 1, -1, 'soon', null]) {
      const parsed = parseProgress(record({ v: 3, a: '405', p: 1, t, r: 1 }), VERSION, 3);
      expect(parsed.status).toBe('ok');
      if (parsed.status === 'ok') expect(parsed.progress.updatedAt).toBeNull();
    }
    const parsed = parseProgress(record({ v: 3, a: '405', p: 1, t: MAX_TIME, r: 1 }), VERSION, 3);
    expect(parsed.status === 'ok' && parsed.progress.updatedAt).toBe(MAX_TIME);
  });

  it('F-7: repairs absurd positions, revisions and versions, and keeps the answers', () => {
    for (const fields of [
      { p: 99, r: 1e300 },
      { p: -1, r: -5 },
      { p: 1.5, r: 'x' },
      { v: 1e300 },
      { v: 'three' },
    ]) {
      const parsed = parseProgress(record({ v: 3, a: '405', p: 1, t: NOW, r: 2, ...fields }), VERSION, 3);
      expect(parsed.status, JSON.stringify(fields)).toBe('ok');
      if (parsed.status !== 'ok') continue;
      expect(parsed.progress.answers).toEqual([4, null, 5]);
      expect(parsed.progress.position).toBeGreaterThanOrEqual(0);
      expect(parsed.progress.position).toBeLessThanOrEqual(3);
      expect(Number.isSafeInteger(parsed.progress.revision)).toBe(true);
    }
  });

  it('F-7: never throws, and every time it returns can be formatted as a date', () => {
    const format = new Intl.DateTimeFormat('de', { dateStyle: 'long' });
    fc.assert(
      fc.property(
        fc.record(
          { v: fc.anything(), a: fc.anything(), p: fc.anything(), t: fc.anything(), r: fc.anything() },
          { requiredKeys: [] },
        ),
        (value) => {
          let raw: string;
          try {
            raw = JSON.stringify(value);
          } catch {
            return; // values JSON cannot hold (BigInt) never reach storage
          }
          const parsed = parseProgress(raw ?? null, VERSION, 3);
          if (parsed.status === 'ok' && parsed.progress.updatedAt !== null)
            expect(() => format.format(parsed.progress.updatedAt!)).not.toThrow();
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -2, max: 30 }), (raw, n) => {
        expect(['none', 'ok', 'discarded']).toContain(parseProgress(raw, VERSION, n).status);
      }),
    );
  });

  it('round-trips any valid progress', () => {
    fc.assert(
      fc.property(
        fc.array(answerArb, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: MAX_TIME }),
        fc.nat(),
        (answers, p, updatedAt, revision) => {
          const value: QuizProgress = { answers, position: p % (answers.length + 1), updatedAt, revision };
          expect(parseProgress(serializeProgress(value, VERSION), VERSION, answers.length)).toEqual({
            status: 'ok',
            progress: value,
          });
        },
      ),
    );
  });
});

describe('opening a session', () => {
  it('reads this version’s progress', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, VERSION, { answers: [4, null, 5, null], position: 2, updatedAt: NOW, revision: 3 });
    const opened = openSession(storage, QUIZ, NOW);
    expect(opened.state?.answers).toEqual([4, null, 5, null]);
    expect(opened.notices).toEqual([]);
  });

  it('removes unreadable progress with a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey(VERSION), '{"v":3,"a"');
    expect(openSession(storage, QUIZ, NOW)).toEqual({ state: null, notices: [{ kind: 'discarded' }] });
    expect(storage.getItem(storageKey(VERSION))).toBeNull();
  });

  it('carries an earlier version’s answers over by item id, then removes the old record', () => {
    const storage = new MemoryStorage();
    storage.setItem('rollenklar.quiz.v2', record({ v: 2, a: '253', p: 3, t: NOW - 1000 }));
    const opened = openSession(storage, QUIZ, NOW);
    // a = 2 and b = 3 carry over; x (5) was dropped; c and d are new
    expect(opened.state).toEqual({ answers: [2, 3, null, null], position: 2, updatedAt: NOW, revision: 1 });
    expect(opened.notices).toEqual([{ kind: 'migrated', carried: 2 }]);
    expect(storage.getItem('rollenklar.quiz.v2')).toBeNull();
    expect(readSession(storage, QUIZ)?.answers).toEqual([2, 3, null, null]);
  });

  it('says plainly when nothing of an earlier version fits, and removes it', () => {
    const storage = new MemoryStorage();
    storage.setItem('rollenklar.quiz.v2', record({ v: 2, a: '050', p: 1, t: NOW }));
    storage.setItem('rollenklar.quiz.v1', 'garbage');
    const opened = openSession(storage, QUIZ, NOW);
    expect(opened).toEqual({ state: null, notices: [{ kind: 'outdated' }] });
    expect([...storage.map.keys()]).toEqual([]);
  });

  it('F-6: leaves progress of a newer version untouched and says it cannot be read here', () => {
    const storage = new MemoryStorage();
    const newer = record({ v: 4, a: '55555', p: 5, t: NOW, r: 9 });
    storage.setItem('rollenklar.quiz.v4', newer);
    const opened = openSession(storage, QUIZ, NOW);
    expect(opened.notices).toEqual([{ kind: 'newer' }]);
    expect(storage.getItem('rollenklar.quiz.v4')).toBe(newer);
    // saving here does not touch it either
    saveSession(storage, QUIZ, 0, { answers: [1, null, null, null], position: 1 }, NOW);
    expect(storage.getItem('rollenklar.quiz.v4')).toBe(newer);
  });

  it('never throws when storage is missing, disabled or full', () => {
    for (const storage of [null, brokenStorage]) {
      expect(openSession(storage, QUIZ, NOW)).toEqual({ state: null, notices: [] });
      expect(saveSession(storage, QUIZ, 0, { answers: [1, 2, 3, 4], position: 0 }, NOW)).toEqual({
        status: 'failed',
      });
      expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'none' });
      expect(saveProgress(storage, VERSION, progress)).toBe(false);
      expect(clearProgress(storage, VERSION)).toBe(false);
    }
  });
});

describe('two tabs', () => {
  const answers = (...values: MaybeAnswer[]) => values;

  it('F-2: a tab that has not seen another tab’s newer answers cannot write over them', () => {
    const storage = new MemoryStorage();
    // Tab A answers; tab B opened earlier and knows nothing (revision 0).
    const a1 = saveSession(storage, QUIZ, 0, { answers: answers(5, null, null, null), position: 1 }, NOW);
    const a2 = saveSession(storage, QUIZ, 1, { answers: answers(5, 5, null, null), position: 2 }, NOW);
    expect(a1.status).toBe('saved');
    expect(a2).toMatchObject({ status: 'saved', state: { revision: 2 } });
    // B presses "Start": its empty answers would wipe A's. Refused, and B gets A's state instead.
    const b = saveSession(storage, QUIZ, 0, { answers: answers(null, null, null, null), position: 0 }, NOW);
    expect(b).toEqual({
      status: 'conflict',
      state: expect.objectContaining({ answers: [5, 5, null, null], revision: 2 }),
    });
    expect(readSession(storage, QUIZ)?.answers).toEqual([5, 5, null, null]);
    // Once B has taken over revision 2, its next answer is saved on top.
    const b2 = saveSession(storage, QUIZ, 2, { answers: answers(5, 5, 1, null), position: 3 }, NOW);
    expect(b2).toMatchObject({ status: 'saved', state: { revision: 3 } });
    // …and A, still at revision 2, cannot undo it.
    expect(saveSession(storage, QUIZ, 2, { answers: answers(5, 5, null, 4), position: 3 }, NOW).status).toBe(
      'conflict',
    );
  });

  it('F-2: a storage event tells a tab that another tab saved newer answers', () => {
    const storage = new MemoryStorage();
    saveSession(storage, QUIZ, 0, { answers: answers(5, null, null, null), position: 1 }, NOW);
    expect(reconcileSession(storage, QUIZ, 1)).toEqual({ change: 'none' });
    saveSession(storage, QUIZ, 1, { answers: answers(5, 4, null, null), position: 2 }, NOW);
    expect(reconcileSession(storage, QUIZ, 1)).toMatchObject({
      change: 'updated',
      state: { answers: [5, 4, null, null] },
    });
  });

  it('F-4: a deletion in another tab is not undone by one more click here', () => {
    const storage = new MemoryStorage();
    saveSession(storage, QUIZ, 0, { answers: answers(5, 5, 5, null), position: 3 }, NOW);
    // The privacy page (another tab) deletes everything.
    storage.map.clear();
    expect(reconcileSession(storage, QUIZ, 1)).toEqual({ change: 'deleted' });
    // Even if the event was missed, the next click here writes nothing back.
    const click = saveSession(storage, QUIZ, 1, { answers: answers(5, 5, 5, 2), position: 3 }, NOW);
    expect(click).toEqual({ status: 'deleted' });
    expect(storage.map.size).toBe(0);
    // After taking the deletion over (revision 0), a new answer starts a new record.
    expect(
      saveSession(storage, QUIZ, 0, { answers: answers(1, null, null, null), position: 0 }, NOW),
    ).toMatchObject({
      status: 'saved',
      state: { revision: 1 },
    });
  });

  it('"start over" clears the record so that every tab starts from revision 0', () => {
    const storage = new MemoryStorage();
    saveSession(storage, QUIZ, 0, { answers: answers(5, null, null, null), position: 1 }, NOW);
    expect(clearSession(storage, QUIZ)).toBe(true);
    expect(readSession(storage, QUIZ)).toBeNull();
  });
});

describe('hasAnyAnswer', () => {
  it('tells whether any answer is saved', () => {
    expect(hasAnyAnswer([null, null])).toBe(false);
    expect(hasAnyAnswer([null, 3])).toBe(true);
  });
});
