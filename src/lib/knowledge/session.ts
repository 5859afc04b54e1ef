/**
 * The knowledge check's workflow with its saved progress, apart from any view: what the check shows at start,
 * how a change is saved, and what happens when another tab saved or deleted meanwhile. The island keeps the
 * returned view in its state and only draws it.
 * - Every change is saved at once; a save lands only on the revision this tab last saw (storage.ts). If another
 *   tab saved meanwhile, its answers are shown and the change applied on top; if the data was deleted
 *   meanwhile, this tab starts over and writes nothing (a deletion is never undone by one more click).
 * - Stored data this version cannot read is kept untouched, and nothing is saved, until the visitor discards it.
 */
import { KNOWLEDGE_CHOICES, newSeed } from './model';
import {
  clearKnowledge,
  knowledgeKeyVersion,
  loadKnowledge,
  newerKnowledgeKeys,
  removeStaleKnowledge,
  revisionOf,
  saveKnowledge,
  type KnowledgeLoad,
  type KnowledgeProgress,
  type KnowledgeRevision,
  type StorageLike,
} from './storage';

/** What the visitor has answered and checked: the saved progress without its time stamp. */
export type KnowledgeAnswers = Omit<KnowledgeProgress, 'updatedAt'>;

/** Why the check shows something other than what this tab had (the `knowledge.storage.*` strings). */
export type KnowledgeNotice =
  'outdated' | 'newerKey' | 'unreadable' | 'newer' | 'changed' | 'deleted' | 'discarded';

export interface KnowledgeView {
  answers: KnowledgeAnswers;
  notice: KnowledgeNotice | null;
  /** Stored data this version cannot read: kept (and nothing saved) until the visitor discards it. */
  blocked: 'unreadable' | 'newer' | null;
  /** The browser refused the last save (storage disabled or full). */
  storageFailed: boolean;
}

export interface KnowledgeUpdate {
  view: KnowledgeView;
  /** The notice this step gave, for the live region; null when it gave none. */
  told: KnowledgeNotice | null;
  /** Stored answers replaced the visitor's under a click: the controls are redrawn and the notice says why. */
  conflict: boolean;
}

/** The two parts of the check: tasks to sort, then questions. */
export type KnowledgePart = 'sorting' | 'questions';

/**
 * Chooses a choice of a task or question (content index): a role (`KNOWLEDGE_CHOICES[option]`) for a task, an
 * option for a question. In a multiple-choice question `on` ticks or unticks it; otherwise it replaces the choice.
 */
export function choose(
  answers: KnowledgeAnswers,
  part: KnowledgePart,
  index: number,
  option: number,
  multiple: boolean,
  on: boolean,
): KnowledgeAnswers {
  if (part === 'sorting') {
    const role = KNOWLEDGE_CHOICES[option]!;
    return { ...answers, sorting: answers.sorting.map((a, i) => (i === index ? role : a)) };
  }
  const bit = 1 << option;
  const next = (before: number) => (multiple ? (on ? before | bit : before & ~bit) : bit);
  return { ...answers, questions: answers.questions.map((m, i) => (i === index ? next(m) : m)) };
}

export function markChecked(answers: KnowledgeAnswers, part: KnowledgePart): KnowledgeAnswers {
  return { ...answers, checked: { ...answers.checked, [part]: true } };
}

export class KnowledgeSession {
  private view: KnowledgeView;
  /** What this tab last read or wrote: null for nothing stored, else the stored revision. */
  private seen: KnowledgeRevision = null;

  constructor(
    private readonly storage: StorageLike | null,
    private readonly version: number,
    private readonly sortCount: number,
    private readonly optionCounts: readonly number[],
    private readonly random: () => number = Math.random,
  ) {
    this.view = { answers: this.fresh(), notice: null, blocked: null, storageFailed: false };
  }

  /** A new attempt: a new order, nothing answered or checked. */
  fresh(): KnowledgeAnswers {
    return {
      seed: newSeed(this.random),
      sorting: Array.from({ length: this.sortCount }, () => null),
      questions: this.optionCounts.map(() => 0),
      checked: { sorting: false, questions: false },
    };
  }

