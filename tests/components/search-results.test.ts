// The search island in jsdom: typing shows results and announces the count, and a search that finishes late
// (debounce or index load) never reopens a popup the visitor closed with Escape or left.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import SearchResults from '../../src/islands/SearchResults.svelte';
import de from '../../src/i18n/de.json';
import { SEARCH_STRING_KEYS, type SearchStrings } from '../../src/lib/search/strings';
import type { SearchIndexFile } from '../../src/lib/search/documents';

const strings = Object.fromEntries(
  Object.entries(SEARCH_STRING_KEYS).map(([k, key]) => [k, (de as Record<string, string>)[key]!]),
) as unknown as SearchStrings;

const file: SearchIndexFile = {
  version: 1,
  locale: 'de',
  index: undefined,
  docs: [
    { kind: 'guide', title: 'Moderation im Alltag', text: 'Regeln und Eskalation.', url: '/ratgeber/a/#m' },
    { kind: 'term', title: 'Moderation', text: 'Aufsicht über Beiträge.', url: '/glossar/#moderation' },
    { kind: 'task', title: 'Beiträge planen', text: 'Redaktionsplan.', url: '/ratgeber/b/#p' },
  ],
};

let input: HTMLInputElement;
let other: HTMLButtonElement;
let releaseIndex: () => void;

function type(text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const popupHidden = () => (document.querySelector('.popup') as HTMLElement).hidden;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  // Each test gets its own locale key, so the per-page engine cache does not leak between tests.
  const gate = new Promise<void>((resolve) => (releaseIndex = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      await gate;
      return new Response(JSON.stringify(file), { status: 200 });
    }),
  );
  input = document.createElement('input');
  input.type = 'search';
  other = document.createElement('button');
  document.body.append(input, other);
});

afterEach(() => {
  cleanup();
  input.remove();
  other.remove();
  vi.unstubAllGlobals();
});

function mount(locale: string) {
  render(SearchResults, {
    props: {
      input,
      locale,
      strings,
      guidesUrl: '/ratgeber/',
      glossaryUrl: '/glossar/',
      searchUrl: '/suche/',
    },
  });
  input.focus();
}

describe('search results island', () => {
  it('shows grouped options and announces the count once the index has loaded', async () => {
    mount('t1');
    type('Moderation');
    releaseIndex();
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true }).length).toBe(2));
    expect(screen.getByRole('status').textContent).toMatch(/2 Treffer/);
    expect(popupHidden()).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps the popup closed when Escape comes before the debounced search runs', async () => {
    mount('t2');
    releaseIndex();
    type('Mo');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Treffer/));
    type('Moderation');
    key('Escape');
    await sleep(150);
    expect(popupHidden()).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    // The hits are still up to date, so focusing again shows the right results at once.
    key('ArrowDown');
    await waitFor(() => expect(popupHidden()).toBe(false));
    expect(input.getAttribute('aria-activedescendant')).toBeTruthy();
  });

  it('keeps the popup closed when the index arrives after Escape', async () => {
    mount('t3');
    type('Moderation');
    await sleep(100);
    key('Escape');
    releaseIndex();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/2 Treffer/));
    expect(popupHidden()).toBe(true);
  });

  it('does not open the popup for a search that finishes after focus left the box', async () => {
    mount('t4');
    releaseIndex();
    type('Moderation');
    other.focus();
    await sleep(150);
    expect(popupHidden()).toBe(true);
    input.focus();
    await waitFor(() => expect(popupHidden()).toBe(false));
  });
});
