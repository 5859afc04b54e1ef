// The quiz island in jsdom: saving, Back, resuming, discarded storage and share links.
// jsdom has no matchMedia, so the island runs in its narrow layout: one item per step.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import QuizRunner from '../../src/islands/QuizRunner.svelte';
import { pickStrings } from '../../src/i18n';
import { loadContentData } from '../../src/build/content/data-files';
import {
  QUIZ_STRINGS,
  rulesFromData,
  shareQuery,
  storageKey,
  type MaybeAnswer,
  type RunnerProps,
} from '../../src/lib/quiz';

const { quiz, roles } = loadContentData('content');
const KEY = storageKey(quiz.version);
const N = quiz.items.length;

const props: RunnerProps = {
  locale: 'de',
  version: quiz.version,
  previous: quiz.previous.map((p) => ({ version: p.version, ids: [...p.items] })),
  rules: rulesFromData(quiz.scoring),
  items: quiz.items.map((i) => ({ id: i.id, role: i.role, facets: [...i.facets], text: i.text.de })),
  strings: pickStrings('de', QUIZ_STRINGS),
  tasks: {
    smm: roles.find((r) => r.id === 'smm')!.tasks.map((t) => t.title.de),
    cm: roles.find((r) => r.id === 'cm')!.tasks.map((t) => t.title.de),
  },
  links: {
    quiz: '/quiz/',
    method: '/quiz/methodik/',
    twin: '/en/quiz/',
    guides: { smm: '/ratgeber/social-media-manager/', cm: '/ratgeber/community-manager/' },
    careers: '/ratgeber/karriere/',
    difference: '/ratgeber/unterschied/',
  },
};

const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { a: string; p: number } | null;
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });
const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

async function mount() {
  const view = render(QuizRunner, { props });
  await screen.findByRole('heading', { level: 2 });
  return view;
}

async function startQuiz() {
  await fireEvent.click(await screen.findByRole('button', { name: 'Test starten' }));
  await heading(`Frage 1 von ${N}`);
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/quiz/');
});

afterEach(() => cleanup());

