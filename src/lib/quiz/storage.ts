/**
 * Progress in localStorage, so that no answer is lost on a reload or a return days later.
 * The key carries the quiz version (`rollenklar.quiz.v2`) and so does the stored value; progress of another
 * version, or anything unreadable, is discarded with a reason for the notice, never a crash.
 * The parse functions never throw; the storage helpers swallow the errors browsers raise when storage is
 * disabled or full, and report them as a return value.
 */
import { decodeAnswers, encodeAnswers } from './share';
import type { Answers, MaybeAnswer } from './types';
import {
  browserStorage,
  readItem,
  removeItem,
  removeKeys,
  writeItem,
  type StorageLike,
} from '../storage/safe-storage';

export const STORAGE_PREFIX = 'rollenklar.quiz.v';

/** The localStorage key for a quiz version: `rollenklar.quiz.v2`. */
export function storageKey(version: number): string {
  return `${STORAGE_PREFIX}${version}`;
}

export interface QuizProgress {
  /** One entry per item, null for no answer yet. */
  answers: MaybeAnswer[];
  /** The item index the visitor is on (0-based); equal to the number of items once the result is shown. */
  position: number;
  /** When the progress was last saved, in milliseconds since 1970 (`Date.now()`). */
  updatedAt: number;
}

/**
 * - `none`: nothing saved;
 * - `discarded`: something was saved but cannot be used: `corrupt` (not readable JSON), `version` (saved by
 *   another quiz version) or `shape` (readable, but fields are missing, of the wrong type or do not fit the
 *   number of items).
 */
export type ProgressResult =
  | { status: 'none' }
  | { status: 'ok'; progress: QuizProgress }
  | { status: 'discarded'; reason: 'corrupt' | 'version' | 'shape' };

/** The stored JSON: `{"v":2,"a":"4432…","p":5,"t":1767225600000}` (answers in the share-link encoding). */
export function serializeProgress(progress: Readonly<QuizProgress>, version: number): string {
  return JSON.stringify({
    v: version,
    a: encodeAnswers(progress.answers),
    p: progress.position,
    t: progress.updatedAt,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads what `serializeProgress` wrote. Never throws. */
export function parseProgress(raw: string | null, version: number, itemCount: number): ProgressResult {
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (!isRecord(data)) return { status: 'discarded', reason: 'shape' };
  const { v, a, p, t } = data;
  if (typeof v !== 'number' || !Number.isInteger(v)) return { status: 'discarded', reason: 'shape' };
  if (v !== version) return { status: 'discarded', reason: 'version' };
  if (typeof a !== 'string' || a.length !== itemCount) return { status: 'discarded', reason: 'shape' };
  const answers = decodeAnswers(a);
  if (answers === null) return { status: 'discarded', reason: 'shape' };
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > itemCount)
    return { status: 'discarded', reason: 'shape' };
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return { status: 'discarded', reason: 'shape' };
  return { status: 'ok', progress: { answers, position: p, updatedAt: t } };
}

/** Quiz keys of other versions among `keys` (for example all localStorage keys), in the given order. */
export function staleKeys(keys: Iterable<string>, version: number): string[] {
  const current = storageKey(version);
  const stale: string[] = [];
  for (const key of keys) {
    if (key !== current && /^rollenklar\.quiz\.v\d+$/.test(key)) stale.push(key);
  }
  return stale;
}

export { browserStorage, type StorageLike };

/** Loads and checks saved progress. Unreadable storage counts as "nothing saved". */
export function loadProgress(
  storage: StorageLike | null,
  version: number,
  itemCount: number,
): ProgressResult {
  return parseProgress(readItem(storage, storageKey(version)), version, itemCount);
}

/** Saves progress; false when the browser refused (storage disabled or full), so the UI can say so. */
export function saveProgress(
  storage: StorageLike | null,
  version: number,
  progress: Readonly<QuizProgress>,
): boolean {
  return writeItem(storage, storageKey(version), serializeProgress(progress, version));
}

/** Removes the saved progress of this version ("start over", or after a discard). */
export function clearProgress(storage: StorageLike | null, version: number): boolean {
  return removeItem(storage, storageKey(version));
}

/**
 * Removes saved progress of other quiz versions and returns the removed keys; a non-empty list means the
 * page should show the "the quiz has changed" notice.
 */
export function removeStaleProgress(storage: StorageLike | null, version: number): string[] {
  return removeKeys(storage, (key) => staleKeys([key], version).length > 0);
}

/** True when at least one item has an answer (worth offering "continue"). */
export function hasAnyAnswer(answers: Answers): boolean {
  return answers.some((a) => a !== null && a !== undefined);
}
