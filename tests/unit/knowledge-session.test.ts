// The knowledge check's workflow without a view: what it shows at start, that every change is saved, that a
// tab applies its change on top of another tab's newer answers, never undoes a deletion made elsewhere, keeps
// data it cannot read until the visitor discards it, and says why whenever the answers change under the visitor;
// and the rows both parts are drawn from.
import { describe, expect, it } from 'vitest';
import {
  KNOWLEDGE_CHOICES,
  KnowledgeSession,
  choose,
  knowledgeKey,
  loadKnowledge,
  markChecked,
  questionRows,
  seededRandom,
  sortingRows,
  type KnowledgeAnswers,
  type QuestionItem,
  type SortItem,
} from '../../src/lib/knowledge';
import { memoryStorage } from './memory-storage';

const VERSION = 2;
const KEY = knowledgeKey(VERSION);
const SORT_COUNT = 3;
const OPTIONS = [3, 4];

/** Sorts task `index` to a role, as a click on its radio button does. */
const role = (a: KnowledgeAnswers, index: number, answer: 'smm' | 'cm' | 'both') =>
  choose(a, 'sorting', index, KNOWLEDGE_CHOICES.indexOf(answer), false, true);
const session = (storage: ReturnType<typeof memoryStorage> | null, seed = 1) =>
  new KnowledgeSession(storage, VERSION, SORT_COUNT, OPTIONS, seededRandom(seed));
const stored = (storage: ReturnType<typeof memoryStorage>) =>
  loadKnowledge(storage, VERSION, SORT_COUNT, OPTIONS);
const storedAnswers = (storage: ReturnType<typeof memoryStorage>) => {
  const load = stored(storage);
  return load.status === 'ok' ? load.progress : null;
};

describe('answer changes', () => {
  const blank: KnowledgeAnswers = {
    seed: 7,
    sorting: [null, null, null],
    questions: [0, 0],
    checked: { sorting: false, questions: false },
  };

  it('sets one sorting answer (a role by its index in KNOWLEDGE_CHOICES) and leaves the rest', () => {
    expect(choose(blank, 'sorting', 1, 2, false, true).sorting).toEqual([null, 'both', null]);
    expect(choose(blank, 'sorting', 0, 0, false, true).sorting).toEqual(['smm', null, null]);
    expect(blank.sorting).toEqual([null, null, null]);
  });

  it('replaces the choice in a single-choice question and toggles options in a multiple-choice one', () => {
    const single = choose(choose(blank, 'questions', 0, 2, false, true), 'questions', 0, 1, false, true);
    expect(single.questions).toEqual([0b010, 0]);
    const multiple = choose(choose(blank, 'questions', 1, 0, true, true), 'questions', 1, 3, true, true);
    expect(multiple.questions).toEqual([0, 0b1001]);
    expect(choose(multiple, 'questions', 1, 0, true, false).questions).toEqual([0, 0b1000]);
  });

  it('marks one part checked', () => {
    expect(markChecked(blank, 'questions').checked).toEqual({ sorting: false, questions: true });
  });
});

