import { describe, expect, it } from 'vitest';
import { deleteOwnData, ownKeys, storedKind } from '../../src/lib/privacy/stored-data';
import { storedKeys } from '../../src/lib/privacy/stored-keys';
import { THEME_STORAGE_KEY } from '../../src/lib/theme/theme-key';
import { storageKey } from '../../src/lib/quiz/storage';
import { CHECKER_STORAGE_KEY } from '../../src/lib/checker/values';
import { knowledgeKey } from '../../src/lib/knowledge/storage';
import { JOB_AD_STORAGE_KEY } from '../../src/lib/jobad/storage';
import { loadContentData } from '../../src/build/content/data-files';
import { memoryStorage } from './memory-storage';

const { quiz, knowledge } = loadContentData('content');
const known = storedKeys({ quiz: quiz.version, knowledge: knowledge.version });

describe('stored data', () => {
  it('F-12: lists every key the tools write, taken from their own constants and content versions', () => {
    expect(known.map((k) => k.key)).toEqual([
      THEME_STORAGE_KEY,
      storageKey(quiz.version),
      CHECKER_STORAGE_KEY,
      knowledgeKey(knowledge.version),
      JOB_AD_STORAGE_KEY,
    ]);
    expect(new Set(known.map((k) => k.kind))).toEqual(
      new Set(['theme', 'quiz', 'checker', 'knowledge', 'jobad']),
    );
  });

  it('names what each feature stores, other versions of a key included', () => {
    expect(storedKind(THEME_STORAGE_KEY, known)).toBe('theme');
    expect(storedKind(storageKey(2), known)).toBe('quiz');
    expect(storedKind(storageKey(99), known)).toBe('quiz');
    expect(storedKind(CHECKER_STORAGE_KEY, known)).toBe('checker');
    expect(storedKind(JOB_AD_STORAGE_KEY, known)).toBe('jobad');
    expect(storedKind('rollenklar.checker.v7', known)).toBe('checker');
    expect(storedKind(knowledgeKey(knowledge.version + 1), known)).toBe('knowledge');
    expect(storedKind('rollenklar.future', known)).toBe('other');
  });

  it('deletes every Rollenklar key and nothing else', () => {
    const storage = memoryStorage({
      [THEME_STORAGE_KEY]: 'dark',
      [storageKey(2)]: '{}',
      [CHECKER_STORAGE_KEY]: '{}',
      [knowledgeKey(1)]: '{}',
      'other-site.token': 'keep me',
    });
    expect(ownKeys(storage)).toHaveLength(4);
    expect(deleteOwnData(storage).sort()).toEqual(
      [CHECKER_STORAGE_KEY, storageKey(2), THEME_STORAGE_KEY, knowledgeKey(1)].sort(),
    );
    expect([...storage.map.keys()]).toEqual(['other-site.token']);
  });

  it('I-9: listing survives a storage whose key() or length throws', () => {
    const storage = memoryStorage({ [THEME_STORAGE_KEY]: 'dark', [storageKey(2)]: '{}' });
    const keyThrows = {
      ...storage,
      get length() {
        return storage.map.size;
      },
      key: (i: number) => {
        if (i > 0) throw new DOMException('blocked', 'SecurityError');
        return storage.key(i);
      },
    };
    expect(() => ownKeys(keyThrows)).not.toThrow();
    expect(ownKeys(keyThrows)).toEqual([THEME_STORAGE_KEY]);
    const lengthThrows = {
      ...storage,
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(ownKeys(lengthThrows)).toEqual([]);
    expect(ownKeys(null)).toEqual([]);
  });
});
