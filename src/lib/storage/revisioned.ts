/**
 * One record in localStorage that several tabs may write: quiz progress, the checker's answers, knowledge-check
 * progress. Every stored record carries a revision, and a save is a compare-and-set on it: a tab writes only on
 * top of the revision it last read or wrote. So a tab holding older state never writes over another tab's newer
 * state, and data deleted elsewhere (another tab, the privacy page) is not brought back by one more click here.
 *
 * Revisions count from 1; 0 stands for "nothing seen", which matches an empty slot and a record written before
 * revisions existed. Each feature keeps its own stored format and key: it passes its parser and serializer in.
 * Limit: localStorage offers no atomic compare-and-set between tabs. The check and the write run in one task,
 * a window far shorter than the seconds between a visitor's clicks in two tabs, which is what this guards.
 * Nothing here throws (see safe-storage.ts).
 */
import { readItem, writeItem, type StorageLike } from './safe-storage';

/**
 * What a stored value means for the compare-and-set: the revision of a readable record; 0 for nothing stored
 * or anything this page may replace (an older version's data); `'locked'` for data it must not write over
 * (unreadable, or written by a newer version) until the visitor discards it: every save conflicts.
 */
export type Revision = number | 'locked';

export interface RecordFormat<Load, Value> {
  key: string;
  /** Reads the stored text (`null`: nothing stored). Must not throw. */
  parse(raw: string | null): Load;
  revisionOf(load: Load): Revision;
  serialize(value: Value, revision: number): string;
}

export type SaveResult<Load> =
  | { status: 'saved'; revision: number }
  /** Storage no longer holds what this tab last saw; nothing was written. `current` is what is there now. */
  | { status: 'conflict'; current: Load }
  /** The browser refused (storage missing, disabled or full). */
  | { status: 'failed' };

/** Revisions stay safe integers; a record at the limit is written at the limit again. */
export const MAX_REVISION = Number.MAX_SAFE_INTEGER;

export interface RevisionedRecord<Load, Value> {
  load(storage: StorageLike | null): Load;
  /** Writes `value` if storage still holds revision `seen` (0: nothing); the new revision is `seen + 1`. */
  save(storage: StorageLike | null, seen: number, value: Value): SaveResult<Load>;
}

export function revisionedRecord<Load, Value>(
  format: RecordFormat<Load, Value>,
): RevisionedRecord<Load, Value> {
  const load = (storage: StorageLike | null) => format.parse(readItem(storage, format.key));
  return {
    load,
    save(storage, seen, value) {
      const current = load(storage);
      if (format.revisionOf(current) !== seen) return { status: 'conflict', current };
      const revision = Math.min(seen + 1, MAX_REVISION);
      return writeItem(storage, format.key, format.serialize(value, revision))
        ? { status: 'saved', revision }
        : { status: 'failed' };
    },
  };
}