describe('QuizRunner', () => {
  it('starts with the expected time and the privacy note', async () => {
    await mount();
    expect(screen.getByText(`Der Test hat ${N} Fragen und dauert etwa 4 Minuten.`)).toBeTruthy();
    expect(screen.getByText(/Deine Antworten bleiben in diesem Browser/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /So rechnet der Test/ }).getAttribute('href')).toBe(
      '/quiz/methodik/',
    );
  });

  it('saves every answer at once under the versioned key', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(radio('Eher gern'));
    expect(saved()?.a).toBe(`4${'0'.repeat(N - 1)}`);
    await fireEvent.click(radio('Sehr gern'));
    expect(saved()?.a).toBe(`5${'0'.repeat(N - 1)}`);
    // Each item is a fieldset whose legend is the activity; the scale plus "no answer" are native radios.
    const group = screen.getByRole('group');
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')?.textContent).toContain(quiz.items[0]!.text.de);
    expect(screen.getAllByRole('radio')).toHaveLength(6);
  });

  it('keeps answers when going back and forward', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(radio('Gar nicht gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading(`Frage 2 von ${N}`);
    await fireEvent.click(radio('Teils, teils'));
    await fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    await heading(`Frage 1 von ${N}`);
    expect(radio('Gar nicht gern').checked).toBe(true);
    await fireEvent.click(radio('Eher nicht gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading(`Frage 2 von ${N}`);
    expect(radio('Teils, teils').checked).toBe(true);
    expect(saved()?.a.slice(0, 3)).toBe('230');
  });

  it('moves focus to the new step and announces the progress', async () => {
    await mount();
    await startQuiz();
    expect(document.activeElement?.textContent).toBe(`Frage 1 von ${N}`);
    await fireEvent.click(radio('Eher gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading(`Frage 2 von ${N}`);
    expect(document.activeElement?.textContent).toBe(`Frage 2 von ${N}`);
    expect(screen.getByRole('status').textContent).toBe(`1 von ${N} Fragen beantwortet.`);
    // the bar counts answers, not the position
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('1');
  });

  it('offers to continue after a remount and continues where the visitor left off', async () => {
    const first = await mount();
    await startQuiz();
    for (const answer of ['Sehr gern', 'Eher gern']) {
      await fireEvent.click(radio(answer));
      await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    }
    await heading(`Frage 3 von ${N}`);
    first.unmount();

    await mount();
    expect(screen.getByText(new RegExp(`2 von ${N} Fragen beantwortet`))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Test starten' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Weitermachen' }));
    await heading(`Frage 3 von ${N}`);
    await fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    await heading(`Frage 2 von ${N}`);
    expect(radio('Eher gern').checked).toBe(true);
  });

  it('starts over on request and deletes the saved answers', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: quiz.version, a: `54${'0'.repeat(N - 2)}`, p: 2, t: 1 }));
    await mount();
    await fireEvent.click(await screen.findByRole('button', { name: 'Neu beginnen' }));
    await heading(`Frage 1 von ${N}`);
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((r) => r.checked)).toBe(false);
    expect(saved()?.a).toBe('0'.repeat(N));
  });

  it('discards corrupt saved data with a visible notice instead of crashing', async () => {
    localStorage.setItem(KEY, '{"v":2,"a":"55');
    await mount();
    expect(screen.getByText(/waren nicht lesbar und wurden gelöscht/)).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Test starten' })).toBeTruthy();
  });

  it('discards saved data of the wrong shape or an older quiz version with a notice', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: quiz.version, a: '555', p: 0, t: 1 }));
    await mount();
    expect(screen.getByText(/waren nicht lesbar/)).toBeTruthy();
    cleanup();

    localStorage.clear();
    localStorage.setItem(
      storageKey(quiz.version - 1),
      JSON.stringify({ v: quiz.version - 1, a: '5', p: 0, t: 1 }),
    );
    await mount();
    expect(screen.getByText(/Der Test hat sich seit deinem letzten Besuch geändert/)).toBeTruthy();
    expect(localStorage.getItem(storageKey(quiz.version - 1))).toBeNull();
  });

  it('shows the result of a share link without touching the saved answers', async () => {
    const own = JSON.stringify({ v: quiz.version, a: `3${'0'.repeat(N - 1)}`, p: 1, t: 1 });
    localStorage.setItem(KEY, own);
    const answers: MaybeAnswer[] = quiz.items.map((i) => (i.role === 'cm' ? 5 : 1));
    history.replaceState(null, '', `/quiz/?${shareQuery(quiz.version, answers)}`);
    await mount();
    expect(await heading('Geteiltes Ergebnis')).toBeTruthy();
    expect(
      screen.getByText(/Die Tätigkeiten von Community-Manager:innen sprechen dich deutlich mehr an/),
    ).toBeTruthy();
    expect(screen.getByText('100 von 100')).toBeTruthy();
    expect(screen.getByText('0 von 100')).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBe(own);
  });

  it('explains a broken share link and offers the quiz', async () => {
    history.replaceState(null, '', `/quiz/?v=${quiz.version}&a=55x`);
    await mount();
    expect(await heading('Dieser Link zeigt kein Ergebnis')).toBeTruthy();
    expect(screen.getByText(/Zeichen, die keine gültigen Antworten sind/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Den Test selbst machen' }));
    await heading('Bevor du startest');
    expect(location.search).toBe('');
  });

  it('says so when "Next" is pressed with the question open, and goes on only on a second press', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByRole('alert').textContent).toMatch(/noch Fragen offen \(1\)/);
    await fireEvent.click(screen.getByRole('button', { name: 'Trotzdem weiter' }));
    await heading(`Frage 2 von ${N}`);
  });

  it('shows what is missing instead of empty charts when too few questions are answered', async () => {
    const digits = `5${'0'.repeat(N - 1)}`;
    localStorage.setItem(KEY, JSON.stringify({ v: quiz.version, a: digits, p: N, t: 1, r: 1 }));
    await mount();
    await fireEvent.click(screen.getByRole('button', { name: 'Ergebnis ansehen' }));
    await heading('Dein Ergebnis');
    expect(screen.getByText('Für ein Ergebnis fehlen noch Antworten.')).toBeTruthy();
    expect(screen.getAllByText(/Es fehlen noch \d+ Antworten/)).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: 'Deine Werte' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull(); // no share link full of zeros
    await fireEvent.click(screen.getByRole('button', { name: 'Offene Fragen beantworten' }));
    await heading(`Frage 2 von ${N}`);
  });

  it('carries answers of the previous version over by item id and says so', async () => {
    const v2 = quiz.previous.find((p) => p.version === quiz.version - 1)!;
    localStorage.setItem(
      storageKey(v2.version),
      JSON.stringify({ v: v2.version, a: '4'.repeat(v2.items.length), p: 3, t: 1 }),
    );
    await mount();
    const carried = quiz.items.filter((i) => v2.items.includes(i.id)).length;
    expect(screen.getByText(new RegExp(`${carried} deiner gespeicherten Antworten`))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Weitermachen' })).toBeTruthy();
    expect(localStorage.getItem(storageKey(v2.version))).toBeNull();
    expect(
      saved()
        ?.a.split('')
        .filter((d) => d === '4'),
    ).toHaveLength(carried);
  });

  it('F-6: leaves progress of a newer quiz version untouched and says it cannot be read here', async () => {
    const newer = JSON.stringify({ v: quiz.version + 1, a: '5555', p: 1, t: 1, r: 3 });
    localStorage.setItem(storageKey(quiz.version + 1), newer);
    await mount();
    expect(screen.getByText(/Antworten aus einer neueren Version des Tests/)).toBeTruthy();
    await startQuiz();
    await fireEvent.click(radio('Eher gern'));
    expect(localStorage.getItem(storageKey(quiz.version + 1))).toBe(newer);
  });

  it('F-7: offers to resume progress with an absurd stored time, without a date and without an error', async () => {
    const a = `55555${'0'.repeat(N - 5)}`;
    localStorage.setItem(KEY, JSON.stringify({ v: quiz.version, a, p: 5, t: 1e16, r: 2 }));
    await mount();
    expect(screen.getByText(`Du hast 5 von ${N} Fragen beantwortet.`)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Weitermachen' }));
    await heading(`Frage 6 von ${N}`);
  });

  it('F-2: takes over newer answers another tab saved, instead of writing older ones over them', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(radio('Eher gern'));
    const revision = (JSON.parse(localStorage.getItem(KEY)!) as { r: number }).r;
    // another tab answers question 1 differently and saves a newer revision
    const theirs = JSON.stringify({
      v: quiz.version,
      a: `1${'0'.repeat(N - 1)}`,
      p: 0,
      t: 2,
      r: revision + 3,
    });
    localStorage.setItem(KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs }));
    expect(await screen.findByText(/In einem anderen Tab wurden deine Antworten geändert/)).toBeTruthy();
    expect(radio('Gar nicht gern').checked).toBe(true);
    expect(localStorage.getItem(KEY)).toBe(theirs);
  });

  it('F-2: a tab that missed the event still does not write over newer answers', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(radio('Eher gern'));
    const theirs = JSON.stringify({ v: quiz.version, a: `2${'0'.repeat(N - 1)}`, p: 0, t: 2, r: 40 });
    localStorage.setItem(KEY, theirs); // no event
    await fireEvent.click(radio('Sehr gern'));
    expect(localStorage.getItem(KEY)).toBe(theirs);
    expect(await screen.findByText(/In einem anderen Tab wurden deine Antworten geändert/)).toBeTruthy();
  });

  it('F-4: a deletion in another tab is not undone by one more click here', async () => {
    await mount();
    await startQuiz();
    await fireEvent.click(radio('Eher gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await fireEvent.click(radio('Sehr gern'));
    localStorage.clear(); // "delete all" on the privacy page in another tab
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(
      await screen.findByText(/in einem anderen Tab oder auf der Datenschutzseite gelöscht/),
    ).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBeNull();
    await fireEvent.click(radio('Eher nicht gern'));
    // only the new click is stored, none of the deleted answers
    expect(saved()?.a).toBe(`02${'0'.repeat(N - 2)}`);
  });

  it('opens an old share link with a note on how many answers carried over', async () => {
    const v2 = quiz.previous.find((p) => p.version === quiz.version - 1)!;
    const a = v2.items.map((id) => (quiz.items.find((i) => i.id === id)?.role === 'cm' ? '5' : '1')).join('');
    history.replaceState(null, '', `/quiz/?v=${v2.version}&a=${a}`);
    await mount();
    expect(await heading('Geteiltes Ergebnis')).toBeTruthy();
    expect(screen.getByText(/Dieser Link stammt aus einer früheren Version des Tests/)).toBeTruthy();
  });

  it('treats a link without any answer like a broken one', async () => {
    history.replaceState(null, '', `/quiz/?v=${quiz.version}&a=${'0'.repeat(N)}`);
    await mount();
    expect(await heading('Dieser Link zeigt kein Ergebnis')).toBeTruthy();
    expect(screen.getByText(/keine einzige Antwort/)).toBeTruthy();
  });
});
