/**
 * The visitor's own quiz session in localStorage, across versions and tabs. Plain functions over a storage,
 * so the island stays thin and node tests can run every case:
 * - opening: this version's progress is read; progress of an earlier version is carried over item by item (by
 *   id) and the old key removed; progress of a newer version is left untouched (a rolled-back or cached page
 *   must not delete it, F-6); unreadable progress is removed with a notice;
 * - saving: a compare-and-set on the record's revision (src/lib/storage/revisioned.ts). A tab writes only over
 *   the revision it last read; when another tab has saved since, or deleted the progress, nothing is written
 *   and the caller gets the newer state (or the deletion) to show instead (F-2, F-4);
 * - watching: after another tab's `storage` event, `reconcileSession` says what changed (read afresh).
 */
import { carryOver } from './share';
import {
  clearProgress,
  otherVersionKeys,
  parseProgress,
  serializeProgress,
  storageKey,
  type QuizProgress,
  type StorageLike,
} from './storage';
import { readItem, removeItem, storageKeys } from '../storage/safe-storage';
import { revisionedRecord } from '../storage/revisioned';
import { isAnswer, type MaybeAnswer, type QuizShape } from './types';

export type SessionState = QuizProgress;

/**
 * What the intro tells the visitor about saved data:
 * - `discarded`: this version's progress was unreadable and has been removed;
 * - `migrated`: an earlier version's answers were carried over (`carried` of them fit today's items);
 * - `outdated`: an earlier version's progress was found but none of it fits today's items; it was removed;
 * - `newer`: progress of a newer version exists; this page cannot read it and leaves it untouched.
 */
export type SessionNotice =
  { kind: 'discarded' } | { kind: 'migrated'; carried: number } | { kind: 'outdated' } | { kind: 'newer' };

export interface OpenedSession {
  /** The saved state, or null when nothing usable is saved. */
  state: SessionState | null;
  notices: SessionNotice[];
}

/** The first unanswered item, or the end (the result) when all are answered. */
function firstOpen(answers: readonly MaybeAnswer[]): number {
  const open = answers.findIndex((a) => !isAnswer(a));
  return open === -1 ? answers.length : open;
}

/** This version's progress as a revisioned record; unreadable progress counts as nothing saved. */
function progressRecord(quiz: QuizShape) {
  return revisionedRecord({
    key: storageKey(quiz.version),
    parse: (raw) => parseProgress(raw, quiz.version, quiz.ids.length),
    revisionOf: (parsed) => (parsed.status === 'ok' ? parsed.progress.revision : 0),
    serialize: (progress: Omit<QuizProgress, 'revision'>, revision: number) =>
      serializeProgress({ ...progress, revision }, quiz.version),
  });
}

/** The current saved state, or null when nothing usable is saved. Never writes. */
export function readSession(storage: StorageLike | null, quiz: QuizShape): SessionState | null {
  const parsed = progressRecord(quiz).load(storage);
  return parsed.status === 'ok' ? parsed.progress : null;
}

/**
 * Reads the visitor's progress when the page opens, carrying over an earlier version's answers. `now` is the
 * time to stamp on carried-over progress.
 */
export function openSession(storage: StorageLike | null, quiz: QuizShape, now: number): OpenedSession {
  const notices: SessionNotice[] = [];
  const record = progressRecord(quiz);
  const parsed = record.load(storage);
  let state = parsed.status === 'ok' ? parsed.progress : null;
  if (parsed.status === 'discarded') {
    clearProgress(storage, quiz.version);
    notices.push({ kind: 'discarded' });
  }

  const { older, newer } = otherVersionKeys(storageKeys(storage), quiz.version);
  if (newer.length > 0) notices.push({ kind: 'newer' });
  // The newest earlier version that carries anything over wins; every earlier key is removed after reading.
  older.sort((a, b) => b.version - a.version);
  let carriedFromOlder = false;
  for (const old of older) {
    const shape = quiz.previous.find((p) => p.version === old.version);
    if (!state && shape) {
      const oldProgress = parseProgress(readItem(storage, old.key), old.version, shape.ids.length);
      if (oldProgress.status === 'ok') {
        const answers = carryOver(shape.ids, oldProgress.progress.answers, quiz.ids);
        const carried = answers.filter(isAnswer).length;
        if (carried > 0) {
          const next = { answers, position: firstOpen(answers), updatedAt: now };
          const written = record.save(storage, 0, next).status === 'saved';
          state = { ...next, revision: 1 };
          notices.push({ kind: 'migrated', carried });
          carriedFromOlder = true;
          // Only when the new record is safely stored may the old one go.
          if (!written) continue;
        }
      }
    }
    removeItem(storage, old.key);
  }
  if (older.length > 0 && !carriedFromOlder) notices.push({ kind: 'outdated' });
  return { state, notices };
}

export type SaveOutcome =
  /** Written; `state` is what is stored now. */
  | { status: 'saved'; state: SessionState }
  /** Another tab saved since `basedOn`: nothing written; `state` is the newer saved state. */
  | { status: 'conflict'; state: SessionState }
  /** The progress was deleted elsewhere (another tab, the privacy page) after this tab saved it: nothing written. */
  | { status: 'deleted' }
  /** The browser refused to store (blocked or full). */
  | { status: 'failed' };

/**
 * Saves answers and position, but only over the revision this tab last read or wrote (`basedOn`; 0 when it
 * has nothing saved). Unreadable stored data counts as nothing saved.
 */
export function saveSession(
  storage: StorageLike | null,
  quiz: QuizShape,
  basedOn: number,
  change: { answers: readonly MaybeAnswer[]; position: number },
  now: number,
): SaveOutcome {
  const progress = { answers: [...change.answers], position: change.position, updatedAt: now };
  const outcome = progressRecord(quiz).save(storage, basedOn, progress);
  if (outcome.status === 'saved')
    return { status: 'saved', state: { ...progress, revision: outcome.revision } };
  if (outcome.status === 'failed') return outcome;
  return outcome.current.status === 'ok'
    ? { status: 'conflict', state: outcome.current.progress }
    : { status: 'deleted' };
}

/** Deletes this version's progress ("start over"). */
export function clearSession(storage: StorageLike | null, quiz: QuizShape): boolean {
  return clearProgress(storage, quiz.version);
}

/**
 * After a `storage` event: has another tab changed (`updated`, with the newer state) or deleted (`deleted`) the
 * progress this tab last read or wrote at revision `known`? `none` when this tab is up to date.
 */
export function reconcileSession(
  storage: StorageLike | null,
  quiz: QuizShape,
  known: number,
): { change: 'none' } | { change: 'updated'; state: SessionState } | { change: 'deleted' } {
  const latest = readSession(storage, quiz);
  if (latest === null) return known > 0 ? { change: 'deleted' } : { change: 'none' };
  return latest.revision !== known ? { change: 'updated', state: latest } : { change: 'none' };
}
