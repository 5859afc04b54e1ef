// The knowledge-check island in jsdom: answering saves, a remount (reload) keeps progress and order, checking
// shows feedback, unreadable or outdated saved data is discarded with a notice, and "try again" starts afresh.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import KnowledgeCheck from '../../src/islands/KnowledgeCheck.svelte';
import de from '../../src/i18n/de.json';
import { loadContentData } from '../../src/lib/content/data-files';
import { knowledgeKey, maskOf, pickKnowledgeStrings, type KnowledgeProps } from '../../src/lib/knowledge';

const { knowledge, roles } = loadContentData('content');
const KEY = knowledgeKey(knowledge.version);
const titles = new Map(roles.flatMap((r) => r.tasks.map((t) => [t.id, t.title.de] as const)));

const props: KnowledgeProps = {
  locale: 'de',
  version: knowledge.version,
  strings: pickKnowledgeStrings(de),
  sorting: knowledge.sorting.map((s) => ({
    id: s.id,
    text: s.text?.de ?? titles.get(s.tasks[0]!)!,
    answer: s.answer,
    explanation: s.explanation.de,
    href: `/ratgeber/${s.link.guide}/#${s.link.anchor.de}`,
    topic: `${s.link.guide}: ${s.link.anchor.de}`,
  })),
  questions: knowledge.questions.map((q) => ({
    id: q.id,
    text: q.text.de,
    multiple: q.multiple,
    options: q.options.map((o) => o.text.de),
    correct: maskOf(q.options.flatMap((o, i) => (o.correct ? [i] : []))),
    explanation: q.explanation.de,
    href: `/ratgeber/${q.link.guide}/#${q.link.anchor.de}`,
    topic: `${q.link.guide}: ${q.link.anchor.de}`,
  })),
};

const saved = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { a: string; q: number[]; k: number } | null;
const order = () =>
  [...document.querySelectorAll('fieldset[data-item]')].map((f) => f.getAttribute('data-item'));
const input = (item: string, value: string) =>
  document.querySelector<HTMLInputElement>(`fieldset[data-item="${item}"] input[value="${value}"]`)!;

async function mount() {
  const view = render(KnowledgeCheck, { props });
  await screen.findByRole('heading', { level: 2, name: 'Teil 1: Wer macht was?' });
  return view;
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('KnowledgeCheck', () => {
  it('shows every task with three roles and every question', async () => {
    await mount();
    expect(order()).toHaveLength(props.sorting.length);
    expect(screen.getAllByRole('radio', { name: 'Beide' })).toHaveLength(props.sorting.length);
    expect(document.querySelectorAll('fieldset[data-question]')).toHaveLength(props.questions.length);
    expect(screen.getByText('Prüfe beide Teile, dann siehst du hier dein Ergebnis.')).toBeTruthy();
  });

  it('saves every answer at once and keeps answers and order after a reload', async () => {
    await mount();
    const shown = order();
    const first = shown[0]!;
    await fireEvent.click(input(first, 'both'));
    const index = props.sorting.findIndex((s) => s.id === first);
    expect(saved()!.a[index]).toBe('b');
    const multi = props.questions.findIndex((q) => q.multiple);
    const boxes = document.querySelectorAll<HTMLInputElement>(
      `fieldset[data-question="${props.questions[multi]!.id}"] input[type="checkbox"]`,
    );
    await fireEvent.click(boxes[0]!);
    await fireEvent.click(boxes[1]!);
    expect(saved()!.q[multi]).toBe((1 << Number(boxes[0]!.value)) | (1 << Number(boxes[1]!.value)));

    cleanup();
    await mount();
    expect(order()).toEqual(shown);
    expect(input(first, 'both').checked).toBe(true);
    const again = document.querySelectorAll<HTMLInputElement>(
      `fieldset[data-question="${props.questions[multi]!.id}"] input[type="checkbox"]`,
    );
    expect([...again].filter((b) => b.checked)).toHaveLength(2);
  });

  it('shows right and wrong with explanation and link after checking, and keeps it after a reload', async () => {
    await mount();
    const [first, second] = order();
    const wrong = props.sorting.find((s) => s.id === first)!;
    await fireEvent.click(input(first!, wrong.answer === 'smm' ? 'cm' : 'smm'));
    const right = props.sorting.find((s) => s.id === second)!;
    await fireEvent.click(input(second!, right.answer));
    await fireEvent.click(screen.getByRole('button', { name: 'Zuordnung prüfen' }));
    expect(document.querySelector('#knowledge-sort-score')?.textContent).toBe(
      `1 von ${props.sorting.length} richtig`,
    );
    const box = document.querySelector(`fieldset[data-item="${first}"] .feedback`)!;
    expect(box.getAttribute('data-right')).toBe('false');
    expect(box.textContent).toContain(wrong.explanation);
    expect(box.querySelector('a')?.getAttribute('href')).toBe(wrong.href);
    expect(saved()!.k).toBe(1);

    cleanup();
    await mount();
    expect(document.querySelectorAll('fieldset[data-item] .feedback')).toHaveLength(props.sorting.length);
    expect(screen.queryByRole('button', { name: 'Zuordnung prüfen' })).toBeNull();
  });

  it('discards unreadable saved data with a notice', async () => {
    localStorage.setItem(KEY, '{"v":1,"s":');
    await mount();
    expect(screen.getByText(/war nicht lesbar und wurde gelöscht/)).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('discards saved data of the wrong shape and of another version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: knowledge.version, s: 1, a: 'x', q: [], k: 0, t: 0 }));
    await mount();
    expect(screen.getByText(/war nicht lesbar/)).toBeTruthy();
    cleanup();
    localStorage.clear();
    localStorage.setItem(knowledgeKey(knowledge.version + 1), '{}');
    await mount();
    expect(screen.getByText(/hat sich geändert/)).toBeTruthy();
  });

  it('starts again with a new order and no answers', async () => {
    await mount();
    const shown = order();
    await fireEvent.click(input(shown[0]!, 'cm'));
    await fireEvent.click(screen.getByRole('button', { name: 'Nochmal mit neuer Reihenfolge' }));
    expect(order()).not.toEqual(shown);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
    expect(saved()!.a).toBe('-'.repeat(props.sorting.length));
  });
});
