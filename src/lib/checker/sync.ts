/**
 * Keeps the checker's answers in the address and in storage while the visitor works, and decides what another
 * tab's change, back and forward, or a choice in a notice do to the page. The island (HiringChecker.svelte)
 * owns the state and renders; it hands this class a `SyncHost` to read the state and put one on the page.
 * Plain TypeScript, so the order of writes is unit-tested without a browser (with fake timers).
 */
import {
  AddressWriter,
  assumptionText,
  CheckerStore,
  shareUrlFor,
  type CheckerState,
  type StartPlan,
} from './session';
import type { CheckerDefinitions } from './definitions';
import { parseCheckerParams, toCheckerParams, type SavedCheckerState } from './values';

/** What the sync tells the visitor (the text is `checker.notice.<key>`). */
export type SyncNotice =
  'otherTab' | 'deletedElsewhere' | 'cannotSave' | 'discarded' | 'linkKept' | 'unreadableSaved';

export interface SyncHost {
  /** The state the page shows now. */
  current(): CheckerState;
  /** Puts a state on the page (another tab's answers, the saved ones, back and forward). */
  show(state: CheckerState): void;
  /** The share link for the state shown. */
  linked(url: string): void;
  notify(notice: SyncNotice): void;
  /** The answers in the address changed: time to announce the verdict once typing pauses. */
  written(): void;
}

/**
 * While typing, writes are spaced at least this far apart (browsers throttle, and Safari rejects, more than
 * about 100 history updates in 30 seconds); a completed change writes at once.
 */
export const URL_INTERVAL_MS = 250;

/** What the island calls when the visitor acts; see `createCheckerSync`. */
export type CheckerSync = ReturnType<typeof createCheckerSync>;

/** A closure rather than a class, so the minifier can shorten its private names (the island's bytes). */
export function createCheckerSync(
  host: SyncHost,
  store: CheckerStore,
  address: AddressWriter,
  location: Pick<Location, 'search' | 'href'>,
  definitions: CheckerDefinitions,
) {
  /** Saved answers kept aside while a link with other answers is shown. */
  let savedAside: CheckerState | null = null;
  /** Notices shown once per page view (a browser that refuses to save, a deletion elsewhere). */
  const shownOnce = new Set<SyncNotice>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = Number.NEGATIVE_INFINITY;

  const query = () => {
    const { values, assumptions } = host.current();
    return toCheckerParams(values, definitions, assumptions).toString();
  };
  const notifyOnce = (notice: SyncNotice) => {
    if (shownOnce.has(notice)) return;
    shownOnce.add(notice);
    host.notify(notice);
  };
  /** Shows the state in the address (and the share link); `replace` never adds a history entry. */
  const updateAddress = (replace: boolean) => host.linked(address.write(query(), replace));
  const showNewer = (state: CheckerState) => {
    host.show(state);
    updateAddress(true);
    host.notify('otherTab');
  };

  /** Saves through the revision-aware store and says what the visitor needs to know. */
  function save() {
    const outcome = store.save(host.current());
    if (outcome.kind === 'saved') savedAside = null;
    else if (outcome.kind === 'newer') showNewer(outcome.state);
    else if (outcome.kind === 'deleted') notifyOnce('deletedElsewhere');
    else if (outcome.kind === 'failed') notifyOnce('cannotSave');
  }

  function write() {
    lastWrite = performance.now();
    updateAddress(false);
    save();
    host.written();
  }

  return {
    /**
     * After the start plan is on the page: the address shows exactly the state in use (invalid parameters
     * dropped), ready to share. Nothing is saved here: a link or a mere visit must not write over what the
     * visitor saved; a change typed while the island started is the caller's first change.
     */
    start(plan: StartPlan, saved: SavedCheckerState) {
      if (plan.notices.some((n) => n.key === 'linkDiffers'))
        savedAside = { values: saved.values, assumptions: assumptionText(saved.assumptions) };
      if (plan.changedBeforeStart) host.linked(shareUrlFor(location.href, query()));
      else updateAddress(true);
    },

    /**
     * The visitor changed something: write it to the address and storage, a new history entry for a new
     * change and replaceState while typing. `complete`: the change is done (a field lost focus, a box was
     * ticked), so it is written at once and the next input starts a new entry.
     */
    changed(complete: boolean) {
      shownOnce.delete('deletedElsewhere');
      clearTimeout(timer);
      const wait = complete ? 0 : URL_INTERVAL_MS - (performance.now() - lastWrite);
      if (wait > 0) timer = setTimeout(write, wait);
      else write();
      if (complete) address.endChange();
    },

    /** Leaves the link's answers for the saved ones (a new history entry, so back returns to the link). */
    showSaved() {
      if (!savedAside) return;
      host.show(savedAside);
      savedAside = null;
      address.endChange();
      updateAddress(false);
      address.endChange();
      host.written();
    },

    /** Keeps the link's answers: they replace the saved ones. */
    keepLink() {
      savedAside = null;
      save();
      host.notify('linkKept');
    },

    /** Removes unreadable saved data at the visitor's request; `resave` saves the answers shown at once. */
    discard(resave: boolean) {
      if (!store.discard()) return;
      host.notify('discarded');
      if (resave) save();
    },

    /** Back or forward: the address holds the answers to show. */
    popState() {
      clearTimeout(timer);
      const parsed = parseCheckerParams(location.search, definitions);
      host.show({ values: parsed.values, assumptions: assumptionText(parsed.assumptions) });
      address.endChange();
      host.linked(shareUrlFor(location.href, query()));
      host.written();
    },

    /**
     * Another tab changed the saved answers. Returns true when their answers are now on the page (a link
     * that is being looked at stays on screen; the saved answers behind it are then the newer ones).
     */
    storageChanged(key: string | null, newValue: string | null): boolean {
      const change = store.onStorageEvent(key, newValue);
      if (change.kind === 'deleted') notifyOnce('deletedElsewhere');
      else if (change.kind === 'unreadable') host.notify('unreadableSaved');
      if (change.kind !== 'newer') return false;
      if (savedAside) {
        savedAside = change.state;
        return false;
      }
      showNewer(change.state);
      return true;
    },

    stop() {
      clearTimeout(timer);
    },
  };
}
