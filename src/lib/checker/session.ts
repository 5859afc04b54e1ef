/**
 * The checker's memory: what the page shows at start (a link, the saved answers, what the visitor typed
 * while the island was loading, or the example company), and saving that never loses anything.
 *
 * - A link never silently replaces saved answers: it is shown, and the visitor decides (`planStart`).
 * - Nothing is written until the visitor changes something.
 * - Saved records carry a revision. A tab writes only on top of the revision it last saw, so a stale tab
 *   cannot overwrite what another tab saved, nor re-create answers deleted elsewhere (`CheckerStore`, over
 *   src/lib/storage/revisioned.ts).
 * - Stored data this version cannot read is left untouched until the visitor discards it.
 *
 * Plain TypeScript over the never-throwing storage helper; the island only renders and wires events.
 */
import { removeItem, type StorageLike } from '../storage/safe-storage';
import { revisionedRecord, type RevisionedRecord } from '../storage/revisioned';
import type { CheckerDefinitions } from './definitions';
import { canonicalNumber } from './numbers';
import {
  CHECKER_STORAGE_KEY,
  defaultValues,
  normalizeValues,
  parseCheckerParams,
  parseSavedCheckerState,
  serializeCheckerState,
  type CheckerValue,
  type SavedCheckerState,
} from './values';

/** What the page computes with: the answers and the visitor's changed assumptions. */
export interface CheckerState {
  values: Record<string, CheckerValue>;
  /** Assumption overrides as canonical numbers (`'1.5'`) or as typed when unreadable. */
  assumptions: Record<string, string>;
}

export type StartNotice =
  | { key: 'invalidParams'; fields: string[] }
  | { key: 'invalidAssumptions'; fields: string[] }
  | { key: 'invalidSaved'; fields: string[] }
  | { key: 'restored' }
  | { key: 'linkDiffers' }
  | { key: 'unreadableSaved' };

export interface StartPlan {
  state: CheckerState;
  /** Where the shown answers come from. */
  source: 'example' | 'link' | 'saved';
  /** Show the result at once (the visitor's own answers or a link), rather than wait for a first change. */
  showResult: boolean;
  /** The visitor changed fields before the island started: save at once, as if it had always run. */
  changedBeforeStart: boolean;
  notices: StartNotice[];
}

export interface StartInput {
  /** `location.search`. */
  search: string;
  /** What storage read (`parseSavedCheckerState`). */
  saved: SavedCheckerState;
  /** The form and the assumptions table as the visitor left them before the island started. */
  typed: CheckerState;
  definitions: CheckerDefinitions;
}

