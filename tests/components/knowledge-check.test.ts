// The knowledge-check island in jsdom: answering saves, a remount (reload) keeps progress and order, checking
// shows feedback, saved data it cannot read is kept with a notice, tabs agree, and "try again" starts afresh.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import KnowledgeCheck from '../../src/islands/KnowledgeCheck.svelte';
import { pickStrings } from '../../src/i18n';
import { loadContentData } from '../../src/build/content/data-files';
import { KNOWLEDGE_STRINGS, knowledgeKey, maskOf, type KnowledgeProps } from '../../src/lib/knowledge';

const { knowledge, roles } = loadContentData('content');
const KEY = knowledgeKey(knowledge.version);
const titles = new Map(roles.flatMap((r) => r.tasks.map((t) => [t.id, t.title.de] as const)));

const props: KnowledgeProps = {
  locale: 'de',
  version: knowledge.version,
  strings: pickStrings('de', KNOWLEDGE_STRINGS),
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
/** The visible storage notice (the live region repeats it for screen readers). */
const notice = () => document.querySelector('[data-storage-notice]')?.textContent ?? '';
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

  it('F-6: keeps unreadable saved data untouched with a notice until the visitor discards it', async () => {
    localStorage.setItem(KEY, '{"v":1,"s":');
    await mount();
    expect(notice()).toMatch(/ist nicht lesbar\. Er bleibt unverändert/);
    await fireEvent.click(input(order()[0]!, 'cm'));
    expect(localStorage.getItem(KEY)).toBe('{"v":1,"s":');
    await fireEvent.click(screen.getByRole('button', { name: 'Verwerfen und neu beginnen' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(notice()).toMatch(/verworfen/);
    await fireEvent.click(input(order()[0]!, 'cm'));
    expect(saved()!.a).toContain('c');
  });

  it('F-6: leaves progress of a newer version alone, in its own key and in this one', async () => {
    const newerKey = knowledgeKey(knowledge.version + 1);
    localStorage.setItem(newerKey, '{"v":99}');
    await mount();
    expect(notice()).toMatch(/neueren Version des Wissenstests gespeichert/);
    await fireEvent.click(input(order()[0]!, 'cm'));
    expect(localStorage.getItem(newerKey)).toBe('{"v":99}');
    cleanup();
    localStorage.clear();
    const newer = JSON.stringify({ v: knowledge.version + 1, r: 3, s: 1, a: '', q: [], k: 0, t: 0 });
    localStorage.setItem(KEY, newer);
    await mount();
    expect(notice()).toMatch(/stammt aus einer neueren Version/);
    await fireEvent.click(input(order()[0]!, 'cm'));
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('removes progress of an older version with a notice', async () => {
    localStorage.setItem(knowledgeKey(knowledge.version - 1), '{}');
    await mount();
    expect(notice()).toMatch(/hat sich geändert/);
    expect(localStorage.getItem(knowledgeKey(knowledge.version - 1))).toBeNull();
  });

  it('F-2: shows what another tab saved, with a notice, when the storage event arrives', async () => {
    await mount();
    const first = order()[0]!;
    await fireEvent.click(input(first, 'smm'));
    const mine = JSON.parse(localStorage.getItem(KEY)!) as { r: number; a: string };
    const index = props.sorting.findIndex((s) => s.id === first);
    const theirs = { ...mine, r: mine.r + 1, a: mine.a.slice(0, index) + 'b' + mine.a.slice(index + 1) };
    localStorage.setItem(KEY, JSON.stringify(theirs));
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(theirs), storageArea: localStorage }),
    );
    await waitFor(() => expect(notice()).toMatch(/in einem anderen Tab weiterbearbeitet/));
    expect(input(first, 'both').checked).toBe(true);
  });

  it('F-2: a stale tab loads the newer progress and applies its change on top instead of overwriting', async () => {
    await mount();
    const [first, second] = order();
    await fireEvent.click(input(first!, 'smm'));
    // Another tab answers the second item; this tab misses the event (e.g. it was frozen).
    const mine = JSON.parse(localStorage.getItem(KEY)!) as { r: number; a: string };
    const i2 = props.sorting.findIndex((s) => s.id === second);
    localStorage.setItem(
      KEY,
      JSON.stringify({ ...mine, r: mine.r + 5, a: mine.a.slice(0, i2) + 'c' + mine.a.slice(i2 + 1) }),
    );
    const q = props.questions[0]!;
    await fireEvent.click(
      document.querySelector<HTMLInputElement>(`fieldset[data-question="${q.id}"] input[value="0"]`)!,
    );
    const stored = saved()!;
    expect(stored.a[i2]).toBe('c');
    expect(stored.a[props.sorting.findIndex((s) => s.id === first)]).toBe('s');
    expect(stored.q[0]).toBe(1);
    expect(notice()).toMatch(/in einem anderen Tab weiterbearbeitet/);
  });

  it('F-2: after a missed change with another order, the controls show exactly what is stored', async () => {
    await mount();
    await fireEvent.click(input(order()[0]!, 'smm'));
    const mine = JSON.parse(localStorage.getItem(KEY)!) as { r: number; s: number; a: string };
    // Another tab started afresh (new seed, so another order) and answered the last item.
    const theirs = {
      ...mine,
      r: mine.r + 1,
      s: (mine.s + 12345) % 2 ** 32,
      a: '-'.repeat(mine.a.length - 1) + 'c',
    };
    localStorage.setItem(KEY, JSON.stringify(theirs));
    await fireEvent.click(input(order()[1]!, 'both'));
    const stored = saved()!;
    for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-item]')) {
      const index = props.sorting.findIndex((s) => s.id === fieldset.dataset['item']);
      const checked = fieldset.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
      const code = stored.a[index];
      expect(checked, fieldset.dataset['item']).toBe(
        code === '-' ? null : { s: 'smm', c: 'cm', b: 'both' }[code!],
      );
    }
    expect(document.activeElement?.id).toBe('knowledge-storage-notice');
  });

  it('F-4: "Delete all" elsewhere is not undone by one more click here', async () => {
    await mount();
    const [first, second] = order();
    await fireEvent.click(input(first!, 'smm'));
    localStorage.clear(); // the privacy page's deletion, in another tab
    await fireEvent.click(input(second!, 'cm'));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(notice()).toMatch(/wurde gelöscht, etwa auf der Datenschutzseite/);
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('F-4: a deletion announced by a storage event clears this tab at once', async () => {
    await mount();
    await fireEvent.click(input(order()[0]!, 'smm'));
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await waitFor(() => expect(notice()).toMatch(/wurde gelöscht, etwa auf der Datenschutzseite/));
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
    expect(localStorage.getItem(KEY)).toBeNull();
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
