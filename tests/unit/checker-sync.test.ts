// How the checker keeps its answers in the address and in storage while the visitor works
// (src/lib/checker/sync.ts): one history entry per change, spaced writes while typing, another tab's answers,
// back and forward, and the choices a notice offers. The island's side is a fake host that records calls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import {
  AddressWriter,
  CHECKER_STORAGE_KEY,
  CheckerStore,
  URL_INTERVAL_MS,
  createCheckerSync,
  defaultValues,
  planStart,
  sameEntries,
  serializeCheckerState,
  type CheckerState,
  type CheckerValue,
  type SyncNotice,
} from '../../src/lib/checker';
import { memoryStorage } from './memory-storage';

const { checker } = loadContentData('content');
const state = (values: Record<string, unknown> = {}): CheckerState =>
  ({ values: { ...defaultValues(checker), ...values }, assumptions: {} }) as CheckerState;
const savedText = (values: Record<string, unknown>, rev = 1) =>
  serializeCheckerState({ ...defaultValues(checker), ...values }, {}, checker, rev);

/** A page at /bedarfscheck/ with a fake history, storage and island. */
function setup(search = '', stored: Record<string, string> = {}) {
  const loc = {
    pathname: '/bedarfscheck/',
    search,
    hash: '',
    href: `https://rollenklar.de/bedarfscheck/${search}`,
  };
  const history: string[] = [];
  const move = (kind: string) => (_: unknown, __: string, url?: string) => {
    const next = new URL(url!, loc.href);
    Object.assign(loc, { search: next.search, href: next.href });
    history.push(`${kind} ${next.search}`);
  };
  const storage = memoryStorage(stored);
  const store = new CheckerStore(storage, checker);
  const saved = store.load();
  const plan = planStart({ search, saved, typed: state(), definitions: checker });
  let current = plan.state;
  const shown: CheckerState[] = [];
  const notices: SyncNotice[] = [];
  let links: string[] = [];
  let written = 0;
  const sync = createCheckerSync(
    {
      current: () => current,
      show: (next) => {
        current = next;
        shown.push(next);
      },
      linked: (url) => links.push(url),
      notify: (notice) => notices.push(notice),
      written: () => written++,
    },
    store,
    new AddressWriter({ state: null, pushState: move('push'), replaceState: move('replace') }, loc),
    loc,
    checker,
  );
  sync.start(plan, saved);
  links = [];
  return {
    sync,
    plan,
    storage,
    history,
    shown,
    notices,
    links: () => links,
    written: () => written,
    /** The visitor's edit: the island has put it into its state before it tells the sync. */
    edit(values: Record<string, CheckerValue>, complete: boolean) {
      current = { ...current, values: { ...current.values, ...values } };
      sync.changed(complete);
    },
    /** The browser's back button: the address changes, then `popstate` fires. */
    back(search: string) {
      Object.assign(loc, { search, href: `https://rollenklar.de/bedarfscheck/${search}` });
    },
    savedChannels: () => JSON.parse(storage.map.get(CHECKER_STORAGE_KEY) ?? 'null')?.inputs?.channels,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('checker sync', () => {
  it('writes nothing at start; a completed change is one new history entry, saved and announced', () => {
    const page = setup();
    expect(page.history).toEqual([]);
    expect(page.storage.map.size).toBe(0);
    page.edit({ channels: 3 }, true);
    page.edit({ channels: 4 }, true);
    expect(page.history).toEqual(['push ?channels=3', 'push ?channels=4']);
    expect(page.savedChannels()).toBe(4);
    expect(page.written()).toBe(2);
    expect(page.links().at(-1)).toBe('https://rollenklar.de/bedarfscheck/?channels=4');
  });

  it(`spaces writes at least ${URL_INTERVAL_MS} ms apart while typing, replacing the entry, and ends on the last value`, () => {
    const page = setup();
    page.edit({ channels: 1 }, false);
    page.edit({ channels: 12 }, false);
    page.edit({ channels: 24 }, false);
    expect(page.history).toEqual(['push ?channels=1']);
    vi.advanceTimersByTime(URL_INTERVAL_MS);
    expect(page.history).toEqual(['push ?channels=1', 'replace ?channels=24']);
    expect(page.savedChannels()).toBe(24);
  });

  it("shows another tab's newer answers; a deletion elsewhere is announced once, and the next change saves afresh", () => {
    const page = setup();
    page.edit({ channels: 3 }, true);
    expect(page.sync.storageChanged(CHECKER_STORAGE_KEY, savedText({ channels: 9 }, 5))).toBe(true);
    expect(page.shown.at(-1)?.values['channels']).toBe(9);
    expect(page.notices).toEqual(['otherTab']);
    page.storage.map.clear();
    expect(page.sync.storageChanged(CHECKER_STORAGE_KEY, null)).toBe(false);
    expect(page.sync.storageChanged(CHECKER_STORAGE_KEY, null)).toBe(false);
    expect(page.notices).toEqual(['otherTab', 'deletedElsewhere']);
    expect(page.storage.map.size).toBe(0);
    page.edit({ channels: 10 }, true);
    expect(page.savedChannels()).toBe(10);
  });

  it('keeps a link on screen when other answers are saved; "show saved" brings them back as a new entry', () => {
    const page = setup('?channels=3', { [CHECKER_STORAGE_KEY]: savedText({ channels: 9 }) });
    expect(page.plan.notices.map((n) => n.key)).toContain('linkDiffers');
    page.sync.showSaved();
    expect(page.shown.at(-1)?.values['channels']).toBe(9);
    expect(page.history).toEqual(['push ?channels=9']);
    expect(page.savedChannels()).toBe(9);
  });

  it('"keep the link" saves its answers over the saved ones and says so', () => {
    const page = setup('?channels=3', { [CHECKER_STORAGE_KEY]: savedText({ channels: 9 }) });
    page.sync.keepLink();
    expect(page.savedChannels()).toBe(3);
    expect(page.notices).toEqual(['linkKept']);
  });

  it('discards unreadable saved data only when asked, then saves again', () => {
    const page = setup('', { [CHECKER_STORAGE_KEY]: '{broken' });
    page.edit({ channels: 3 }, true);
    expect(page.storage.map.get(CHECKER_STORAGE_KEY)).toBe('{broken');
    page.sync.discard(true);
    expect(page.notices).toEqual(['discarded']);
    expect(page.savedChannels()).toBe(3);
  });

  it('back and forward show the answers in the address, without a new entry', () => {
    const page = setup();
    page.edit({ channels: 3 }, true);
    page.edit({ channels: 4 }, true);
    page.back('?channels=3');
    page.sync.popState();
    expect(page.shown.at(-1)?.values['channels']).toBe(3);
    expect(page.history).toEqual(['push ?channels=3', 'push ?channels=4']);
    expect(page.links().at(-1)).toBe('https://rollenklar.de/bedarfscheck/?channels=3');
  });
});

describe('sameEntries', () => {
  it('treats a number and its text as the same entry, and differently typed text as a change', () => {
    expect(sameEntries(state({ channels: 3 }), state({ channels: '3' }))).toBe(true);
    expect(sameEntries(state({ channels: 3 }), state({ channels: '3,0' }))).toBe(false);
    expect(sameEntries(state(), { ...state(), assumptions: { 'minutes-per-post': '40' } })).toBe(false);
  });
});