const sameValue = (a: CheckerValue | undefined, b: CheckerValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Assumption overrides as the page keeps them: canonical text. */
export function assumptionText(overrides: Readonly<Record<string, number>>): Record<string, string> {
  return Object.fromEntries(Object.entries(overrides).map(([id, n]) => [id, canonicalNumber(n)]));
}

/** Whether two states mean the same answers (defaults filled in, numbers compared as numbers). */
export function sameState(a: CheckerState, b: CheckerState, definitions: CheckerDefinitions): boolean {
  const va = normalizeValues(a.values, definitions);
  const vb = normalizeValues(b.values, definitions);
  if (!definitions.inputs.every((def) => sameValue(va[def.id], vb[def.id]))) return false;
  return definitions.assumptions.every((def) => {
    const x = Number(a.assumptions[def.id] ?? def.value);
    const y = Number(b.assumptions[def.id] ?? def.value);
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  });
}

/**
 * The fields the visitor changed before the island started, laid over `base`. The page was rendered with the
 * defaults, so every field that differs from its default was typed by the visitor.
 */
function overlayTyped(
  base: CheckerState,
  typed: CheckerState,
  definitions: CheckerDefinitions,
): { state: CheckerState; changed: boolean } {
  const defaults = defaultValues(definitions);
  const values = { ...base.values };
  const assumptions = { ...base.assumptions };
  let changed = false;
  for (const def of definitions.inputs) {
    const v = typed.values[def.id];
    if (v === undefined || sameValue(v, defaults[def.id])) continue;
    values[def.id] = v;
    changed = true;
  }
  for (const [id, text] of Object.entries(typed.assumptions)) {
    assumptions[id] = text;
    changed = true;
  }
  return { state: { values, assumptions }, changed };
}

/**
 * Decides what the page shows at start. Order: a link with at least one valid answer, else the saved
 * answers, else the example company; then whatever the visitor typed before the island started, on top.
 * Nothing here writes: the caller saves only when `changedBeforeStart` or after the visitor's next change.
 */
export function planStart({ search, saved, typed, definitions }: StartInput): StartPlan {
  const notices: StartNotice[] = [];
  const link = parseCheckerParams(search, definitions);
  if (link.invalid.length) notices.push({ key: 'invalidParams', fields: link.invalid });
  if (link.invalidAssumptions.length)
    notices.push({ key: 'invalidAssumptions', fields: link.invalidAssumptions });
  if (saved.status === 'unreadable') notices.push({ key: 'unreadableSaved' });
  const savedState: CheckerState | null =
    saved.status === 'ok' ? { values: saved.values, assumptions: assumptionText(saved.assumptions) } : null;
  const linkHasAnswers = link.provided.length + Object.keys(link.assumptions).length > 0;

  let base: CheckerState;
  let source: StartPlan['source'];
  if (linkHasAnswers) {
    base = { values: link.values, assumptions: assumptionText(link.assumptions) };
    source = 'link';
    if (savedState && !sameState(base, savedState, definitions)) notices.push({ key: 'linkDiffers' });
  } else if (savedState) {
    base = savedState;
    source = 'saved';
    if (saved.invalid.length + saved.invalidAssumptions.length)
      notices.push({ key: 'invalidSaved', fields: [...saved.invalid, ...saved.invalidAssumptions] });
  } else {
    base = { values: defaultValues(definitions), assumptions: {} };
    source = 'example';
  }
  const { state, changed } = overlayTyped(base, typed, definitions);
  if (source === 'saved' && !changed) notices.push({ key: 'restored' });
  return { state, source, showResult: source !== 'example' || changed, changedBeforeStart: changed, notices };
}

export type SaveOutcome =
  /** Written. */
  | { kind: 'saved' }
  /** Not written: unreadable data is stored, which only the visitor may discard. */
  | { kind: 'paused' }
  /** Not written: another tab saved a newer revision; show it instead. */
  | { kind: 'newer'; state: CheckerState }
  /** Not written: the saved answers were deleted elsewhere; the next change saves again. */
  | { kind: 'deleted' }
  /** The browser refused (storage full or switched off). */
  | { kind: 'failed' };

export type StorageChange =
  { kind: 'none' } | { kind: 'newer'; state: CheckerState } | { kind: 'deleted' } | { kind: 'unreadable' };

/**
 * Saving with revisions. `knownRev` is the revision this tab last read or wrote; a write goes on top of it
 * only if storage still holds that revision.
 */
export class CheckerStore {
  knownRev = 0;
  /** Unreadable data is stored: nothing is written until the visitor discards it. */
  paused = false;
  private readonly record: RevisionedRecord<SavedCheckerState, CheckerState>;

  constructor(
    private readonly storage: StorageLike | null,
    private readonly definitions: CheckerDefinitions,
  ) {
    this.record = revisionedRecord({
      key: CHECKER_STORAGE_KEY,
      parse: (raw) => parseSavedCheckerState(raw, definitions),
      revisionOf: (saved) => (saved.status === 'unreadable' ? 'locked' : saved.rev),
      serialize: (state, rev) => serializeCheckerState(state.values, state.assumptions, definitions, rev),
    });
  }

  /** Reads the stored answers and remembers their revision. */
  load(): SavedCheckerState {
    const saved = this.record.load(this.storage);
    this.knownRev = saved.rev;
    this.paused = saved.status === 'unreadable';
    return saved;
  }

  private stateOf(saved: SavedCheckerState): CheckerState {
    return { values: saved.values, assumptions: assumptionText(saved.assumptions) };
  }

  save(state: CheckerState): SaveOutcome {
    if (this.paused) return { kind: 'paused' };
    const outcome = this.record.save(this.storage, this.knownRev, state);
    if (outcome.status === 'saved') this.knownRev = outcome.revision;
    if (outcome.status !== 'conflict') return { kind: outcome.status };
    const { current } = outcome;
    if (current.status === 'unreadable') {
      this.paused = true;
      return { kind: 'paused' };
    }
    // Deleted elsewhere since this tab last saved: do not bring the answers back behind the visitor's back.
    this.knownRev = current.rev;
    return current.status === 'none' ? { kind: 'deleted' } : { kind: 'newer', state: this.stateOf(current) };
  }

  /** Removes unreadable stored data at the visitor's request; saving resumes. */
  discard(): boolean {
    const removed = removeItem(this.storage, CHECKER_STORAGE_KEY);
    if (removed) {
      this.paused = false;
      this.knownRev = 0;
    }
    return removed;
  }

  /**
   * Reads a `storage` event (`key` null means the whole storage was cleared). Another tab's newer revision
   * is returned for showing; a deletion is reported, and the next save starts afresh.
   */
  onStorageEvent(key: string | null, newValue: string | null): StorageChange {
    if (key !== null && key !== CHECKER_STORAGE_KEY) return { kind: 'none' };
    if (newValue === null) {
      if (this.knownRev === 0 && !this.paused) return { kind: 'none' };
      this.knownRev = 0;
      this.paused = false;
      return { kind: 'deleted' };
    }
    const saved = parseSavedCheckerState(newValue, this.definitions);
    if (saved.status !== 'ok') {
      this.paused = true;
      return { kind: 'unreadable' };
    }
    if (saved.rev <= this.knownRev) return { kind: 'none' };
    this.knownRev = saved.rev;
    return { kind: 'newer', state: this.stateOf(saved) };
  }
}

/**
 * The address for a new query, relative to the page (`./?channels=3`, `./index.html?channels=3`). Relative
 * so that it stays on the page's own origin and path whatever the host does with the path: `//bedarfscheck/`
 * as an absolute path would name another host.
 */
export function relativeUrl(pathname: string, query: string, hash = ''): string {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return `./${last}${query ? `?${query}` : ''}${hash}`;
}

/** The share link for a query, resolved against the page's address (the same page, the new answers). */
export function shareUrlFor(href: string, query: string): string {
  try {
    const url = new URL(href);
    return new URL(relativeUrl(url.pathname, query, url.hash), url).href;
  } catch {
    return href;
  }
}

/** The part of `history` the address writer uses; `window.history` fits, tests pass a fake. */
export interface HistoryLike {
  readonly state: unknown;
  pushState(data: unknown, unused: string, url?: string): void;
  replaceState(data: unknown, unused: string, url?: string): void;
}

/**
 * Keeps the page's address in step with the answers: one new history entry per change (so back and forward
 * step through answers), replaced while the change goes on, always as a relative URL (F-8).
 */
export class AddressWriter {
  private editing = false;

  constructor(
    private readonly history: HistoryLike,
    private readonly location: Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>,
  ) {}

  /** The change is complete (a field lost focus, a box was ticked): the next write starts a new entry. */
  endChange(): void {
    this.editing = false;
  }

  /**
   * Shows `query` in the address; `replace` never adds an entry (start, another tab's answers). Returns the
   * share link for `query`, current even where the browser refuses the update.
   */
  write(query: string, replace: boolean): string {
    try {
      if ((query ? `?${query}` : '') !== this.location.search) {
        const url = relativeUrl(this.location.pathname, query, this.location.hash);
        if (replace || this.editing) this.history.replaceState(this.history.state, '', url);
        else {
          this.history.pushState(null, '', url);
          this.editing = true;
        }
      }
    } catch {
      // A browser that refuses the update keeps the previous address; the share link is still current.
    }
    return shareUrlFor(this.location.href, query);
  }
}

/**
 * Whether two readings of the page hold the same entries, numbers and their text alike (`3000` and `'3000'`).
 * Stricter than `sameState`: an entry typed differently is a change to show, even when it means the same.
 */
export function sameEntries(a: CheckerState, b: CheckerState): boolean {
  const text = (state: CheckerState) =>
    JSON.stringify(state, (_key, v: unknown) => (typeof v === 'number' ? String(v) : v));
  return text(a) === text(b);
}
