// What the checker shows at start and how it saves: links never replace saved answers silently, nothing is
// written before a change, revisions keep a stale tab from writing over newer data, unreadable data is left
// alone, and share links stay relative to the page. Finding ids refer to ../shared/reviews/security-2026-12.md.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContentData } from '../../src/build/content/data-files';
import {
  AddressWriter,
  CHECKER_STORAGE_KEY,
  CheckerStore,
  defaultValues,
  parseSavedCheckerState,
  planStart,
  relativeUrl,
  serializeCheckerState,
  shareUrlFor,
  type CheckerState,
} from '../../src/lib/checker';
import type { StorageLike } from '../../src/lib/storage/safe-storage';

const { checker } = loadContentData('content');

/** An in-memory storage; `full` makes every write throw, as a full or blocked browser storage does. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const defaults = () => ({ values: defaultValues(checker), assumptions: {} }) as CheckerState;
const withValues = (values: Record<string, unknown>): CheckerState =>
  ({ values: { ...defaultValues(checker), ...values }, assumptions: {} }) as CheckerState;
const savedText = (values: Record<string, unknown>, rev = 1) =>
  serializeCheckerState({ ...defaultValues(checker), ...values }, {}, checker, rev);
const parse = (text: string | null) => parseSavedCheckerState(text, checker);
const start = (search: string, stored: string | null, typed: CheckerState = defaults()) =>
  planStart({ search, saved: parse(stored), typed, definitions: checker });
const keys = (plan: ReturnType<typeof start>) => plan.notices.map((n) => n.key);

describe('start: links, saved answers and the example company', () => {
  it('F-1: a link with other answers is shown, the saved answers are kept and the visitor is asked', () => {
    const plan = start('?channels=3', savedText({ channels: 9, coverage: 'always-on' }));
    expect(plan.source).toBe('link');
    expect(plan.state.values['channels']).toBe(3);
    expect(plan.changedBeforeStart).toBe(false);
    expect(keys(plan)).toEqual(['linkDiffers']);
  });

  it('F-1: a link with only invalid values changes nothing: the saved answers are shown with a notice', () => {
    const plan = start('?channels=abc', savedText({ channels: 9 }));
    expect(plan.source).toBe('saved');
    expect(plan.state.values['channels']).toBe(9);
    expect(keys(plan)).toContain('invalidParams');
    expect(keys(plan)).not.toContain('linkDiffers');
  });

  it('F-1: a link with only an invalid assumption does not reset the saved answers', () => {
    const plan = start('?a.minutes-per-post=60000', savedText({ channels: 9 }));
    expect(plan.state.values['channels']).toBe(9);
    expect(keys(plan)).toContain('invalidAssumptions');
  });

  it('F-1: a link equal to the saved answers needs no question', () => {
    expect(keys(start('?channels=9', savedText({ channels: 9 })))).toEqual([]);
  });

  it('F-1: unrelated parameters (utm_source) are no link: the saved answers come back', () => {
    const plan = start('?utm_source=news', savedText({ channels: 9 }));
    expect(plan.source).toBe('saved');
    expect(keys(plan)).toEqual(['restored']);
  });

  it('waits for the visitor before showing a verdict for the example company', () => {
    const plan = start('', null);
    expect(plan.source).toBe('example');
    expect(plan.showResult).toBe(false);
    expect(plan.changedBeforeStart).toBe(false);
  });

  it('F-10: a value typed before the island started wins over the saved answers and is saved', () => {
    const typed = withValues({ 'posts-per-week': 40 });
    const plan = start('', savedText({ channels: 20 }), typed);
    expect(plan.state.values['posts-per-week']).toBe(40);
    expect(plan.state.values['channels']).toBe(20);
    expect(plan.changedBeforeStart).toBe(true);
    expect(plan.showResult).toBe(true);
  });

  it('F-10: a typed value wins over a link as well', () => {
    const plan = start('?channels=3', null, withValues({ channels: 12 }));
    expect(plan.state.values['channels']).toBe(12);
  });

  it('F-5: unreadable or newer saved data is reported, not replaced', () => {
    for (const text of ['{"v":1,"inp', '{"v":2,"inputs":{}}', 'null', '[]', '{"v":1,"inputs":[1]}']) {
      const plan = start('', text);
      expect(keys(plan), text).toContain('unreadableSaved');
      expect(plan.source).toBe('example');
    }
  });

  it('opens saved answers of the current version without a revision', () => {
    const old = JSON.stringify({ v: 1, inputs: { channels: 7 }, assumptions: {} });
    const plan = start('', old);
    expect(plan.source).toBe('saved');
    expect(plan.state.values['channels']).toBe(7);
  });
});

describe('saving with revisions', () => {
  const setup = (stored?: string) => {
    const storage = new FakeStorage();
    if (stored !== undefined) storage.setItem(CHECKER_STORAGE_KEY, stored);
    const store = new CheckerStore(storage, checker);
    store.load();
    return { storage, store };
  };
  const storedRev = (s: FakeStorage) => parse(s.getItem(CHECKER_STORAGE_KEY)).rev;

  it('writes nothing on load, and a revision one higher on each save', () => {
    const { storage, store } = setup(savedText({ channels: 4 }, 3));
    expect(storedRev(storage)).toBe(3);
    expect(store.save(withValues({ channels: 5 }))).toEqual({ kind: 'saved' });
    expect(storedRev(storage)).toBe(4);
  });

  it('F-2: a stale tab never writes over a newer revision; it gets the newer answers instead', () => {
    const storage = new FakeStorage();
    const a = new CheckerStore(storage, checker);
    const b = new CheckerStore(storage, checker);
    a.load();
    b.load();
    expect(a.save(withValues({ channels: 8 })).kind).toBe('saved');
    const outcome = b.save(withValues({ channels: 1 }));
    expect(outcome.kind).toBe('newer');
    if (outcome.kind === 'newer') expect(outcome.state.values['channels']).toBe(8);
    expect(parse(storage.getItem(CHECKER_STORAGE_KEY)).values['channels']).toBe(8);
    // Having seen the newer revision, the visitor's next change in that tab is saved on top of it.
    expect(b.save(withValues({ channels: 2 })).kind).toBe('saved');
    expect(storedRev(storage)).toBe(2);
  });

  it('F-2: a storage event with a newer revision is handed over for showing, an older one ignored', () => {
    const { store } = setup(savedText({ channels: 4 }, 5));
    expect(store.onStorageEvent(CHECKER_STORAGE_KEY, savedText({ channels: 6 }, 6))).toMatchObject({
      kind: 'newer',
    });
    expect(store.onStorageEvent(CHECKER_STORAGE_KEY, savedText({ channels: 1 }, 4))).toEqual({
      kind: 'none',
    });
    expect(store.onStorageEvent('rollenklar.quiz.v2', 'x')).toEqual({ kind: 'none' });
  });

  it('F-4: answers deleted in another tab are not brought back by the next save', () => {
    const { storage, store } = setup();
    store.save(withValues({ channels: 8 }));
    storage.removeItem(CHECKER_STORAGE_KEY); // "delete all my data" in another tab
    expect(store.save(withValues({ channels: 8 }))).toEqual({ kind: 'deleted' });
    expect(storage.getItem(CHECKER_STORAGE_KEY)).toBeNull();
    // The visitor's next change is their new decision: saved again.
    expect(store.save(withValues({ channels: 9 })).kind).toBe('saved');
  });

  it('F-4: a deletion event is reported (also when the whole storage was cleared)', () => {
    const { store } = setup(savedText({ channels: 4 }, 2));
    expect(store.onStorageEvent(CHECKER_STORAGE_KEY, null)).toEqual({ kind: 'deleted' });
    const other = setup(savedText({ channels: 4 }, 2)).store;
    expect(other.onStorageEvent(null, null)).toEqual({ kind: 'deleted' });
  });

  it('F-5: unreadable data stays untouched until the visitor discards it', () => {
    const { storage, store } = setup('{"v":2,"inputs":{"channels":3},"new":true}');
    expect(store.save(withValues({ channels: 5 }))).toEqual({ kind: 'paused' });
    expect(storage.getItem(CHECKER_STORAGE_KEY)).toBe('{"v":2,"inputs":{"channels":3},"new":true}');
    expect(store.discard()).toBe(true);
    expect(store.save(withValues({ channels: 5 })).kind).toBe('saved');
  });

  it('F-2: after another tab deleted the answers and saved new ones, a stale tab takes those over instead of writing', () => {
    const storage = new FakeStorage();
    const a = new CheckerStore(storage, checker);
    a.load();
    a.save(withValues({ channels: 1 }));
    a.save(withValues({ channels: 2 }));
    storage.removeItem(CHECKER_STORAGE_KEY);
    const b = new CheckerStore(storage, checker);
    b.load();
    expect(b.save(withValues({ channels: 9 })).kind).toBe('saved');
    const outcome = a.save(withValues({ channels: 3 }));
    expect(outcome.kind).toBe('newer');
    if (outcome.kind === 'newer') expect(outcome.state.values['channels']).toBe(9);
    expect(parse(storage.getItem(CHECKER_STORAGE_KEY)).values['channels']).toBe(9);
  });

  it('F-5: unreadable data written by another tab pauses saving until it is removed', () => {
    const { storage, store } = setup(savedText({ channels: 4 }, 2));
    const unreadable = '{"v":1,"inp';
    storage.setItem(CHECKER_STORAGE_KEY, unreadable);
    expect(store.onStorageEvent(CHECKER_STORAGE_KEY, unreadable)).toEqual({ kind: 'unreadable' });
    expect(store.save(withValues({ channels: 5 }))).toEqual({ kind: 'paused' });
    expect(storage.getItem(CHECKER_STORAGE_KEY)).toBe(unreadable);
    storage.removeItem(CHECKER_STORAGE_KEY);
    expect(store.onStorageEvent(CHECKER_STORAGE_KEY, null)).toEqual({ kind: 'deleted' });
    expect(store.save(withValues({ channels: 5 })).kind).toBe('saved');
  });

  it('F-11: a full or blocked storage is reported as a failed save', () => {
    const { storage, store } = setup();
    storage.full = true;
    expect(store.save(withValues({ channels: 5 }))).toEqual({ kind: 'failed' });
    const blocked = new CheckerStore(null, checker);
    blocked.load();
    expect(blocked.save(withValues({ channels: 5 }))).toEqual({ kind: 'failed' });
  });

  it('never lets two tabs lose a write: the stored revision only grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 30 }),
        (steps) => {
          const storage = new FakeStorage();
          const tabs = [new CheckerStore(storage, checker), new CheckerStore(storage, checker)];
          for (const tab of tabs) tab.load();
          let last = 0;
          for (const [second, channels] of steps) {
            tabs[second ? 1 : 0]!.save(withValues({ channels }));
            const rev = storedRev(storage);
            expect(rev).toBeGreaterThanOrEqual(last);
            last = rev;
          }
        },
      ),
    );
  });
});

describe('F-8: relative URLs for history and share links', () => {
  it.each([
    ['/bedarfscheck/', 'channels=3', './?channels=3'],
    ['//bedarfscheck/', 'channels=3', './?channels=3'],
    ['/bedarfscheck/index.html', 'channels=3', './index.html?channels=3'],
    ['/en/hiring-check/', '', './'],
  ])('on %s the address for "%s" is %s', (path, query, expected) => {
    expect(relativeUrl(path, query)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:4321//bedarfscheck/?channels=9', 'http://127.0.0.1:4321//bedarfscheck/?channels=3'],
    [
      'http://127.0.0.1:4321/bedarfscheck/index.html?channels=9#x',
      'http://127.0.0.1:4321/bedarfscheck/index.html?channels=3#x',
    ],
    ['https://rollenklar.de/bedarfscheck/', 'https://rollenklar.de/bedarfscheck/?channels=3'],
  ])('the share link for %s shows the current answers: %s', (href, expected) => {
    expect(shareUrlFor(href, 'channels=3')).toBe(expected);
  });

  it('stays on the page origin whatever the path looks like', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (path, query) => {
        const base = `https://rollenklar.de/${path.replace(/^\/+/, '/')}`;
        const url = new URL(shareUrlFor(base, query));
        expect(url.origin).toBe('https://rollenklar.de');
      }),
    );
  });
});

describe('address writer', () => {
  /** A fake history that records its calls and moves a fake location, or refuses like Chromium on `//` paths. */
  function setup(path = '/bedarfscheck/', refuse = false) {
    const loc = { pathname: path, search: '', hash: '', href: `https://rollenklar.de${path}` };
    const calls: string[] = [];
    const move = (kind: string) => (_: unknown, __: string, url?: string) => {
      if (refuse) throw new DOMException('refused', 'SecurityError');
      const next = new URL(url!, loc.href);
      Object.assign(loc, { pathname: next.pathname, search: next.search, href: next.href });
      calls.push(`${kind} ${url}`);
    };
    const history = { state: null, pushState: move('push'), replaceState: move('replace') };
    return { writer: new AddressWriter(history, loc), calls, loc };
  }

  it('adds one history entry per change and replaces it while the change goes on', () => {
    const { writer, calls } = setup();
    writer.write('channels=3', false);
    writer.write('channels=34', false);
    writer.endChange();
    writer.write('channels=34&posts-per-week=2', false);
    writer.write('channels=34&posts-per-week=2', false); // unchanged: no call
    expect(calls).toEqual([
      'push ./?channels=3',
      'replace ./?channels=34',
      'push ./?channels=34&posts-per-week=2',
    ]);
  });

  it('F-8: where the browser refuses the update, the share link still shows the current answers', () => {
    const { writer } = setup('//bedarfscheck/', true);
    expect(writer.write('channels=9', false)).toBe('https://rollenklar.de//bedarfscheck/?channels=9');
  });
});
