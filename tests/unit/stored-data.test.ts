import { describe, expect, it } from 'vitest';
import { deleteOwnData, ownKeys, storedKind } from '../../src/lib/privacy/stored-data';
import { THEME_STORAGE_KEY } from '../../src/lib/theme/theme-script';
import { storageKey } from '../../src/lib/quiz/storage';
import { CHECKER_STORAGE_KEY } from '../../src/lib/checker/values';

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('stored data', () => {
  it('names what each feature stores', () => {
    expect(storedKind(THEME_STORAGE_KEY)).toBe('theme');
    expect(storedKind(storageKey(2))).toBe('quiz');
    expect(storedKind(CHECKER_STORAGE_KEY)).toBe('checker');
    expect(storedKind('rollenklar.knowledge.v1')).toBe('knowledge');
    expect(storedKind('rollenklar.future')).toBe('other');
  });

  it('deletes every Rollenklar key and nothing else', () => {
    const storage = memoryStorage({
      [THEME_STORAGE_KEY]: 'dark',
      [storageKey(2)]: '{}',
      [CHECKER_STORAGE_KEY]: '{}',
      'other-site.token': 'keep me',
    });
    expect(ownKeys(storage)).toHaveLength(3);
    expect(deleteOwnData(storage).sort()).toEqual(
      [CHECKER_STORAGE_KEY, storageKey(2), THEME_STORAGE_KEY].sort(),
    );
    expect([...storage.map.keys()]).toEqual(['other-site.token']);
  });
});