  /** Whether a `storage` event for this key concerns the check (its own key or another version's). */
  watches(key: string): boolean {
    return knowledgeKeyVersion(key) !== null;
  }

  /** The check on page load: removes older versions' progress, with a notice, and shows what is stored. */
  start(): KnowledgeUpdate {
    const stale = removeStaleKnowledge(this.storage, this.version);
    const current = this.load();
    if (current.status === 'outdated') clearKnowledge(this.storage, this.version);
    const newer = newerKnowledgeKeys(this.storage, this.version);
    const why =
      current.status === 'outdated' || (current.status === 'none' && stale.length > 0)
        ? 'outdated'
        : newer.length > 0
          ? 'newerKey'
          : null;
    return this.adopt(current, why, false);
  }

  /** Applies a change to the shown answers and saves it (see the module comment for what a conflict does). */
  change(apply: (answers: KnowledgeAnswers) => KnowledgeAnswers): KnowledgeUpdate {
    this.view = { ...this.view, answers: apply(this.view.answers) };
    if (this.view.blocked) return this.update(null, false);
    let result = this.save();
    const conflict = result.status === 'conflict';
    let told: KnowledgeNotice | null = null;
    if (result.status === 'conflict' && result.current.status === 'ok') {
      // Another tab saved meanwhile: show its answers and apply the change on top.
      told = this.adopt(result.current, 'changed', true).told;
      this.view = { ...this.view, answers: apply(this.view.answers) };
      result = this.save();
    }
    if (result.status === 'conflict') {
      return this.adopt(result.current, result.current.status === 'none' ? 'deleted' : 'changed', true);
    }
    this.view = { ...this.view, storageFailed: result.status === 'failed' };
    if (result.status === 'saved') this.seen = result.revision;
    return this.update(told, conflict);
  }

  /** Another tab saved or deleted: what is stored now, or null when it is what this tab already shows. */
  sync(): KnowledgeUpdate | null {
    const current = this.load();
    // Unreadable and newer data have no revision (undefined), which `seen` never is.
    const revision = revisionOf(current);
    if (revision === this.seen) return null;
    return this.adopt(current, revision === null ? 'deleted' : 'changed', false);
  }

  /** Removes the stored data this version cannot read, at the visitor's request, and starts afresh. */
  discard(): KnowledgeUpdate {
    clearKnowledge(this.storage, this.version);
    this.seen = null;
    this.view = { ...this.view, answers: this.fresh(), blocked: null, notice: 'discarded' };
    return this.update('discarded', false);
  }

  /** Tries again: a new order, nothing answered; the notice goes. */
  retry(): KnowledgeUpdate {
    this.view = { ...this.view, notice: null };
    return this.change(() => this.fresh());
  }

  private load(): KnowledgeLoad {
    return loadKnowledge(this.storage, this.version, this.sortCount, this.optionCounts);
  }

  private save() {
    const progress = { ...this.view.answers, updatedAt: Date.now() };
    return saveKnowledge(this.storage, this.version, progress, this.seen, this.sortCount, this.optionCounts);
  }

  /** Shows what storage holds now; `why` says why when it is not what this tab had. */
  private adopt(current: KnowledgeLoad, why: KnowledgeNotice | null, conflict: boolean): KnowledgeUpdate {
    let answers: KnowledgeAnswers;
    let blocked: KnowledgeView['blocked'] = null;
    if (current.status === 'ok') {
      const { seed, sorting, questions, checked } = current.progress;
      answers = { seed, sorting, questions, checked };
    } else {
      answers = this.fresh();
      if (current.status === 'newer' || current.status === 'unreadable') {
        blocked = current.status;
        why = current.status;
      }
    }
    this.seen = revisionOf(current) ?? null;
    this.view = { ...this.view, answers, blocked, notice: why ?? this.view.notice };
    return this.update(why, conflict);
  }

  private update(told: KnowledgeNotice | null, conflict: boolean): KnowledgeUpdate {
    return { view: this.view, told, conflict };
  }
}
