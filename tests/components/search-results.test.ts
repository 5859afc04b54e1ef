// The search island in jsdom: the header popup (results, counts, Enter, and a search that finishes late never
// reopening a popup the visitor closed or left), the results page (groups with counts, the query kept in the
// address and the language switch), and the full text arriving after the head. Timers are fake and the index
// loader is handed in, so each test decides when the debounce runs and when each part of the index arrives.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import SearchResults from '../../src/islands/SearchResults.svelte';
import { pickStrings } from '../../src/i18n';
import { SEARCH_STRINGS } from '../../src/lib/search/strings';
import { documentsKey, type SearchBodyFile, type SearchIndexFile } from '../../src/lib/search/documents';
import { SearchEngine } from '../../src/lib/search/engine';
import { fullEngine, type SearchLoad } from '../../src/lib/search/client';

const strings = pickStrings('de', SEARCH_STRINGS);

const docs: SearchIndexFile['docs'] = [
  { kind: 'guide', page: 'Moderation im Alltag', summary: 'Regeln und Eskalation.', url: '/ratgeber/a/' },
  { kind: 'term', page: 'Moderation', summary: 'Aufsicht über Beiträge.', url: '/glossar/#moderation' },
  { kind: 'tool', page: 'Bedarfscheck', summary: 'Wen braucht ihr?', url: '/bedarfscheck/' },
];
const indexKey = documentsKey(docs);
const head: SearchIndexFile = { version: 2, locale: 'de', key: indexKey, docs };
const body: SearchBodyFile = {
  version: 2,
  locale: 'de',
  key: indexKey,
  bodies: [
    'Regeln und Eskalation. Die Netiquette hilft.',
    'Aufsicht über Beiträge.',
    'Wen braucht ihr? Moderation kostet Zeit.',
  ],
};

let input: HTMLInputElement;
let other: HTMLButtonElement;
let langLink: HTMLAnchorElement;
let releaseHead: () => void;
let releaseBody: () => void;

function type(text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function key(k: string) {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}
const popupHidden = () => (document.querySelector('.popup') as HTMLElement).hidden;
const status = () => screen.getByRole('status').textContent;
/** Runs what is due: the debounced search and whatever the released index parts make ready. */
async function settle() {
  await vi.advanceTimersByTimeAsync(1000);
  await tick();
}
/** Settles, then expects the island to say so: no search pending and the full text in. */
async function settled() {
  await settle();
  expect(document.querySelector('.search-results')?.getAttribute('data-state')).toBe('idle');
}

/** The index as the island receives it: the head once released, the full text once the body is too. */
const load = vi.fn((): SearchLoad => {
  const headIn = new Promise<void>((resolve) => (releaseHead = resolve));
  const bodyIn = new Promise<void>((resolve) => (releaseBody = resolve));
  const engine = headIn.then(() => new SearchEngine(head.docs, head.locale));
  return { head: engine, full: engine.then(() => bodyIn).then(() => fullEngine(head, body)) };
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  load.mockClear();
  input = document.createElement('input');
  input.type = 'search';
  other = document.createElement('button');
  langLink = document.createElement('a');
  langLink.className = 'lang-switch';
  langLink.href = '/en/search/';
  document.body.append(input, other, langLink);
});

afterEach(() => {
  cleanup();
  input.remove();
  other.remove();
  langLink.remove();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

function mount(inline = false) {
  render(SearchResults, {
    props: {
      input,
      locale: 'de',
      load,
      strings,
      guidesUrl: '/ratgeber/',
      glossaryUrl: '/glossar/',
      searchUrl: '/suche/',
      inline,
    },
  });
  input.focus();
  expect(load).toHaveBeenCalledWith('de');
}
const loadAll = () => {
  releaseHead();
  releaseBody();
};

describe('header search popup', () => {
  it('shows grouped options and announces the count once the index has loaded', async () => {
    mount();
    type('Moderation');
    loadAll();
    await settled();
    expect(screen.getAllByRole('option', { hidden: true }).length).toBe(3);
    expect(status()).toMatch(/3 Treffer für „Moderation“/);
    expect(popupHidden()).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('searches once typing pauses, not on every keystroke', async () => {
    mount();
    loadAll();
    await settle();
    type('Mo');
    await vi.advanceTimersByTimeAsync(10);
    type('Moderation');
    await vi.advanceTimersByTimeAsync(10);
    expect(document.querySelector('.search-results')?.getAttribute('data-state')).toBe('busy');
    expect(screen.queryAllByRole('option', { hidden: true })).toHaveLength(0);
    await settled();
    expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(3);
  });

  it('searches titles as soon as the head arrives and the full text once the bodies follow', async () => {
    mount();
    type('Netiquette');
    releaseHead();
    await settle();
    expect(status()).toMatch(/Keine Treffer/);
    releaseBody();
    await settled();
    expect(status()).toMatch(/1 Treffer/);
    expect(screen.getByRole('option', { hidden: true }).querySelector('mark')?.textContent).toBe(
      'Netiquette',
    );
  });

  it('lets Enter submit the form to the results page unless an option is chosen', async () => {
    mount();
    loadAll();
    type('Moderation');
    await settled();
    expect(key('Enter').defaultPrevented).toBe(false);
    key('ArrowDown');
    await tick();
    expect(input.getAttribute('aria-activedescendant')).toBeTruthy();
  });

  it('keeps the popup closed when Escape comes before the debounced search runs', async () => {
    mount();
    loadAll();
    type('Mo');
    await settled();
    type('Moderation');
    key('Escape');
    await settled();
    expect(popupHidden()).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    // The hits are up to date, so the arrow key shows the right results at once.
    key('ArrowDown');
    await tick();
    expect(popupHidden()).toBe(false);
    expect(input.getAttribute('aria-activedescendant')).toBeTruthy();
  });

  it('keeps the popup closed when the index arrives after Escape', async () => {
    mount();
    type('Moderation');
    key('Escape');
    loadAll();
    await settled();
    expect(status()).toMatch(/3 Treffer/);
    expect(popupHidden()).toBe(true);
  });

  it('does not open the popup for a search that finishes after focus left the box', async () => {
    mount();
    loadAll();
    type('Moderation');
    other.focus();
    await settled();
    expect(popupHidden()).toBe(true);
    input.focus();
    await tick();
    expect(popupHidden()).toBe(false);
  });
});

describe('results page', () => {
  it('groups results as guides, glossary and tools with their counts, as links', async () => {
    mount(true);
    type('Moderation');
    loadAll();
    await settled();
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    // The exact term first, then the other types, each with its count.
    expect(headings[0]).toBe('Glossar (1)');
    expect([...headings].sort()).toEqual(['Glossar (1)', 'Ratgeber (1)', 'Werkzeuge (1)']);
    expect(
      within(document.querySelector<HTMLElement>('.search-results')!)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toContain('/glossar/#moderation');
    expect(screen.queryByRole('option')).toBeNull();
    expect(input.getAttribute('role')).toBeNull();
  });

  it('keeps the query in the address and in the language switch, and Enter shows results without reloading', async () => {
    mount(true);
    loadAll();
    type('Moderation');
    await settled();
    expect(new URL(location.href).searchParams.get('q')).toBe('Moderation');
    expect(langLink.getAttribute('href')).toBe('/en/search/?q=Moderation');
    input.value = 'Bedarfscheck';
    expect(key('Enter').defaultPrevented).toBe(true);
    await tick();
    expect(langLink.getAttribute('href')).toBe('/en/search/?q=Bedarfscheck');
  });
});
