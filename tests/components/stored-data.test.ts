// The privacy page's stored-data island in jsdom: it lists only Rollenklar's keys with what each is for,
// deletes one or all (never another site's data), says what it did, and follows other tabs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import StoredData from '../../src/islands/StoredData.svelte';
import de from '../../src/i18n/de.json';
import { pickStrings } from '../../src/i18n';
import { STORED_DATA_STRINGS } from '../../src/lib/privacy/stored-data';
import { storedKeys } from '../../src/lib/privacy/stored-keys';
import { THEME_STORAGE_KEY } from '../../src/lib/theme/theme-key';
import { storageKey as quizKey } from '../../src/lib/quiz/storage';

const props = {
  known: storedKeys({ quiz: 3, knowledge: 2 }),
  strings: pickStrings('de', STORED_DATA_STRINGS),
};

const listed = () =>
  [...document.querySelectorAll('[data-stored-list] li')].map((li) => li.textContent?.trim());
const status = () => screen.getByRole('status').textContent;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset['theme'];
});
afterEach(() => cleanup());

describe('StoredData', () => {
  it('lists the Rollenklar keys with what each is for, and nothing of other sites', () => {
    localStorage.setItem(quizKey(3), '{}');
    localStorage.setItem('rollenklar.unknown', '1');
    localStorage.setItem('someone-else', 'keep');
    render(StoredData, { props });
    expect(listed()).toEqual([
      expect.stringContaining(`${quizKey(3)} – ${de['privacy.kind.quiz']}`),
      expect.stringContaining(`rollenklar.unknown – ${de['privacy.kind.other']}`),
    ]);
    expect(document.querySelector('[data-ready]')).not.toBeNull();
  });

  it('says nothing is stored when nothing is, and deleting then changes nothing', async () => {
    localStorage.setItem('someone-else', 'keep');
    render(StoredData, { props });
    expect(screen.getByText(de['privacy.nothingStored'])).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: de['privacy.delete'] }));
    expect(status()).toBe(de['privacy.deletedNone']);
    expect(localStorage.getItem('someone-else')).toBe('keep');
  });

  it('deletes one entry by its own button and keeps the rest', async () => {
    localStorage.setItem(quizKey(3), '{}');
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    document.documentElement.dataset['theme'] = 'dark';
    render(StoredData, { props });
    await fireEvent.click(screen.getByRole('button', { name: `${quizKey(3)} löschen` }));
    expect(localStorage.getItem(quizKey(3))).toBeNull();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(listed()).toEqual([expect.stringContaining(THEME_STORAGE_KEY)]);
    expect(status()).toBe(`Erledigt: ${quizKey(3)} gelöscht.`);
  });

  it('deletes all Rollenklar entries, counts them, and drops the theme choice at once', async () => {
    localStorage.setItem(quizKey(3), '{}');
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    localStorage.setItem('someone-else', 'keep');
    document.documentElement.dataset['theme'] = 'dark';
    render(StoredData, { props });
    await fireEvent.click(screen.getByRole('button', { name: de['privacy.delete'] }));
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    expect(status()).toContain('2 Einträge gelöscht');
    expect(screen.getByText(de['privacy.nothingStored'])).toBeTruthy();
  });

  it('shows what another tab stored or deleted', async () => {
    render(StoredData, { props });
    localStorage.setItem(quizKey(3), '{}');
    window.dispatchEvent(
      new StorageEvent('storage', { key: quizKey(3), newValue: '{}', storageArea: localStorage }),
    );
    await screen.findByText(quizKey(3));
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await screen.findByText(de['privacy.nothingStored']);
  });
});
