// The knowledge check in a real browser: both parts by keyboard only and by pointer, feedback with working
// links, saved progress, a new order, accessibility in light and dark, and that guides load none of its code.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { loadContentData } from '../../src/build/content/data-files';
import { axeViolations, connectBrowser, visit, settle } from './browser';

const baseUrl = inject('baseUrl');
const { knowledge } = loadContentData('content');
const S = knowledge.sorting.length;
const Q = knowledge.questions.length;
const CHOICES = ['smm', 'cm', 'both'] as const;
const DE = '/ratgeber/wissenstest/';
const EN = '/en/guides/knowledge-check/';

const browser = await connectBrowser();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await visit(page, new URL(path, baseUrl).href);
  await page.locator('#knowledge-sort-heading').waitFor();
  return page;
}

const sortItem = (id: string) => knowledge.sorting.find((i) => i.id === id)!;
const question = (id: string) => knowledge.questions.find((q) => q.id === id)!;
const correctIndices = (id: string) =>
  question(id)
    .options.map((o, i) => (o.correct ? i : -1))
    .filter((i) => i >= 0);

/** The ids of the sorting items and questions in the order the page shows them. */
async function shownOrder(page: Page) {
  return {
    sorting: await page
      .locator('fieldset[data-item]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!)),
    questions: await page
      .locator('fieldset[data-question]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!)),
  };
}

/** A wrong role for a sorting item. */
const wrongChoice = (id: string) => CHOICES.find((c) => c !== sortItem(id).answer)!;

async function focusedValue(page: Page) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
}

/** Part 1 by keyboard: Tab into each radio group, Space, arrows to the wanted role; the first item is sorted wrongly. */
async function sortByKeyboard(page: Page): Promise<string> {
  const { sorting } = await shownOrder(page);
  await page.locator('#knowledge-sort-heading').focus();
  for (const [n, id] of sorting.entries()) {
    const want = n === 0 ? wrongChoice(id) : sortItem(id).answer;
    await page.keyboard.press('Tab');
    expect(await focusedValue(page)).toBe('smm');
    await page.keyboard.press('Space');
    for (let k = 0; k < CHOICES.indexOf(want); k++) await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe(want);
  }
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
    /^(Zuordnung prüfen|Check my sorting)$/,
  );
  await page.keyboard.press('Enter');
  return sorting[0]!;
}

/** Part 2 by keyboard; the first question shown is answered wrongly (the first wrong option). */
async function answerByKeyboard(page: Page): Promise<string> {
  const { questions } = await shownOrder(page);
  await page.locator('#knowledge-quiz-heading').focus();
  for (const [n, id] of questions.entries()) {
    const q = question(id);
    const values = await page
      .locator(`fieldset[data-question="${id}"] input`)
      .evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
    const right = correctIndices(id);
    const want = n === 0 ? [q.options.findIndex((o) => !o.correct)] : right;
    if (q.multiple) {
      for (const value of values) {
        await page.keyboard.press('Tab');
        expect(await focusedValue(page)).toBe(String(value));
        if (want.includes(value)) await page.keyboard.press('Space');
      }
    } else {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let k = 0; k < values.indexOf(want[0]!); k++) await page.keyboard.press('ArrowDown');
      expect(await focusedValue(page)).toBe(String(want[0]));
    }
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  return questions[0]!;
}

/** Both parts by pointer: clicks on the labels; `wrongSort` and `wrongQuestion` are answered wrongly. */
async function completeByPointer(page: Page, wrongSort: string | null, wrongQuestion: string | null) {
  for (const item of knowledge.sorting) {
    const want = item.id === wrongSort ? wrongChoice(item.id) : item.answer;
    await page.locator(`fieldset[data-item="${item.id}"] label:has(input[value="${want}"])`).click();
  }
  await page.getByRole('button', { name: /^(Zuordnung prüfen|Check my sorting)$/ }).click();
  for (const q of knowledge.questions) {
    const want = q.id === wrongQuestion ? [q.options.findIndex((o) => !o.correct)] : correctIndices(q.id);
    for (const i of want)
      await page.locator(`fieldset[data-question="${q.id}"] label:has(input[value="${i}"])`).click();
  }
  await page.getByRole('button', { name: /^(Antworten prüfen|Check my answers)$/ }).click();
}

async function expectWrongWithWorkingLink(page: Page, fieldset: string, explanation: string) {
  const box = page.locator(`${fieldset} .feedback`);
  expect(await box.getAttribute('data-right')).toBe('false');
  expect(await box.innerText()).toContain(explanation);
  const href = (await box.locator('a').getAttribute('href'))!;
  const [path, anchor] = href.split('#');
  const response = await page.request.get(new URL(path!, baseUrl).href);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`id="${anchor}"`);
  return href;
}

