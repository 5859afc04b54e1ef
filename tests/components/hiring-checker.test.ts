// The hiring-needs checker island in jsdom, on the form and assumptions table the page renders for it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { loadContentData } from '../../src/build/content/data-files';
import { pickStrings, useTranslations } from '../../src/i18n';
import { CHECKER_STORAGE_KEY, CHECKER_STRINGS } from '../../src/lib/checker';
import { islandData, jobAdRole, localizeChecker } from '../../src/lib/checker/view';
import { buildJobAd, formatJobAd } from '../../src/lib/checker/job-ad';
import { adFromFragment } from '../../src/lib/jobad/storage';
import { readJobAd } from '../../src/islands/checker/job-ads-dom';
import CheckerForm from '../../src/components/checker/CheckerForm.svelte';
import CheckerAssumptionsTable from '../../src/components/checker/CheckerAssumptionsTable.svelte';
import CheckerJobAds from '../../src/components/checker/CheckerJobAds.svelte';
import CheckerShare from '../../src/components/checker/CheckerShare.svelte';
import HiringChecker from '../../src/islands/HiringChecker.svelte';

const data = loadContentData('content');
const view = localizeChecker(data.checker, 'de');
const t = useTranslations('de');
const strings = pickStrings('de', CHECKER_STRINGS);
const role = (id: 'smm' | 'cm') =>
  jobAdRole(
    data.roles.find((r) => r.id === id)!,
    'de',
  );

const roles = { smm: role('smm'), cm: role('cm') };

/** Renders the page's form, table, job-ad drafts and share section (as the server does), then the island that brings them to life. */
async function renderChecker() {
  render(CheckerForm, { props: { inputs: view.inputs, locale: 'de', t } });
  render(CheckerAssumptionsTable, { props: { assumptions: view.assumptions, locale: 'de', t } });
  render(CheckerJobAds, {
    props: {
      locale: 'de',
      t,
      roles,
      jobAdCheckPath: '/stellenanzeigen-check/',
      guidePath: '/ratgeber/stellenanzeigen/',
    },
  });
  render(CheckerShare, { props: { t } });
  render(HiringChecker, {
    props: {
      locale: 'de',
      checker: islandData(view),
      roleNames: { smm: roles.smm.name.de, cm: roles.cm.name.de },
      strings,
    },
  });
  await tick();
}

const verdict = () => document.querySelector('[data-verdict]')?.textContent?.trim();
const stored = () => JSON.parse(localStorage.getItem(CHECKER_STORAGE_KEY) ?? 'null');
const notices = () => document.getElementById('chk-notices')!.textContent ?? '';
/** Types into a field and ends the change, as leaving the field does. */
async function enter(label: string, value: string) {
  const field = screen.getByLabelText(label);
  await fireEvent.input(field, { target: { value } });
  await fireEvent.change(field);
  return field as HTMLInputElement;
}
/** The message the field points at with aria-describedby. */
function messageBeside(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'));
  return error?.textContent?.trim() ?? '';
}

const formatFromPage = (article: Element, format: 'text' | 'markdown') =>
  formatJobAd(readJobAd(article), format);

// The island renders a full result on every change; on a busy machine that takes longer than vitest's 5 s.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/bedarfscheck/');
});

afterEach(() => {
  localStorage.clear();
});

