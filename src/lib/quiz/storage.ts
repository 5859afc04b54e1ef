/**
 * Progress in localStorage, so that no answer is lost on a reload or a return days later.
 * The key carries the quiz version (`rollenklar.quiz.v3`) and so does the stored value. Every record carries
 * a revision, so that a tab holding older state never writes over newer state from another tab (see
 * session.ts). Stored fields are bounded: an absurd time or revision is repaired, never thrown on (F-7).
 * The parse functions never throw; the storage helpers swallow the errors browsers raise when storage is
 * disabled or full, and report them as a return value.
 */
import { decodeAnswers, encodeAnswers } from './share';
import type { Answers, MaybeAnswer } from './types';
import { browserStorage, readItem, removeItem, writeItem, type StorageLike } from '../storage/safe-storage';

export const STORAGE_PREFIX = 'rollenklar.quiz.v';
const KEY_PATTERN = /^rollenklar\.quiz\.v(\d{1,6})$/;

/** The largest time a JavaScript `Date` can hold (ms since 1970); later stored times are repaired. */
export const MAX_TIME = 8.64e15;

/** The localStorage key for a quiz version: `rollenklar.quiz.v3`. */
export function storageKey(version: number): string {
  return `${STORAGE_PREFIX}${version}`;
}

/** The version a quiz key belongs to, or null for any other key. */
export function versionOfKey(key: string): number | null {
  const match = KEY_PATTERN.exec(key);
  return match ? Number(match[1]) : null;
}

export interface QuizProgress {
  /** One entry per item, null for no answer yet. */
  answers: MaybeAnswer[];
  /** The item index the visitor is on (0-based); equal to the number of items once the result is shown. */
  position: number;
  /** When the progress was last saved (`Date.now()`), or null when the stored time was unusable. */
  updatedAt: number | null;
  /** Counts the saves of this record; a tab writes only over the revision it last read (see session.ts). */
  revision: number;
}

/**
 * - `none`: nothing saved;
 * - `discarded`: something was saved but cannot be used: `corrupt` (not readable JSON) or `shape` (readable,
 *   but the answers are missing, of the wrong type or do not fit the number of items).
 */
export type ProgressResult =
  | { status: 'none' }
  | { status: 'ok'; progress: QuizProgress }
  | { status: 'discarded'; reason: 'corrupt' | 'shape' };

/** The stored JSON: `{"v":3,"a":"4432…","p":5,"t":1767225600000,"r":7}` (answers in the share encoding). */
export function serializeProgress(progress: Readonly<QuizProgress>, version: number): string {
  return JSON.stringify({
    v: version,
    a: encodeAnswers(progress.answers),
    p: progress.position,
    t: progress.updatedAt,
    r: progress.revision,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored time usable for a date: a finite number from 0 to `MAX_TIME`; anything else is null. */
export function boundedTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME
    ? value
    : null;
}

function boundedInteger(value: unknown, max: number): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max
    ? value
    : null;
}

/**
 * Reads what `serializeProgress` wrote under the key of `version`. Never throws. The answers must fit; the
 * other fields are repaired when absurd: an unusable time becomes null (no date is shown), an unusable
 * position the first item, an unusable revision 0. A `v` that names another version than the key's means
 * the record was tampered with (`shape`); a missing or absurd `v` is ignored, since the key names the version.
 */
export function parseProgress(raw: string | null, version: number, itemCount: number): ProgressResult {
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (!isRecord(data)) return { status: 'discarded', reason: 'shape' };
  const { v, a, p, t, r } = data;
  const storedVersion = boundedInteger(v, Number.MAX_SAFE_INTEGER);
  if (storedVersion !== null && storedVersion !== version) return { status: 'discarded', reason: 'shape' };
  if (typeof a !== 'string' || a.length !== itemCount) return { status: 'discarded', reason: 'shape' };
  const answers = decodeAnswers(a);
  if (answers === null) return { status: 'discarded', reason: 'shape' };
  return {
    status: 'ok',
    progress: {
      answers,
      position: boundedInteger(p, itemCount) ?? 0,
      updatedAt: boundedTime(t),
      revision: boundedInteger(r, Number.MAX_SAFE_INTEGER - 1) ?? 0,
    },
  };
}

/** Quiz keys of other versions among `keys`, split into older and newer ones, in the given order. */
export function otherVersionKeys(
  keys: Iterable<string>,
  version: number,
): { older: { key: string; version: number }[]; newer: string[] } {
  const older: { key: string; version: number }[] = [];
  const newer: string[] = [];
  for (const key of keys) {
    const v = versionOfKey(key);
    if (v === null || v === version) continue;
    if (v < version) older.push({ key, version: v });
    else newer.push(key);
  }
  return { older, newer };
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

/** True when at least one item has an answer (worth offering "continue"). */
export function hasAnyAnswer(answers: Answers): boolean {
  return answers.some((a) => a !== null && a !== undefined);
}