describe('knowledge check', () => {
  it('can be completed by keyboard only, with feedback for the wrong answers (German)', async () => {
    const page = await open(DE);
    const wrongSort = await sortByKeyboard(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('knowledge-sort-score');
    expect(await page.locator('#knowledge-sort-score').innerText()).toBe(`${S - 1} von ${S} richtig`);
    await expectWrongWithWorkingLink(
      page,
      `fieldset[data-item="${wrongSort}"]`,
      sortItem(wrongSort).explanation.de,
    );
    expect(await page.locator('fieldset[data-item] .feedback[data-right="true"]').count()).toBe(S - 1);

    const wrongQuestion = await answerByKeyboard(page);
    expect(await page.locator('#knowledge-quiz-score').innerText()).toBe(`${Q - 1} von ${Q} richtig`);
    await expectWrongWithWorkingLink(
      page,
      `fieldset[data-question="${wrongQuestion}"]`,
      question(wrongQuestion).explanation.de,
    );
    const result = page.locator('.result');
    expect(await result.innerText()).toContain(`Teil 1 (Zuordnung): ${S - 1} von ${S} richtig`);
    expect(await result.innerText()).toContain(`Teil 2 (Fragen): ${Q - 1} von ${Q} richtig`);
    const topics = await result.locator('.topics a').count();
    expect(topics).toBeGreaterThanOrEqual(1);
    expect(topics).toBeLessThanOrEqual(2);
  });

  it('can be completed by pointer; a wrong answer links to its guide section (English)', async () => {
    const page = await open(EN);
    const wrongSort = knowledge.sorting.find((i) => i.answer === 'both')!.id;
    const wrongQuestion = knowledge.questions.find((q) => q.multiple)!.id;
    await completeByPointer(page, wrongSort, wrongQuestion);
    const href = await expectWrongWithWorkingLink(
      page,
      `fieldset[data-item="${wrongSort}"]`,
      sortItem(wrongSort).explanation.en,
    );
    await expectWrongWithWorkingLink(
      page,
      `fieldset[data-question="${wrongQuestion}"]`,
      question(wrongQuestion).explanation.en,
    );
    expect(await page.locator('.result').innerText()).toContain(`Part 1 (sorting): ${S - 1} of ${S} correct`);
    await page.locator(`fieldset[data-item="${wrongSort}"] .feedback a`).click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expect(await page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`).count()).toBe(1);
  });

  it('keeps answers, order and checked parts across a reload', async () => {
    const page = await open(DE);
    const before = await shownOrder(page);
    const [first, second] = before.sorting;
    await page.locator(`fieldset[data-item="${first}"] label:has(input[value="cm"])`).click();
    await page.locator(`fieldset[data-item="${second}"] label:has(input[value="both"])`).click();
    const q = before.questions[0]!;
    await page.locator(`fieldset[data-question="${q}"] input`).first().check();
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await page.locator('#knowledge-sort-heading').waitFor();
    expect(await shownOrder(page)).toEqual(before);
    expect(await page.locator(`fieldset[data-item="${first}"] input[value="cm"]`).isChecked()).toBe(true);
    expect(await page.locator(`fieldset[data-item="${second}"] input[value="both"]`).isChecked()).toBe(true);
    expect(await page.locator(`fieldset[data-question="${q}"] input`).first().isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Zuordnung prüfen' }).click();
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await page.locator('#knowledge-sort-score').waitFor();
    expect(await page.locator('fieldset[data-item] .feedback').count()).toBe(S);
  });

  it('starts again with a new order and no answers', async () => {
    const page = await open(EN);
    await completeByPointer(page, null, null);
    expect(await page.locator('.result').innerText()).toContain('All correct');
    const before = await shownOrder(page);
    await page.getByRole('button', { name: 'Try again with a new order' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('knowledge-sort-heading');
    expect(await shownOrder(page)).not.toEqual(before);
    expect(await page.locator('.knowledge-check input:checked').count()).toBe(0);
    expect(await page.locator('.feedback').count()).toBe(0);
  });

  it('discards unreadable saved progress with a notice', async () => {
    const page = await open(DE);
    await page.evaluate(
      (k) => localStorage.setItem(k, '{broken'),
      `rollenklar.knowledge.v${knowledge.version}`,
    );
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    expect(await page.locator('.knowledge-check .notice').innerText()).toContain('nicht lesbar');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations before and after checking (${colorScheme})`, async () => {
      const page = await open(DE, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await completeByPointer(page, knowledge.sorting[0]!.id, knowledge.questions[0]!.id);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('budget', () => {
  // The page's own JavaScript budget (30 KB gzip with the island loaded at once) is measured with every other
  // page's in every-page.test.ts.
  it('is linked from the guides, which load none of its code', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await visit(page, new URL('/ratgeber/unterschied/', baseUrl).href);
    expect(requested.filter((p) => p.includes('KnowledgeCheck'))).toEqual([]);
    expect(await page.locator('.series-nav a.knowledge').getAttribute('href')).toBe(DE);
  });
});
