/**
 * localStorage that never throws: it can be missing, blocked by the browser, or full. Every feature that
 * saves progress (quiz, checker, knowledge check) reads and writes through these helpers, and saves through
 * the compare-and-set of revisioned.ts; `onStorageChange` tells a page what other tabs changed.
 */

/** The part of the Web Storage API these helpers use; `localStorage` fits, tests pass a fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** `window.localStorage`, or null where it is missing or blocked (reading it can throw). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored text, or null when nothing is stored or storage cannot be read. */
export function readItem(storage: StorageLike | null, key: string): string | null {
  if (!storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** False when the browser refused (storage disabled or full), so the UI can say so. */
export function writeItem(storage: StorageLike | null, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(storage: StorageLike | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** All keys in storage; a storage that throws halfway gives what it gave until then. */
export function storageKeys(storage: StorageLike | null): string[] {
  const keys: string[] = [];
  if (!storage) return keys;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // Blocked halfway: the keys read so far.
  }
  return keys;
}

/** Removes every key the predicate selects and returns them; a storage blocked halfway reports what went. */
export function removeKeys(storage: StorageLike | null, select: (key: string) => boolean): string[] {
  const removed: string[] = [];
  for (const key of storageKeys(storage).filter(select)) {
    if (!removeItem(storage, key)) break;
    removed.push(key);
  }
  return removed;
}

/** A change another tab made: `key` is null when that tab cleared the whole storage. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/**
 * Calls `listener` when another tab of this site changes localStorage under a key `select` accepts (and on a
 * full clear). Browsers fire `storage` events only in the other tabs, never in the one that wrote. Returns
 * the unsubscribe function; without a window (tests in node, old browsers) it does nothing.
 */
export function onStorageChange(
  select: (key: string) => boolean,
  listener: (change: StorageChange) => void,
): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => {};
  const handle = (event: StorageEvent) => {
    // sessionStorage changes fire the same event; only localStorage is ours. Reading it can throw.
    const local = browserStorage();
    if (event.storageArea !== null && event.storageArea !== local) return;
    if (event.key !== null && !select(event.key)) return;
    listener({ key: event.key, newValue: event.newValue });
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}