describe('KnowledgeSession', () => {
  it('starts fresh with nothing stored, writes nothing until the first change, then saves every change', () => {
    const storage = memoryStorage();
    const start = session(storage).start();
    expect(start.view.answers.sorting).toEqual([null, null, null]);
    expect(start.view.answers.questions).toEqual([0, 0]);
    expect(start.view.notice).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('keeps answers, checks and the order for the next page load', () => {
    const storage = memoryStorage();
    const first = session(storage, 1);
    const seed = first.start().view.answers.seed;
    first.change((a) => role(a, 2, 'cm'));
    first.change((a) => markChecked(a, 'sorting'));
    const again = session(storage, 2).start();
    expect(again.view.answers).toEqual({
      seed,
      sorting: [null, null, 'cm'],
      questions: [0, 0],
      checked: { sorting: true, questions: false },
    });
    expect(again.told).toBeNull();
  });

  it('applies a change on top of what another tab saved meanwhile, and says so', () => {
    const storage = memoryStorage();
    const here = session(storage, 1);
    const there = session(storage, 2);
    here.start();
    there.start();
    there.change((a) => role(a, 0, 'smm'));
    const update = here.change((a) => role(a, 1, 'both'));
    expect(update.conflict).toBe(true);
    expect(update.told).toBe('changed');
    expect(update.view.notice).toBe('changed');
    expect(update.view.answers.sorting).toEqual(['smm', 'both', null]);
    expect(storedAnswers(storage)?.sorting).toEqual(['smm', 'both', null]);
    // The other tab's order is kept, not this tab's.
    expect(update.view.answers.seed).toBe(storedAnswers(storage)?.seed);
  });

  it('does not bring back answers deleted elsewhere: it starts over and writes nothing', () => {
    const storage = memoryStorage();
    const here = session(storage);
    here.start();
    here.change((a) => role(a, 0, 'smm'));
    storage.map.clear();
    const update = here.change((a) => role(a, 1, 'cm'));
    expect(update).toMatchObject({ conflict: true, told: 'deleted' });
    expect(update.view.answers.sorting).toEqual([null, null, null]);
    expect(storage.map.size).toBe(0);
    // The next change is saved again.
    here.change((a) => role(a, 1, 'cm'));
    expect(storedAnswers(storage)?.sorting).toEqual([null, 'cm', null]);
  });

  it('keeps unreadable data untouched until the visitor discards it, then saves again', () => {
    const storage = memoryStorage({ [KEY]: '{"v":2,"s":' });
    const here = session(storage);
    const start = here.start();
    expect(start.view).toMatchObject({ blocked: 'unreadable', notice: 'unreadable' });
    expect(start.told).toBe('unreadable');
    const change = here.change((a) => role(a, 0, 'cm'));
    expect(change.view.answers.sorting[0]).toBe('cm');
    expect(storage.map.get(KEY)).toBe('{"v":2,"s":');
    const discard = here.discard();
    expect(discard.view).toMatchObject({ blocked: null, notice: 'discarded' });
    expect(discard.told).toBe('discarded');
    expect(storage.map.has(KEY)).toBe(false);
    here.change((a) => role(a, 0, 'cm'));
    expect(storedAnswers(storage)?.sorting[0]).toBe('cm');
  });

  it('leaves progress of a newer version alone, in this key and in its own', () => {
    const newer = JSON.stringify({ v: VERSION + 1, r: 3, s: 1, a: '', q: [], k: 0, t: 0 });
    const inKey = memoryStorage({ [KEY]: newer });
    const here = session(inKey);
    expect(here.start().view).toMatchObject({ blocked: 'newer', notice: 'newer' });
    here.change((a) => role(a, 0, 'cm'));
    expect(inKey.map.get(KEY)).toBe(newer);

    const ownKey = memoryStorage({ [knowledgeKey(VERSION + 1)]: '{}' });
    expect(session(ownKey).start()).toMatchObject({ told: 'newerKey', view: { blocked: null } });
    expect(ownKey.map.get(knowledgeKey(VERSION + 1))).toBe('{}');
  });

  it('removes progress of older versions and says the check has changed', () => {
    const storage = memoryStorage({ [knowledgeKey(VERSION - 1)]: '{}' });
    expect(session(storage).start().told).toBe('outdated');
    expect(storage.map.size).toBe(0);
  });

  it('follows another tab: nothing when it saved nothing new, its answers when it did, a fresh start after a deletion', () => {
    const storage = memoryStorage();
    const here = session(storage, 1);
    const there = session(storage, 2);
    here.start();
    there.start();
    here.change((a) => role(a, 0, 'smm'));
    expect(here.sync()).toBeNull();
    there.sync();
    there.change((a) => role(a, 2, 'both'));
    const changed = here.sync();
    expect(changed).toMatchObject({ told: 'changed', conflict: false });
    expect(changed?.view.answers.sorting).toEqual(['smm', null, 'both']);
    storage.map.clear();
    const deleted = here.sync();
    expect(deleted?.told).toBe('deleted');
    expect(deleted?.view.answers.sorting).toEqual([null, null, null]);
  });

  it('starts again with a new order and no answers, and clears the notice', () => {
    const storage = memoryStorage({ [knowledgeKey(VERSION - 1)]: '{}' });
    const here = session(storage);
    const before = here.start();
    here.change((a) => markChecked(role(a, 0, 'cm'), 'sorting'));
    const retry = here.retry();
    expect(retry.view.notice).toBeNull();
    expect(retry.view.answers.seed).not.toBe(before.view.answers.seed);
    expect(storedAnswers(storage)).toMatchObject({
      sorting: [null, null, null],
      checked: { sorting: false, questions: false },
    });
  });

  it('says when the browser refuses to save, and keeps the answers on screen', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const here = session(storage);
    here.start();
    const update = here.change((a) => role(a, 0, 'cm'));
    expect(update.view.storageFailed).toBe(true);
    expect(update.view.answers.sorting[0]).toBe('cm');
    expect(session(null).start().view.storageFailed).toBe(false);
  });

  it('watches its own key and other versions of the check, not other storage', () => {
    const here = session(memoryStorage());
    expect(here.watches(KEY)).toBe(true);
    expect(here.watches(knowledgeKey(VERSION + 4))).toBe(true);
    expect(here.watches('rollenklar.quiz.v1')).toBe(false);
  });
});

describe('rows of a part', () => {
  const link = { explanation: 'Weil.', href: '/ratgeber/a/#b', topic: 'A: B' };
  const tasks: SortItem[] = [
    { id: 'reply', text: 'Antworten', answer: 'cm', ...link },
    { id: 'plan', text: 'Planen', answer: 'smm', ...link },
  ];
  const questions: QuestionItem[] = [
    { id: 'q1', text: 'Welche?', multiple: true, options: ['A', 'B', 'C'], correct: 0b101, ...link },
    { id: 'q2', text: 'Eine?', multiple: false, options: ['X', 'Y'], correct: 0b10, ...link },
  ];

  it('lists tasks in the shown order with the three roles, the chosen one marked, and the right answer', () => {
    const rows = sortingRows(tasks, [1, 0], ['smm', null], (a) => a.toUpperCase());
    expect(rows.map((r) => [r.index, r.id])).toEqual([
      [1, 'plan'],
      [0, 'reply'],
    ]);
    expect(rows[1]!.choices.map((c) => [c.value, c.option, c.label, c.chosen])).toEqual([
      ['smm', 0, 'SMM', true],
      ['cm', 1, 'CM', false],
      ['both', 2, 'BOTH', false],
    ]);
    expect(rows[1]).toMatchObject({ right: false, answered: true, answer: 'CM', multiple: false });
    expect(rows[0]).toMatchObject({ right: false, answered: false, answer: 'SMM' });
    expect(rows[0]!.item.href).toBe(link.href);
  });

  it('lists questions and their options in the shown order, right only when exactly the correct ones are chosen', () => {
    const rows = questionRows(
      questions,
      [0, 1],
      [
        [2, 0, 1],
        [1, 0],
      ],
      [0b001, 0b10],
    );
    expect(rows[0]!.choices.map((c) => [c.value, c.label, c.chosen])).toEqual([
      ['2', 'C', false],
      ['0', 'A', true],
      ['1', 'B', false],
    ]);
    expect(rows[0]).toMatchObject({ multiple: true, right: false, answered: true, answer: 'A; C' });
    expect(rows[1]).toMatchObject({ multiple: false, right: true, answer: 'Y' });
    expect(
      questionRows(
        questions,
        [1],
        [
          [0, 1],
          [0, 1],
        ],
        [0, 0],
      )[0],
    ).toMatchObject({ answered: false });
  });
});
