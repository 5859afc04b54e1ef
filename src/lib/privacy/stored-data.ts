/**
 * Everything Rollenklar keeps lives in this browser's localStorage under keys starting with "rollenklar.";
 * the privacy page lists and deletes exactly those keys. Features add their key here with what it holds.
 */
import { removeKeys, type StorageLike } from '../storage/safe-storage';

export const STORAGE_NAMESPACE = 'rollenklar.';

export type StoredKind = 'theme' | 'quiz' | 'checker' | 'knowledge' | 'other';

export function storedKind(key: string): StoredKind {
  if (key === 'rollenklar.theme') return 'theme';
  if (key.startsWith('rollenklar.quiz.')) return 'quiz';
  if (key.startsWith('rollenklar.checker.')) return 'checker';
  if (key.startsWith('rollenklar.knowledge.')) return 'knowledge';
  return 'other';
}

export function ownKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_NAMESPACE)) keys.push(key);
  }
  return keys.sort();
}

/** Removes every Rollenklar key and returns what was removed; other sites' data is never touched. */
export function deleteOwnData(storage: StorageLike | null): string[] {
  return removeKeys(storage, (key) => key.startsWith(STORAGE_NAMESPACE));
}
