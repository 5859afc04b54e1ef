/**
 * Knowledge-check progress in localStorage. The key and the value carry the content version
 * (`rollenklar.knowledge.v1`), the value also a revision that grows with every save. Rules:
 * - What this version cannot read (corrupt, misshapen, written by a newer version) is never deleted
 *   silently: the visitor is told and may discard it; until then this page does not write over it.
 * - Progress of an older version (a lower key) is useless here and removed; a newer version's key is
 *   left alone (a rollback or an old cached page must not destroy it).
 * - A save is a compare-and-set on the revision (src/lib/storage/revisioned.ts): a tab whose view is older than
 *   what is stored (another tab saved, or the data was deleted on the privacy page) does not write; it reloads
 *   instead.
 * Nothing here throws.
 */
import type { KnowledgeAnswer } from '../../build/content/schemas';
import { removeItem, removeKeys, storageKeys, type StorageLike } from '../storage/safe-storage';
import { MAX_REVISION, revisionedRecord, type SaveResult } from '../storage/revisioned';

export type { StorageLike };
export const KNOWLEDGE_PREFIX = 'rollenklar.knowledge.v';

export function knowledgeKey(version: number): string {
  return `${KNOWLEDGE_PREFIX}${version}`;
}

/** The version a key belongs to, or null for keys that are not knowledge-check progress. */
export function knowledgeKeyVersion(key: string | null): number | null {
  const match = key === null ? null : /^rollenklar\.knowledge\.v(\d{1,9})$/.exec(key);
  return match ? Number(match[1]) : null;
}

export interface KnowledgeProgress {
  /** The seed of the shuffled order, so a reload shows the same order. */
  seed: number;
  /** Per sorting item (content order): the chosen role, or null. */
  sorting: (KnowledgeAnswer | null)[];
  /** Per question (content order): the chosen options as a bit mask, 0 for none. */
  questions: number[];
  /** Which parts have been checked. */
  checked: { sorting: boolean; questions: boolean };
  updatedAt: number;
}

/** What a tab last saw in storage: null for nothing stored, else the revision it read or wrote. */
export type KnowledgeRevision = number | null;

export type KnowledgeLoad =
  | { status: 'none' }
  | { status: 'ok'; progress: KnowledgeProgress; revision: number }
  /** Written by an older version into this key: of no use here, safe to replace. */
  | { status: 'outdated' }
  /** Written by a newer version: left untouched. */
  | { status: 'newer' }
  | { status: 'unreadable'; reason: 'corrupt' | 'shape' };

/** Bounds on what a stored value may hold; beyond them it is treated as unreadable. */
export const KNOWLEDGE_LIMITS = {
  /** Far above any real record (a few hundred characters); keeps parsing cheap on hostile input. */
  maxLength: 10_000,
  maxSeed: 0xffffffff,
  /** The largest time `Date` can represent; beyond it date formatting throws. */
  maxTime: 8.64e15,
  maxRevision: MAX_REVISION,
} as const;

const CODES: Record<string, KnowledgeAnswer | null> = { s: 'smm', c: 'cm', b: 'both', '-': null };
const LETTER: Record<KnowledgeAnswer, string> = { smm: 's', cm: 'c', both: 'b' };

/** `{"v":1,"r":4,"s":123,"a":"sc-b…","q":[1,6,0],"k":1,"t":1767225600000}` */
export function serializeKnowledge(
  progress: Readonly<KnowledgeProgress>,
  version: number,
  revision = 1,
): string {
  return JSON.stringify({
    v: version,
    r: revision,
    s: progress.seed,
    a: progress.sorting.map((a) => (a ? LETTER[a] : '-')).join(''),
    q: progress.questions,
    k: (progress.checked.sorting ? 1 : 0) | (progress.checked.questions ? 2 : 0),
    t: progress.updatedAt,
  });
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);
const inRange = (x: unknown, min: number, max: number): x is number => isInt(x) && x >= min && x <= max;

