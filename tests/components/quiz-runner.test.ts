// The quiz island in jsdom: saving, Back, resuming, discarded storage and share links.
// jsdom has no matchMedia, so the island runs in its narrow layout: one item per step.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import QuizRunner from '../../src/islands/QuizRunner.svelte';
import de from '../../src/i18n/de.json';
import { loadContentData } from '../../src/lib/content/data-files';
import {
  pickQuizStrings,
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
  items: quiz.items.map((i) => ({ id: i.id, role: i.role, facets: [...i.facets], text: i.text.de })),
  strings: pickQuizStrings(de),
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
  await heading('Frage 1 von 22');
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/quiz/');
});

afterEach(() => cleanup());

describe('QuizRunner', () => {
  it('starts with the expected time and the privacy note', async () => {
    await mount();
    expect(screen.getByText(`Der Test hat ${N} Fragen und dauert etwa 3 Minuten.`)).toBeTruthy();
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
    await heading('Frage 2 von 22');
    await fireEvent.click(radio('Unsicher'));
    await fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    await heading('Frage 1 von 22');
    expect(radio('Gar nicht gern').checked).toBe(true);
    await fireEvent.click(radio('Eher nicht gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading('Frage 2 von 22');
    expect(radio('Unsicher').checked).toBe(true);
    expect(saved()?.a.slice(0, 3)).toBe('230');
  });

  it('moves focus to the new step and announces the progress', async () => {
    await mount();
    await startQuiz();
    expect(document.activeElement?.textContent).toBe('Frage 1 von 22');
    await fireEvent.click(radio('Eher gern'));
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading('Frage 2 von 22');
    expect(document.activeElement?.textContent).toBe('Frage 2 von 22');
    expect(screen.getByRole('status').textContent).toBe('1 von 22 Fragen beantwortet.');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('2');
  });

  it('offers to continue after a remount and continues where the visitor left off', async () => {
    const first = await mount();
    await startQuiz();
    for (const answer of ['Sehr gern', 'Eher gern']) {
      await fireEvent.click(radio(answer));
      await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    }
    await heading('Frage 3 von 22');
    first.unmount();

    await mount();
    expect(screen.getByText(/2 von 22 Fragen beantwortet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Test starten' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Weitermachen' }));
    await heading('Frage 3 von 22');
    await fireEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    await heading('Frage 2 von 22');
    expect(radio('Eher gern').checked).toBe(true);
  });

  it('starts over on request and deletes the saved answers', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: quiz.version, a: `54${'0'.repeat(N - 2)}`, p: 2, t: 1 }));
    await mount();
    await fireEvent.click(await screen.findByRole('button', { name: 'Neu beginnen' }));
    await heading('Frage 1 von 22');
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
});
