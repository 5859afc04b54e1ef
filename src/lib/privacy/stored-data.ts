/**
 * Everything Rollenklar keeps lives in this browser's localStorage under keys starting with "rollenklar.";
 * the privacy page lists and deletes exactly those keys. Which feature a key belongs to comes from the
 * tools' own key constants (src/lib/privacy/stored-keys.ts, read at build time), so this file, which runs in
 * the browser, stays free of the tools' code. Nothing here throws.
 */
import type { IslandStrings } from '../../i18n';
import { removeKeys, storageKeys, type StorageLike } from '../storage/safe-storage';

export const STORAGE_NAMESPACE = 'rollenklar.';

export type StoredKind = 'theme' | 'quiz' | 'checker' | 'knowledge' | 'jobad' | 'other';

/** The stored-data island's strings: what each kind of key is for, the buttons and what they did. */
export const STORED_DATA_STRINGS = {
  include: [
    'privacy.kind.',
    'privacy.nothingStored',
    'privacy.delete',
    'privacy.deleteOne',
    'privacy.deleteOneLabel',
    'privacy.deleted',
    'privacy.deletedOne',
    'privacy.deletedNone',
  ],
} as const;
export type StoredDataStrings = IslandStrings<typeof STORED_DATA_STRINGS>;

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
  return storageKeys(storage)
    .filter((key) => key.startsWith(STORAGE_NAMESPACE))
    .sort();
}

/** Removes every Rollenklar key and returns what was removed; other sites' data is never touched. */
export function deleteOwnData(storage: StorageLike | null): string[] {
  return removeKeys(storage, (key) => key.startsWith(STORAGE_NAMESPACE));
}