/** Reads what `serializeKnowledge` wrote, for a check with these sizes. Never throws. */
export function parseKnowledge(
  raw: string | null,
  version: number,
  sortCount: number,
  optionCounts: readonly number[],
): KnowledgeLoad {
  if (raw === null) return { status: 'none' };
  const corrupt = { status: 'unreadable', reason: 'corrupt' } as const;
  if (raw.length > KNOWLEDGE_LIMITS.maxLength) return corrupt;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return corrupt;
  }
  const shape = { status: 'unreadable', reason: 'shape' } as const;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return shape;
  const { v, r, s, a, q, k, t } = data as Record<string, unknown>;
  if (!inRange(v, 0, 1e9)) return shape;
  if (v > version) return { status: 'newer' };
  if (v < version) return { status: 'outdated' };
  // Records written before revisions existed count as revision 0.
  const revision = r === undefined ? 0 : r;
  if (!inRange(revision, 0, KNOWLEDGE_LIMITS.maxRevision)) return shape;
  if (!inRange(s, 0, KNOWLEDGE_LIMITS.maxSeed)) return shape;
  if (typeof a !== 'string' || a.length !== sortCount || ![...a].every((c) => Object.hasOwn(CODES, c)))
    return shape;
  if (!Array.isArray(q) || q.length !== optionCounts.length) return shape;
  if (!q.every((m, i) => inRange(m, 0, 2 ** optionCounts[i]! - 1))) return shape;
  if (!inRange(k, 0, 3)) return shape;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > KNOWLEDGE_LIMITS.maxTime) return shape;
  return {
    status: 'ok',
    revision,
    progress: {
      seed: s,
      sorting: [...a].map((c) => CODES[c]!),
      questions: [...(q as number[])],
      checked: { sorting: (k & 1) === 1, questions: (k & 2) === 2 },
      updatedAt: t,
    },
  };
}

/** This version's progress as a revisioned record: what it cannot read, or a newer version wrote, is locked. */
function progressRecord(version: number, sortCount: number, optionCounts: readonly number[]) {
  return revisionedRecord({
    key: knowledgeKey(version),
    parse: (raw) => parseKnowledge(raw, version, sortCount, optionCounts),
    revisionOf: (load) => {
      const revision = revisionOf(load);
      return revision === undefined ? 'locked' : (revision ?? 0);
    },
    serialize: (progress: Readonly<KnowledgeProgress>, revision: number) =>
      serializeKnowledge(progress, version, revision),
  });
}

export function loadKnowledge(
  storage: StorageLike | null,
  version: number,
  sortCount: number,
  optionCounts: readonly number[],
): KnowledgeLoad {
  return progressRecord(version, sortCount, optionCounts).load(storage);
}

/** What became of a save: saved (with the new revision), failed, or a conflict with what is stored now. */
export type KnowledgeSave = SaveResult<KnowledgeLoad>;

/** The revision a load stands for, as `KnowledgeRevision`; undefined for data this version cannot use. */
export function revisionOf(load: KnowledgeLoad): KnowledgeRevision | undefined {
  if (load.status === 'none' || load.status === 'outdated') return null;
  if (load.status === 'ok') return load.revision;
  return undefined;
}

/**
 * Saves only if storage still holds what this tab last saw (`seen`): nothing (null), outdated data, or the
 * revision it read or wrote. So a stale tab cannot write its older state over a newer one, and a deletion
 * elsewhere is not undone by one more click here. (A record from before revisions counts as nothing seen.)
 */
export function saveKnowledge(
  storage: StorageLike | null,
  version: number,
  progress: Readonly<KnowledgeProgress>,
  seen: KnowledgeRevision,
  sortCount: number,
  optionCounts: readonly number[],
): KnowledgeSave {
  return progressRecord(version, sortCount, optionCounts).save(storage, seen ?? 0, progress);
}

/** Removes the saved progress of this version (the visitor chose to discard what could not be read). */
export function clearKnowledge(storage: StorageLike | null, version: number): boolean {
  return removeItem(storage, knowledgeKey(version));
}

/** Removes saved progress of older versions only; a non-empty result means "the check has changed". */
export function removeStaleKnowledge(storage: StorageLike | null, version: number): string[] {
  return removeKeys(storage, (key) => {
    const v = knowledgeKeyVersion(key);
    return v !== null && v < version;
  });
}

/** Keys of progress saved by newer versions of the check, which this page leaves alone. */
export function newerKnowledgeKeys(storage: StorageLike | null, version: number): string[] {
  return storageKeys(storage).filter((key) => (knowledgeKeyVersion(key) ?? 0) > version);
}
