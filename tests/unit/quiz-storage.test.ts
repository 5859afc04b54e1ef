import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STORAGE_PREFIX,
  clearProgress,
  hasAnyAnswer,
  loadProgress,
  parseProgress,
  removeStaleProgress,
  saveProgress,
  serializeProgress,
  staleKeys,
  storageKey,
  type MaybeAnswer,
  type QuizProgress,
  type StorageLike,
} from '../../src/lib/quiz';

const VERSION = 2;
const answerArb = fc.constantFrom<MaybeAnswer>(null, 1, 2, 3, 4, 5);

/** A Map-backed stand-in for localStorage. */
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

/** Storage as a browser with storage disabled or full behaves: every call throws. */
const brokenStorage: StorageLike = {
  get length(): number {
    throw new Error('SecurityError');
  },
  key() {
    throw new Error('SecurityError');
  },
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
  removeItem() {
    throw new Error('SecurityError');
  },
};

const progress: QuizProgress = { answers: [4, null, 5], position: 2, updatedAt: 1_767_225_600_000 };

describe('storage key', () => {
  it('carries the quiz version', () => {
    expect(storageKey(2)).toBe('rollenklar.quiz.v2');
    expect(storageKey(2).startsWith(STORAGE_PREFIX)).toBe(true);
  });
});

describe('parseProgress', () => {
  it('reports "none" when nothing is saved', () => {
    expect(parseProgress(null, VERSION, 3)).toEqual({ status: 'none' });
  });

  it('reads back what serializeProgress wrote', () => {
    const raw = serializeProgress(progress, VERSION);
    expect(raw).toBe('{"v":2,"a":"405","p":2,"t":1767225600000}');
    expect(parseProgress(raw, VERSION, 3)).toEqual({ status: 'ok', progress });
  });

  it('discards unreadable data as "corrupt"', () => {
    for (const raw of ['', '{', 'undefined', '{"v":2,', '\u0000']) {
      expect(parseProgress(raw, VERSION, 3)).toEqual({ status: 'discarded', reason: 'corrupt' });
    }
  });

  it('discards progress saved by another quiz version as "version"', () => {
    const raw = serializeProgress(progress, 1);
    expect(parseProgress(raw, VERSION, 3)).toEqual({ status: 'discarded', reason: 'version' });
  });

  it('discards readable data with missing or wrong fields as "shape"', () => {
    const shapes = [
      'null',
      '[]',
      '42',
      '"text"',
      '{}',
      '{"v":"2","a":"405","p":2,"t":1}',
      '{"v":2,"a":"4050","p":2,"t":1}', // one digit too many for 3 items
      '{"v":2,"a":"406","p":2,"t":1}', // 6 is off the scale
      '{"v":2,"a":[4,0,5],"p":2,"t":1}',
      '{"v":2,"a":"405","p":4,"t":1}', // position past the result screen
      '{"v":2,"a":"405","p":-1,"t":1}',
      '{"v":2,"a":"405","p":1.5,"t":1}',
      '{"v":2,"a":"405","p":2}',
      '{"v":2,"a":"405","p":2,"t":-5}',
      '{"v":2.5,"a":"405","p":2,"t":1}',
    ];
    for (const raw of shapes) {
      expect(parseProgress(raw, VERSION, 3), raw).toEqual({ status: 'discarded', reason: 'shape' });
    }
  });

  it('round-trips any valid progress', () => {
    fc.assert(
      fc.property(
        fc.array(answerArb, { maxLength: 30 }),
        fc.nat(),
        fc.nat({ max: 4_000_000_000_000 }),
        (answers, p, updatedAt) => {
          const position = p % (answers.length + 1);
          const saved = { answers, position, updatedAt };
          expect(parseProgress(serializeProgress(saved, VERSION), VERSION, answers.length)).toEqual({
            status: 'ok',
            progress: saved,
          });
        },
      ),
    );
  });

  it('never throws on arbitrary strings or arbitrary JSON', () => {
    const statuses = ['none', 'ok', 'discarded'];
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -2, max: 30 }), (raw, n) => {
        expect(statuses).toContain(parseProgress(raw, VERSION, n).status);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(statuses).toContain(parseProgress(JSON.stringify(value) ?? 'null', VERSION, 3).status);
      }),
    );
    fc.assert(
      fc.property(
        fc.record(
          { v: fc.anything(), a: fc.anything(), p: fc.anything(), t: fc.anything() },
          { requiredKeys: [] },
        ),
        (value) => {
          let raw: string;
          try {
            raw = JSON.stringify(value);
          } catch {
            return; // values JSON cannot hold (BigInt) never reach storage
          }
          expect(statuses).toContain(parseProgress(raw ?? null, VERSION, 3).status);
        },
      ),
    );
  });
});

describe('stale keys of older quiz versions', () => {
  it('finds other versions of the quiz key and nothing else', () => {
    const keys = [
      'rollenklar.quiz.v1',
      'rollenklar.quiz.v2',
      'rollenklar.quiz.v10',
      'rollenklar.theme',
      'rollenklar.quiz.v2.bak',
      'other.quiz.v1',
    ];
    expect(staleKeys(keys, VERSION)).toEqual(['rollenklar.quiz.v1', 'rollenklar.quiz.v10']);
  });

  it('removes them from storage and returns what it removed, so the page can show a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem('rollenklar.quiz.v1', '{"v":1}');
    storage.setItem('rollenklar.theme', 'dark');
    storage.setItem(storageKey(VERSION), serializeProgress(progress, VERSION));
    expect(removeStaleProgress(storage, VERSION)).toEqual(['rollenklar.quiz.v1']);
    expect([...storage.map.keys()].sort()).toEqual(['rollenklar.quiz.v2', 'rollenklar.theme']);
    expect(removeStaleProgress(storage, VERSION)).toEqual([]);
  });
});

describe('storage helpers', () => {
  it('saves, loads and clears progress under the versioned key', () => {
    const storage = new MemoryStorage();
    expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'none' });
    expect(saveProgress(storage, VERSION, progress)).toBe(true);
    expect(storage.getItem('rollenklar.quiz.v2')).not.toBeNull();
    expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'ok', progress });
    expect(clearProgress(storage, VERSION)).toBe(true);
    expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'none' });
  });

  it('reports a discard when the saved data no longer fits the quiz', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, VERSION, progress);
    expect(loadProgress(storage, VERSION, 22)).toEqual({ status: 'discarded', reason: 'shape' });
    storage.setItem(storageKey(VERSION), 'not json');
    expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'discarded', reason: 'corrupt' });
  });

  it('never throws when storage is missing, disabled or full', () => {
    for (const storage of [null, brokenStorage]) {
      expect(loadProgress(storage, VERSION, 3)).toEqual({ status: 'none' });
      expect(saveProgress(storage, VERSION, progress)).toBe(false);
      expect(clearProgress(storage, VERSION)).toBe(false);
      expect(removeStaleProgress(storage, VERSION)).toEqual([]);
    }
  });

  it('tells whether any answer is saved', () => {
    expect(hasAnyAnswer([null, null])).toBe(false);
    expect(hasAnyAnswer([null, 3])).toBe(true);
  });
});
