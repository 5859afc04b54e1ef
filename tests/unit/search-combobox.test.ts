// The search box's decisions without a DOM: what each key does in the header combobox and on the results
// page, what the live region announces, and how the query is written into an address.
import { describe, expect, it } from 'vitest';
import {
  searchAnnouncement,
  searchKeyAction,
  withQuery,
  type SearchBoxState,
} from '../../src/lib/search/combobox';
import { SEARCH_STRINGS } from '../../src/lib/search/strings';
import { pickStrings } from '../../src/i18n';
import { translator } from '../../src/lib/i18n/translate';

const header: SearchBoxState = {
  inline: false,
  open: true,
  active: -1,
  options: 3,
  pending: false,
  filled: true,
};
const strings = pickStrings('de', SEARCH_STRINGS);
const t = translator(strings);

describe('keys in the header combobox', () => {
  it('arrows start at the first or the last option and wrap around', () => {
    expect(searchKeyAction('ArrowDown', header)).toEqual({ kind: 'move', index: 0 });
    expect(searchKeyAction('ArrowUp', header)).toEqual({ kind: 'move', index: 2 });
    expect(searchKeyAction('ArrowDown', { ...header, active: 2 })).toEqual({ kind: 'move', index: 0 });
    expect(searchKeyAction('ArrowUp', { ...header, active: 0 })).toEqual({ kind: 'move', index: 2 });
    expect(searchKeyAction('ArrowDown', { ...header, active: 1 })).toEqual({ kind: 'move', index: 2 });
  });

  it('arrows reopen a closed popup that has options, and do nothing without options', () => {
    expect(searchKeyAction('ArrowDown', { ...header, open: false })).toEqual({ kind: 'move', index: 0 });
    expect(searchKeyAction('ArrowDown', { ...header, options: 0 })).toBeNull();
  });

  it('Enter opens the active option, and otherwise leaves the form to submit to the results page', () => {
    expect(searchKeyAction('Enter', { ...header, active: 1 })).toEqual({ kind: 'go' });
    expect(searchKeyAction('Enter', header)).toBeNull();
    expect(searchKeyAction('Enter', { ...header, active: 1, open: false })).toBeNull();
  });

  it('Escape closes the popup or a pending search first, then empties the box', () => {
    expect(searchKeyAction('Escape', header)).toEqual({ kind: 'dismiss' });
    expect(searchKeyAction('Escape', { ...header, open: false, pending: true })).toEqual({ kind: 'dismiss' });
    expect(searchKeyAction('Escape', { ...header, open: false })).toEqual({ kind: 'clear' });
    expect(searchKeyAction('Escape', { ...header, open: false, filled: false })).toBeNull();
  });

  it('Home and End leave the options to move the caret', () => {
    expect(searchKeyAction('Home', { ...header, active: 1 })).toEqual({ kind: 'unselect' });
    expect(searchKeyAction('End', header)).toEqual({ kind: 'unselect' });
    expect(searchKeyAction('a', header)).toBeNull();
  });
});

describe('keys on the results page', () => {
  const page = { ...header, inline: true };
  it('Enter searches in place instead of reloading; the popup keys do nothing', () => {
    expect(searchKeyAction('Enter', page)).toEqual({ kind: 'search' });
    for (const key of ['ArrowDown', 'ArrowUp', 'Escape', 'Home'])
      expect(searchKeyAction(key, page)).toBeNull();
  });
});

describe('announcement', () => {
  const ready = { status: 'ready', query: 'Moderation', searched: 'Moderation', total: 3 } as const;

  it('counts the results for the query typed, in singular and plural', () => {
    expect(searchAnnouncement(t, ready)).toMatch(/^3 Treffer für „Moderation“/);
    expect(searchAnnouncement(t, { ...ready, total: 1 })).toMatch(/^1 Treffer für „Moderation“/);
    expect(searchAnnouncement(t, { ...ready, total: 0 })).toMatch(/^Keine Treffer für „Moderation“/);
  });

  it('says nothing while the shown results are for another query or the query is too short', () => {
    expect(searchAnnouncement(t, { ...ready, query: 'Moderator' })).toBe('');
    expect(searchAnnouncement(t, { ...ready, query: 'M', searched: 'M' })).toBe('');
  });

  it('says when the index is loading for a typed query, and when it failed', () => {
    expect(searchAnnouncement(t, { ...ready, status: 'loading' })).toBe(strings['search.loading']);
    expect(searchAnnouncement(t, { ...ready, status: 'loading', query: '' })).toBe('');
    expect(searchAnnouncement(t, { ...ready, status: 'error' })).toBe(strings['search.loadError']);
  });
});

describe('withQuery', () => {
  it('sets, replaces and removes q and keeps the rest of the address', () => {
    expect(withQuery('https://x.test/suche/?a=1#top', 'Social Media').href).toBe(
      'https://x.test/suche/?a=1&q=Social+Media#top',
    );
    expect(withQuery('https://x.test/suche/?q=alt', 'neu').search).toBe('?q=neu');
    expect(withQuery('https://x.test/suche/?q=alt&a=1', '').search).toBe('?a=1');
  });
});
