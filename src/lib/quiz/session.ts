/**
 * The visitor's own quiz session in localStorage, across versions and tabs. Plain functions over a storage,
 * so the island stays thin and node tests can run every case:
 * - opening: this version's progress is read; progress of an earlier version is carried over item by item (by
 *   id) and the old key removed; progress of a newer version is left untouched (a rolled-back or cached page
 *   must not delete it, F-6); unreadable progress is removed with a notice;
 * - saving: a compare-and-set on the record's revision. A tab writes only over the revision it last read;
 *   when another tab has saved since, or deleted the progress, nothing is written and the caller gets the
 *   newer state (or the deletion) to show instead (F-2, F-4);
 * - watching: `readSession` gives the current state for a `storage` event from another tab.
 */
import { carryOver } from './share';
import {
  clearProgress,
  otherVersionKeys,
  parseProgress,
  serializeProgress,
  storageKey,
  storageKeys,
  type QuizProgress,
  type StorageLike,
} from './storage';
import { readItem, removeItem, writeItem } from '../storage/safe-storage';
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

/** The current saved state, or null when nothing usable is saved. Never writes. */
export function readSession(storage: StorageLike | null, quiz: QuizShape): SessionState | null {
  const parsed = parseProgress(readItem(storage, storageKey(quiz.version)), quiz.version, quiz.ids.length);
  return parsed.status === 'ok' ? parsed.progress : null;
}

/**
 * Reads the visitor's progress when the page opens, carrying over an earlier version's answers. `now` is the
 * time to stamp on carried-over progress.
 */
export function openSession(storage: StorageLike | null, quiz: QuizShape, now: number): OpenedSession {
  const notices: SessionNotice[] = [];
  const key = storageKey(quiz.version);
  const parsed = parseProgress(readItem(storage, key), quiz.version, quiz.ids.length);
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
          const next: SessionState = { answers, position: firstOpen(answers), updatedAt: now, revision: 1 };
          const written = writeItem(storage, key, serializeProgress(next, quiz.version));
          state = next;
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
  if (!storage) return { status: 'failed' };
  const key = storageKey(quiz.version);
  const raw = readItem(storage, key);
  const stored = parseProgress(raw, quiz.version, quiz.ids.length);
  const storedRevision = stored.status === 'ok' ? stored.progress.revision : 0;
  if (stored.status !== 'ok' && basedOn > 0) return { status: 'deleted' };
  if (stored.status === 'ok' && storedRevision !== basedOn)
    return { status: 'conflict', state: stored.progress };
  const state: SessionState = {
    answers: [...change.answers],
    position: change.position,
    updatedAt: now,
    revision: storedRevision + 1,
  };
  return writeItem(storage, key, serializeProgress(state, quiz.version))
    ? { status: 'saved', state }
    : { status: 'failed' };
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

/** Does a `storage` event concern this quiz's progress? (`key` null: the whole storage was cleared.) */
export function concernsSession(eventKey: string | null, quiz: QuizShape): boolean {
  return eventKey === null || eventKey === storageKey(quiz.version);
}
