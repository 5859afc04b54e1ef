/**
 * Everything Rollenklar keeps lives in this browser's localStorage under keys starting with "rollenklar.";
 * the privacy page lists and deletes exactly those keys. Which feature a key belongs to comes from the
 * tools' own key constants (src/lib/privacy/stored-keys.ts, read at build time), so this file, which runs in
 * the browser, stays free of the tools' code. Nothing here throws.
 */
import { removeKeys, type StorageLike } from '../storage/safe-storage';

export const STORAGE_NAMESPACE = 'rollenklar.';

export type StoredKind = 'theme' | 'quiz' | 'checker' | 'knowledge' | 'jobad' | 'other';

/** A key a feature writes: `key` is the current one, `match` a prefix that also covers its other versions. */
export interface StoredKey {
  kind: Exclude<StoredKind, 'other'>;
  key: string;
  match: string;
}

export function storedKind(key: string, known: readonly StoredKey[]): StoredKind {
  return known.find((k) => key === k.key || key.startsWith(k.match))?.kind ?? 'other';
}

/** The Rollenklar keys in storage, sorted; a storage that fails halfway yields what it listed so far. */
export function ownKeys(storage: StorageLike | null): string[] {
  const keys: string[] = [];
  if (!storage) return keys;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_NAMESPACE)) keys.push(key);
    }
  } catch {
    // Blocked storage (a throwing key() or length): show what could be read.
  }
  return keys.sort();
}

/** Removes every Rollenklar key and returns what was removed; other sites' data is never touched. */
export function deleteOwnData(storage: StorageLike | null): string[] {
  return removeKeys(storage, (key) => key.startsWith(STORAGE_NAMESPACE));
}
