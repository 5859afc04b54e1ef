/**
 * Knowledge-check progress in localStorage, with the same care as the quiz (src/lib/quiz/storage.ts): the key
 * and the value carry the content version (`rollenklar.knowledge.v1`); anything unreadable, of another version
 * or of the wrong shape is discarded with a reason for the notice. Nothing here throws.
 */
import type { KnowledgeAnswer } from '../content/schemas';
import { readItem, removeItem, removeKeys, writeItem, type StorageLike } from '../storage/safe-storage';

export type { StorageLike };
export const KNOWLEDGE_PREFIX = 'rollenklar.knowledge.v';

export function knowledgeKey(version: number): string {
  return `${KNOWLEDGE_PREFIX}${version}`;
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

export type KnowledgeLoad =
  | { status: 'none' }
  | { status: 'ok'; progress: KnowledgeProgress }
  | { status: 'discarded'; reason: 'corrupt' | 'version' | 'shape' };

const CODES: Record<string, KnowledgeAnswer | null> = { s: 'smm', c: 'cm', b: 'both', '-': null };
const LETTER: Record<KnowledgeAnswer, string> = { smm: 's', cm: 'c', both: 'b' };

/** `{"v":1,"s":123,"a":"sc-b…","q":[1,6,0],"k":1,"t":1767225600000}` */
export function serializeKnowledge(progress: Readonly<KnowledgeProgress>, version: number): string {
  return JSON.stringify({
    v: version,
    s: progress.seed,
    a: progress.sorting.map((a) => (a ? LETTER[a] : '-')).join(''),
    q: progress.questions,
    k: (progress.checked.sorting ? 1 : 0) | (progress.checked.questions ? 2 : 0),
    t: progress.updatedAt,
  });
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Reads what `serializeKnowledge` wrote, for a check with these sizes. Never throws. */
export function parseKnowledge(
  raw: string | null,
  version: number,
  sortCount: number,
  optionCounts: readonly number[],
): KnowledgeLoad {
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  const shape = { status: 'discarded', reason: 'shape' } as const;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return shape;
  const { v, s, a, q, k, t } = data as Record<string, unknown>;
  if (!isInt(v)) return shape;
  if (v !== version) return { status: 'discarded', reason: 'version' };
  if (!isInt(s) || s < 0 || s > 0xffffffff) return shape;
  if (typeof a !== 'string' || a.length !== sortCount || ![...a].every((c) => c in CODES)) return shape;
  if (!Array.isArray(q) || q.length !== optionCounts.length) return shape;
  if (!q.every((m, i) => isInt(m) && m >= 0 && m < 2 ** optionCounts[i]!)) return shape;
  if (!isInt(k) || k < 0 || k > 3) return shape;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return shape;
  return {
    status: 'ok',
    progress: {
      seed: s,
      sorting: [...a].map((c) => CODES[c]!),
      questions: q as number[],
      checked: { sorting: (k & 1) === 1, questions: (k & 2) === 2 },
      updatedAt: t,
    },
  };
}

export function loadKnowledge(
  storage: StorageLike | null,
  version: number,
  sortCount: number,
  optionCounts: readonly number[],
): KnowledgeLoad {
  return parseKnowledge(readItem(storage, knowledgeKey(version)), version, sortCount, optionCounts);
}

/** False when the browser refused (storage disabled or full). */
export function saveKnowledge(
  storage: StorageLike | null,
  version: number,
  progress: Readonly<KnowledgeProgress>,
): boolean {
  return writeItem(storage, knowledgeKey(version), serializeKnowledge(progress, version));
}

/** Removes the saved progress of this version (after a discard). */
export function clearKnowledge(storage: StorageLike | null, version: number): boolean {
  return removeItem(storage, knowledgeKey(version));
}

/** Removes saved progress of other versions only; a non-empty result means "the check has changed". */
export function removeStaleKnowledge(storage: StorageLike | null, version: number): string[] {
  return removeKeys(
    storage,
    (key) => key !== knowledgeKey(version) && /^rollenklar\.knowledge\.v\d+$/.test(key),
  );
}