describe('hiring checker island', () => {
  it('enables the server-rendered controls once it runs', async () => {
    expect(document.getElementById('chk-fields')).toBeNull();
    await renderChecker();
    expect((document.getElementById('chk-fields') as HTMLFieldSetElement).disabled).toBe(false);
    expect(screen.getByLabelText('Aktive Social-Media-Kanäle')).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Alle Angaben zurücksetzen' }).hidden).toBe(false);
  });

  it('shows no verdict before the visitor says anything, and the example only on request', async () => {
    await renderChecker();
    expect(verdict()).toBeUndefined();
    expect(document.body.textContent).toContain('Das Ergebnis erscheint, sobald du eine Angabe änderst.');
    await fireEvent.click(screen.getByRole('button', { name: 'Ergebnis für das Beispiel zeigen' }));
    expect(verdict()).toBe('Eine Person für Social Media und Community');
    expect(document.body.textContent).toContain('Beispielunternehmen: Dieses Ergebnis gilt');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBeNull();
  });

  it('F-1: writes nothing on mere focus or start, only once the visitor changes something', async () => {
    await renderChecker();
    await fireEvent.focus(screen.getByLabelText('Aktive Social-Media-Kanäle'));
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBeNull();
    await enter('Aktive Social-Media-Kanäle', '3');
    expect(stored().inputs.channels).toBe(3);
  });

  it('updates the verdict, the URL and the saved state when an input changes', async () => {
    await renderChecker();
    const inbound = screen.getByLabelText('Kommentare und Direktnachrichten pro Tag');
    await fireEvent.input(inbound, { target: { value: '300' } });
    expect(verdict()).toBe('Beide Rollen besetzen, zuerst Community');
    expect(new URLSearchParams(location.search).get('inbound-per-day')).toBe('300');
    expect(stored().inputs['inbound-per-day']).toBe(300);
    // The hours per task area as a bar chart: a labelled figure with one row per area, no cramped table.
    const chart = screen.getByRole('figure', { name: 'Stunden pro Woche nach Aufgabenbereich' });
    expect(chart.querySelectorAll('li')).toHaveLength(8);
    expect(chart.querySelector('li')!.textContent).toMatch(/^\s*Strategie und Abstimmung\s*[\d,]+\s*$/);
    expect(document.querySelector('.result table')).toBeNull();
    // A few messages, a little social media: one person for both.
    await fireEvent.input(inbound, { target: { value: '25' } });
    expect(verdict()).toBe('Eine Person für Social Media und Community');
  });

  it('shows the job-ad drafts the result calls for, in its order, with hours and the company name', async () => {
    await renderChecker();
    const section = document.getElementById('chk-ads')!;
    expect(section.hasAttribute('data-shown')).toBe(false);
    const shown = () =>
      [...section.querySelectorAll<HTMLElement>('article[data-ad]')]
        .filter((article) => !article.hidden)
        .map((article) => article.dataset['ad']);
    const inbound = screen.getByLabelText('Kommentare und Direktnachrichten pro Tag');
    await fireEvent.input(inbound, { target: { value: '300' } });
    expect(section.hasAttribute('data-shown')).toBe(true);
    expect(shown()).toEqual(['cm', 'smm']);
    // The hidden draft for one person comes after the shown ones, so the first article is the first hire.
    expect(section.querySelector('article[data-ad]')!.getAttribute('data-ad')).toBe('cm');
    const cm = section.querySelector<HTMLElement>('article[data-ad="cm"]')!;
    expect(cm.querySelector('[data-timing]')!.textContent).toBe('Jetzt besetzen');
    expect(cm.querySelector<HTMLElement>('[data-scope]')!.hidden).toBe(false);
    await fireEvent.input(screen.getByLabelText('Name eures Unternehmens (optional)'), {
      target: { value: 'Beispiel GmbH' },
    });
    expect(cm.querySelector('[data-intro]')!.textContent).toContain('Beispiel GmbH');
    // The check link carries the draft as the visitor sees it, company name included.
    const link = cm.querySelector<HTMLAnchorElement>('a[data-check]')!;
    expect(link.textContent).toBe('Diese Anzeige prüfen');
    expect(new URL(link.href).pathname).toBe('/stellenanzeigen-check/');
    const draft = adFromFragment(new URL(link.href).hash);
    expect(draft).toContain('Beispiel GmbH');
    expect(draft).toContain('Deine Aufgaben');
    // A little of both: one person, one draft.
    await fireEvent.input(inbound, { target: { value: '25' } });
    expect(shown()).toEqual(['hybrid']);
    expect(screen.getByRole('link', { name: /Worauf es in einer Stellenanzeige ankommt/ })).toHaveProperty(
      'pathname',
      '/ratgeber/stellenanzeigen/',
    );
  });

  it('copies the draft exactly as buildJobAd writes it, read back from the page', async () => {
    await renderChecker();
    await fireEvent.input(screen.getByLabelText('Kommentare und Direktnachrichten pro Tag'), {
      target: { value: '300' },
    });
    await fireEvent.input(screen.getByLabelText('Name eures Unternehmens (optional)'), {
      target: { value: 'Acme *Games*' },
    });
    const cm = document.querySelector('article[data-ad="cm"]')!;
    const hours = Number(
      /(\d+) Stunden/.exec(cm.querySelector('[data-scope]')!.textContent ?? '')?.[1] ?? Number.NaN,
    );
    const extras = { translate: t, company: 'Acme *Games*', hoursPerWeek: Number.isNaN(hours) ? 40 : hours };
    for (const format of ['text', 'markdown'] as const)
      expect(formatFromPage(cm, format)).toBe(buildJobAd(roles.cm, 'de', format, extras));
  });

  it('reads "3.000" on the German page as three thousand and says what it read', async () => {
    await renderChecker();
    await fireEvent.change(screen.getByLabelText('Eigener Community-Ort'), { target: { value: 'forum' } });
    const members = await enter('Mitglieder in eurer eigenen Community', '3.000');
    expect(document.getElementById('chk-community-members-echo')!.textContent).toBe('= 3.000 Mitglieder');
    expect(new URLSearchParams(location.search).get('community-members')).toBe('3000');
    expect(stored().inputs['community-members']).toBe(3000);
    // The English way of writing it is not guessed.
    await fireEvent.input(members, { target: { value: '3,000' } });
    await fireEvent.change(members);
    expect(messageBeside(members)).toContain('Diese Zahl ist nicht eindeutig');
    expect(new URLSearchParams(location.search).get('community-members')).toBeNull();
  });

  it('spaces out history updates while typing fast and ends on the last value', async () => {
    await renderChecker();
    const channels = screen.getByLabelText('Aktive Social-Media-Kanäle');
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    // Fake timers: thirty keystrokes land within the same throttle window however slow the machine is.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      for (let i = 1; i <= 30; i++) await fireEvent.input(channels, { target: { value: String(i) } });
      expect(push.mock.calls.length + replace.mock.calls.length).toBeLessThanOrEqual(3);
      expect(verdict()).toBeTruthy();
      await vi.advanceTimersByTimeAsync(1000);
      expect(new URLSearchParams(location.search).get('channels')).toBe('30');
    } finally {
      vi.useRealTimers();
      push.mockRestore();
      replace.mockRestore();
    }
  }, 30_000);

  it('shows a message beside an out-of-range field and never NaN or Infinity', async () => {
    await renderChecker();
    const channels = screen.getByLabelText('Aktive Social-Media-Kanäle');
    await fireEvent.input(channels, { target: { value: '-5' } });
    expect(channels.getAttribute('aria-invalid')).toBe('true');
    expect(messageBeside(channels)).toBe(
      'Bitte gib keine negative Zahl ein. Bis dahin rechnet der Check mit dem kleinsten erlaubten Wert.',
    );
    const inbound = screen.getByLabelText('Kommentare und Direktnachrichten pro Tag');
    await fireEvent.input(inbound, { target: { value: '1000000000' } });
    expect(messageBeside(inbound)).toBe(
      'Höchstens 100.000 ist möglich. Bis dahin rechnet der Check mit 100.000.',
    );
    expect(document.body.textContent).toContain('Nicht alle Angaben liegen im erlaubten Bereich');
    const members = screen.getByLabelText('Mitglieder in eurer eigenen Community');
    await fireEvent.input(members, { target: { value: '1e308' } });
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
    // Corrected, the message goes away.
    await fireEvent.input(channels, { target: { value: '4' } });
    expect(channels.hasAttribute('aria-invalid')).toBe(false);
    expect(messageBeside(channels)).toBe('');
  });

  it('uses a typical value for "don\'t know" and disables the field meanwhile', async () => {
    await renderChecker();
    const inbound = screen.getByLabelText('Kommentare und Direktnachrichten pro Tag') as HTMLInputElement;
    const unknown = document.getElementById('chk-inbound-per-day-unknown') as HTMLInputElement;
    await fireEvent.click(unknown);
    expect(inbound.disabled).toBe(true);
    expect(new URLSearchParams(location.search).get('inbound-per-day')).toBe('unknown');
    expect(document.body.textContent).toContain('geschätzt, weil du „Weiß ich nicht“ gewählt hast');
  });

  it('lets the visitor change an assumption and reset them all', async () => {
    await renderChecker();
    // Entering the example's own value is a first answer: the result shows, without the example label.
    await enter('Aktive Social-Media-Kanäle', '2');
    const before = document.querySelector('.verdict')!.textContent;
    const reply = document.getElementById('chk-a-minutes-per-reply') as HTMLInputElement;
    expect(reply.disabled).toBe(false);
    await fireEvent.input(reply, { target: { value: '30' } });
    await fireEvent.change(reply);
    expect(document.querySelector('.verdict')!.textContent).not.toBe(before);
    expect(document.getElementById('chk-a-status')!.textContent).toBe(
      `1 von ${view.assumptions.length} Annahmen geändert.`,
    );
    expect(reply.closest('tr')!.classList.contains('changed')).toBe(true);
    expect(new URLSearchParams(location.search).get('a.minutes-per-reply')).toBe('30');
    const resetOne = screen.getByRole('button', { name: /^Zurücksetzen\s*:\s*Zeit pro Antwort$/ });
    expect(resetOne.hidden).toBe(false);

    await fireEvent.input(reply, { target: { value: '500' } });
    expect(messageBeside(reply)).toBe('Höchstens 120 ist möglich. Bis dahin rechnet der Check mit 120.');

    await fireEvent.click(screen.getByRole('button', { name: 'Alle Annahmen zurücksetzen' }));
    expect(reply.value).toBe('6');
    expect(messageBeside(reply)).toBe('');
    expect(reply.closest('tr')!.classList.contains('changed')).toBe(false);
    expect(document.getElementById('chk-a-status')!.textContent).toBe(
      'Alle Annahmen stehen wieder auf den Werten aus den Quellen.',
    );
    expect(document.querySelector('.verdict')!.textContent).toBe(before);
    expect(location.search).toBe('');
  });

  it('restores answers from the URL, names invalid parameters, and follows back and forward', async () => {
    history.replaceState(null, '', '/bedarfscheck/?channels=-3&posts-per-week=40&coverage=banana');
    await renderChecker();
    const notice = document.getElementById('chk-notices')!.textContent!;
    expect(notice).toContain('Aktive Social-Media-Kanäle');
    expect(notice).toContain('Antwortzeit und Erreichbarkeit');
    expect(notice).not.toContain('Beiträge pro Woche');
    expect((screen.getByLabelText('Beiträge pro Woche') as HTMLInputElement).value).toBe('40');
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('2');
    expect(location.search).toBe('?posts-per-week=40');

    history.pushState(null, '', '/bedarfscheck/?posts-per-week=7&goals=customer-service');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect((screen.getByLabelText('Beiträge pro Woche') as HTMLInputElement).value).toBe('7');
    expect((screen.getByLabelText('Kundenservice') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Reichweite und Bekanntheit') as HTMLInputElement).checked).toBe(false);
  });

  it('restores the last answers from storage when the URL has none', async () => {
    localStorage.setItem(
      CHECKER_STORAGE_KEY,
      JSON.stringify({ v: 1, inputs: { channels: 7, 'company-size': 'large' }, assumptions: {} }),
    );
    await renderChecker();
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('7');
    expect((screen.getByLabelText('Größe des Unternehmens') as HTMLSelectElement).value).toBe('large');
    expect(document.getElementById('chk-notices')!.textContent).toContain('Deine letzten Angaben');
    expect(new URLSearchParams(location.search).get('channels')).toBe('7');
  });

  it('resets all answers to their defaults', async () => {
    await renderChecker();
    const channels = screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement;
    await fireEvent.input(channels, { target: { value: '9' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Alle Angaben zurücksetzen' }));
    expect(channels.value).toBe('2');
    expect(location.search).toBe('');
    expect(verdict()).toBe('Eine Person für Social Media und Community');
  });

  it('F-1: shows a link with other answers without touching the saved ones, and offers keep or replace', async () => {
    const saved = JSON.stringify({ v: 1, rev: 4, inputs: { channels: 9 }, assumptions: {} });
    localStorage.setItem(CHECKER_STORAGE_KEY, saved);
    history.replaceState(null, '', '/bedarfscheck/?channels=3');
    await renderChecker();
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('3');
    expect(verdict()).toBeTruthy();
    expect(notices()).toContain('Dieser Link zeigt andere Angaben');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBe(saved);
    await fireEvent.click(screen.getByRole('button', { name: 'Meine gespeicherten Angaben zeigen' }));
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('9');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBe(saved);
  });

  it("F-1: keeps the link's answers when the visitor asks for it", async () => {
    localStorage.setItem(
      CHECKER_STORAGE_KEY,
      JSON.stringify({ v: 1, inputs: { channels: 9 }, assumptions: {} }),
    );
    history.replaceState(null, '', '/bedarfscheck/?channels=3');
    await renderChecker();
    await fireEvent.click(screen.getByRole('button', { name: 'Angaben aus dem Link übernehmen' }));
    expect(stored().inputs.channels).toBe(3);
    expect(notices()).toContain('Die Angaben aus dem Link sind jetzt in diesem Browser gespeichert.');
  });

  it('F-1: a link with only invalid values changes nothing saved and says so', async () => {
    const saved = JSON.stringify({ v: 1, inputs: { channels: 9 }, assumptions: {} });
    localStorage.setItem(CHECKER_STORAGE_KEY, saved);
    history.replaceState(null, '', '/bedarfscheck/?channels=abc');
    await renderChecker();
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('9');
    expect(notices()).toContain('Der Link enthielt ungültige Werte');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBe(saved);
  });

  it('F-10: keeps a value typed before the island started, over saved answers', async () => {
    localStorage.setItem(
      CHECKER_STORAGE_KEY,
      JSON.stringify({ v: 1, inputs: { channels: 20 }, assumptions: {} }),
    );
    render(CheckerForm, { props: { inputs: view.inputs, locale: 'de', t } });
    render(CheckerAssumptionsTable, { props: { assumptions: view.assumptions, locale: 'de', t } });
    (screen.getByLabelText('Beiträge pro Woche') as HTMLInputElement).value = '40';
    render(HiringChecker, {
      props: {
        locale: 'de',
        checker: islandData(view),
        roleNames: { smm: roles.smm.name.de, cm: roles.cm.name.de },
        strings,
      },
    });
    await tick();
    expect((screen.getByLabelText('Beiträge pro Woche') as HTMLInputElement).value).toBe('40');
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('20');
    expect(stored().inputs).toMatchObject({ 'posts-per-week': 40, channels: 20 });
  });

  it('F-5: leaves unreadable or newer saved data untouched, with a notice and a way to discard it', async () => {
    const newer = '{"v":2,"inputs":{"channels":3}}';
    localStorage.setItem(CHECKER_STORAGE_KEY, newer);
    await renderChecker();
    expect(notices()).toContain('die diese Seite nicht lesen kann');
    await enter('Aktive Social-Media-Kanäle', '5');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBe(newer);
    await fireEvent.click(screen.getByRole('button', { name: 'Gespeicherte Angaben verwerfen' }));
    expect(stored().inputs.channels).toBe(5);
  });

  it('F-11: says when the browser cannot save, and keeps working', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await renderChecker();
      await enter('Aktive Social-Media-Kanäle', '5');
      expect(notices()).toContain('Dein Browser erlaubt gerade kein Speichern');
      expect(verdict()).toBeTruthy();
      expect(new URLSearchParams(location.search).get('channels')).toBe('5');
    } finally {
      setItem.mockRestore();
    }
  });

  it('F-2: shows newer answers saved in another tab; F-4: a deletion elsewhere is announced, not undone', async () => {
    await renderChecker();
    await enter('Aktive Social-Media-Kanäle', '5');
    const newer = JSON.stringify({ v: 1, rev: 9, inputs: { channels: 12 }, assumptions: {} });
    localStorage.setItem(CHECKER_STORAGE_KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: CHECKER_STORAGE_KEY, newValue: newer }));
    await tick();
    expect((screen.getByLabelText('Aktive Social-Media-Kanäle') as HTMLInputElement).value).toBe('12');
    expect(notices()).toContain('In einem anderen Tab wurden die Angaben geändert.');

    localStorage.removeItem(CHECKER_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: CHECKER_STORAGE_KEY, newValue: null }));
    await tick();
    expect(notices()).toContain('in einem anderen Tab gelöscht');
    expect(localStorage.getItem(CHECKER_STORAGE_KEY)).toBeNull();
  });

  it('F-8: keeps a trailing index.html in the address and the share link', async () => {
    history.replaceState(null, '', '/bedarfscheck/index.html');
    await renderChecker();
    await enter('Aktive Social-Media-Kanäle', '3');
    expect(location.pathname).toBe('/bedarfscheck/index.html');
    expect((document.getElementById('chk-share-url') as HTMLInputElement).value).toBe(
      `${location.origin}/bedarfscheck/index.html?channels=3`,
    );
  });
});
