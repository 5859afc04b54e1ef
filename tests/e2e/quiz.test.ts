// The self-assessment quiz in a real browser: keyboard use, resuming, Back, share links in both languages,
// verdicts, broken links, two tabs, odd paths, a click before the island runs, the phone layout,
// accessibility, printing, the page without JavaScript and the JavaScript budget.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { loadContentData } from '../../src/build/content/data-files';
import { inlineScriptBodies } from '../../src/build/security/csp';
import { axeViolations, DIST, connectBrowser, visit, settle } from './browser';

const baseUrl = inject('baseUrl');
const { quiz } = loadContentData('content');
const N = quiz.items.length;
const NARROW = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

const browser = await connectBrowser();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: WIDE, ...options });
  const page = await context.newPage();
  await visit(page, new URL(path, baseUrl).href, options);
  return page;
}

/** An answer per item from a rule per role: `pattern(smm, cm)` gives item i the answer for its role. */
function pattern(smm: (i: number) => number, cm: (i: number) => number): number[] {
  let s = 0;
  let c = 0;
  return quiz.items.map((item) => (item.role === 'smm' ? smm(s++) : cm(c++)));
}

const runner = (page: Page) => page.locator('.quiz-runner');
const stepHeading = (page: Page) => page.locator('#quiz-step-heading');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Answers the items on the current step with the mouse (answer 0 = "no answer"). */
async function answerStep(page: Page, answers: readonly number[]) {
  await stepHeading(page).waitFor();
  const fieldsets = runner(page).locator('fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const legend = await fieldsets.nth(i).locator('legend .number').innerText();
    const index = Number.parseInt(legend, 10) - 1;
    if (answers[index]) await fieldsets.nth(i).locator(`input[value="${answers[index]}"]`).check();
  }
}

/** Starts (or continues) and answers every remaining step, then shows the result (0: left open). */
async function completeQuiz(page: Page, answers: readonly number[]) {
  const start = runner(page).getByRole('button', { name: /^(Test starten|Start the quiz)$/ });
  if (await start.isVisible()) await start.click();
  const skip = runner(page).getByRole('button', { name: /^(Trotzdem weiter|Go on anyway)$/ });
  for (let guard = 0; guard <= N; guard++) {
    await stepHeading(page).waitFor();
    await answerStep(page, answers);
    const finish = runner(page).getByRole('button', { name: /^(Ergebnis anzeigen|Show my result)$/ });
    const last = await finish.isVisible();
    await (last ? finish : runner(page).getByRole('button', { name: /^(Weiter|Next)$/ })).click();
    // Open questions on the step: the quiz says so first, and a second press goes on.
    if (await skip.isVisible()) await skip.click();
    if (last) break;
  }
  await page.locator('#quiz-result-heading').waitFor();
}

/** What a result shows, independent of the language: verdict and the numbers of the bars. */
async function resultFacts(page: Page) {
  return {
    verdict: await page.locator('.verdict').getAttribute('data-verdict'),
    scores: (await page.locator('.bars.large .value').allInnerTexts()).map((t) => t.match(/\d+/)?.[0] ?? t),
    facets: await page.locator('.bars:not(.large) .value').allInnerTexts(),
    drivers: await page.locator('.drivers li').count(),
  };
}

const SMM_CLEAR = pattern(
  () => 5,
  () => 1,
);
const CM_CLEAR = pattern(
  () => 1,
  () => 5,
);
const BOTH = pattern(
  (i) => [5, 3, 4][i % 3]!,
  (i) => [4, 5, 3][i % 3]!,
);
const NEITHER = pattern(
  () => 2,
  (i) => (i % 2 ? 2 : 1),
);
const LEAN_CM = pattern(
  (i) => (i % 2 ? 3 : 4),
  (i) => (i % 3 ? 5 : 4),
);

describe('taking the quiz', () => {
  it('can be completed with the keyboard alone, with focus on each new question', async () => {
    const page = await open('/quiz/', { viewport: NARROW });
    // Tab to the start button like a keyboard user would.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === 'Test starten') break;
    }
    await page.keyboard.press('Enter');
    // The island starts on this first use (focus on the button), so the first question may take a moment.
    await stepHeading(page).waitFor();
    for (let index = 0; index < N; index++) {
      await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage ${index + 1} von ${N}`);
      expect(await focusedId(page)).toBe('quiz-step-heading');
      // Tab into the radio group, Space picks the first step of the scale, arrow keys move along it.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      await page.keyboard.press('Space');
      for (let step = 1; step < SMM_CLEAR[index]!; step++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // Back
      await page.keyboard.press('Tab'); // Next / Show result
      await page.keyboard.press('Enter');
    }
    await page.locator('#quiz-result-heading').waitFor();
    expect(await focusedId(page)).toBe('quiz-result-heading');
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('clear-smm');
    expect(new URL(page.url()).searchParams.get('a')).toBe(SMM_CLEAR.join(''));
    const saved = await page.evaluate((key) => localStorage.getItem(key), `rollenklar.quiz.v${quiz.version}`);
    expect(JSON.parse(saved!)).toMatchObject({ v: quiz.version, a: SMM_CLEAR.join(''), p: N });
  });

  it('groups four questions per step on wide screens and one on narrow ones', async () => {
    const page = await open('/quiz/');
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    expect(await stepHeading(page).innerText()).toBe(`Fragen 1 bis 4 von ${N}`);
    expect(await runner(page).locator('fieldset').count()).toBe(4);
    expect(await page.locator('progress').getAttribute('max')).toBe(String(N));
    await page.setViewportSize(NARROW);
    await expect.poll(() => runner(page).locator('fieldset').count()).toBe(1);
    expect(await stepHeading(page).innerText()).toBe(`Frage 1 von ${N}`);
  });

  it('keeps every answer across a reload and continues where the visitor left off', async () => {
    const page = await open('/quiz/');
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    for (let step = 0; step < 2; step++) {
      await answerStep(page, LEAN_CM);
      await runner(page).getByRole('button', { name: 'Weiter' }).click();
    }
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Fragen 9 bis 12 von ${N}`);
    await runner(page).locator('fieldset').first().locator(`input[value="${LEAN_CM[8]}"]`).check();

    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await expect.poll(() => runner(page).innerText()).toContain(`9 von ${N} Fragen beantwortet`);
    await runner(page).getByRole('button', { name: 'Weitermachen' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Fragen 9 bis 12 von ${N}`);
    expect(await focusedId(page)).toBe('quiz-step-heading');
    expect(
      await runner(page).locator('fieldset').first().locator(`input[value="${LEAN_CM[8]}"]`).isChecked(),
    ).toBe(true);
    await runner(page).getByRole('button', { name: 'Zurück' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Fragen 5 bis 8 von ${N}`);
    expect(await runner(page).locator(`fieldset input[value="${LEAN_CM[4]}"]`).first().isChecked()).toBe(
      true,
    );
    await completeQuiz(page, LEAN_CM);
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('lean-cm');
  });

  it('goes back to change an answer without losing the others', async () => {
    const page = await open('/quiz/', { viewport: NARROW });
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    await runner(page).getByRole('radio', { name: 'Sehr gern' }).check();
    await runner(page).getByRole('button', { name: 'Weiter' }).click();
    await runner(page).getByRole('radio', { name: 'Eher nicht gern' }).check();
    await runner(page).getByRole('button', { name: 'Zurück' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage 1 von ${N}`);
    expect(await runner(page).getByRole('radio', { name: 'Sehr gern' }).isChecked()).toBe(true);
    await runner(page).getByRole('radio', { name: 'Gar nicht gern' }).check();
    await runner(page).getByRole('button', { name: 'Weiter' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage 2 von ${N}`);
    expect(await runner(page).getByRole('radio', { name: 'Eher nicht gern' }).isChecked()).toBe(true);
    const answers = [1, 2, ...CM_CLEAR.slice(2)];
    await completeQuiz(page, answers);
    expect(new URL(page.url()).searchParams.get('a')).toBe(answers.join(''));
    // From the result, "change answers" leads back into the questions with everything kept.
    await runner(page).getByRole('button', { name: 'Antworten ändern' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage 1 von ${N}`);
    expect(await runner(page).getByRole('radio', { name: 'Gar nicht gern' }).isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
  });

  it('reaches different verdicts with different answer patterns', async () => {
    const seen: Record<string, string | null> = {};
    for (const [name, answers] of Object.entries({ SMM_CLEAR, CM_CLEAR, BOTH, NEITHER, LEAN_CM })) {
      const page = await open('/quiz/');
      await completeQuiz(page, answers);
      seen[name] = await page.locator('.verdict').getAttribute('data-verdict');
    }
    expect(seen).toEqual({
      SMM_CLEAR: 'clear-smm',
      CM_CLEAR: 'clear-cm',
      BOTH: 'both',
      NEITHER: 'neither',
      LEAN_CM: 'lean-cm',
    });
  });

  it('explains identical answers and too few answers instead of giving a verdict', async () => {
    let page = await open('/quiz/');
    await completeQuiz(page, Array<number>(N).fill(4));
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('unclear');
    expect(await page.locator('.verdict').innerText()).toContain('fast alle Tätigkeiten gleich bewertet');
    expect(await page.locator('.verdict').innerText()).toContain('So kommst du weiter');

    page = await open('/quiz/');
    await completeQuiz(page, [5, 1, 5, ...Array<number>(N - 3).fill(0)]);
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('insufficient');
    // no empty charts and no share link full of zeros
    expect(await page.locator('.bars').count()).toBe(0);
    expect(await page.locator('#quiz-share-link').count()).toBe(0);
    await runner(page).getByRole('button', { name: 'Offene Fragen beantworten' }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Fragen 1 bis 4 von ${N}`);
  });
});

describe('sharing', () => {
  it('shows the same result from the share link in a fresh browser, in both languages', async () => {
    const page = await open('/quiz/');
    await completeQuiz(page, NEITHER);
    const own = await resultFacts(page);
    const link = await page.locator('#quiz-share-link').inputValue();
    expect(link).toBe(new URL(`/quiz/?v=${quiz.version}&a=${NEITHER.join('')}`, baseUrl).href);
    expect(await page.locator('#quiz-share-note').innerText()).toContain('Der Link enthält deine Antworten');
    // The copy button puts the link on the clipboard.
    await context!.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await runner(page).getByRole('button', { name: 'Link kopieren' }).click();
    await expect.poll(() => page.locator('#quiz-share-copy-status').innerText()).toBe('Link kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const fresh = await open(link);
    await fresh.locator('#quiz-result-heading').waitFor();
    expect(await fresh.locator('#quiz-result-heading').innerText()).toBe('Geteiltes Ergebnis');
    expect(await resultFacts(fresh)).toEqual(own);
    // no neighbouring roles without a clearly liked work style
    expect(await fresh.locator('.neighbours li').count()).toBe(0);

    // The language switch keeps the answers.
    await fresh.getByRole('link', { name: 'English' }).click();
    await fresh.waitForURL(/\/en\/quiz\/\?/);
    await fresh.locator('#quiz-result-heading').waitFor();
    expect(await fresh.getAttribute('html', 'lang')).toBe('en');
    expect(await fresh.locator('#quiz-result-heading').innerText()).toBe('Shared result');
    expect(await resultFacts(fresh)).toEqual(own);
    expect(await fresh.locator('.verdict .sentence').innerText()).toBe(
      'Going by your answers, neither role appeals to you much.',
    );
    expect(new URL(fresh.url()).searchParams.get('a')).toBe(NEITHER.join(''));
  });

  it('opens an English share link directly', async () => {
    const page = await open(`/en/quiz/?v=${quiz.version}&a=${CM_CLEAR.join('')}`);
    await page.locator('#quiz-result-heading').waitFor();
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('clear-cm');
    expect(await page.locator('.bars.large .value').allInnerTexts()).toEqual(['0 of 100', '100 of 100']);
    await runner(page).getByRole('button', { name: 'Take the quiz yourself' }).click();
    await expect.poll(() => runner(page).innerText()).toContain('Before you start');
    expect(new URL(page.url()).search).toBe('');
  });

  it.each([
    ['length', `/quiz/?v=${quiz.version}&a=${'5'.repeat(N - 1)}`, 'nicht genau eine Antwort pro Frage'],
    ['version', `/quiz/?v=999&a=${'5'.repeat(N)}`, 'Version des Tests, die diese Seite nicht kennt'],
    ['empty', `/quiz/?v=${quiz.version}&a=${'0'.repeat(N)}`, 'keine einzige Antwort'],
    ['characters', `/quiz/?v=${quiz.version}&a=${'5'.repeat(N - 1)}x`, 'keine gültigen Antworten'],
    ['characters (en)', `/en/quiz/?v=${quiz.version}&a=<script>`, 'not valid answers'],
  ])('explains a broken link (%s) and offers the quiz', async (_, path, message) => {
    const errors: string[] = [];
    context = await browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await visit(page, new URL(path, baseUrl).href);
    await page.locator('#quiz-broken-heading').waitFor();
    expect(await runner(page).innerText()).toContain(message);
    await runner(page)
      .getByRole('button', { name: /^(Den Test selbst machen|Take the quiz yourself)$/ })
      .click();
    await expect
      .poll(() =>
        runner(page)
          .getByRole('button', { name: /^(Test starten|Start the quiz)$/ })
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('starting at once', () => {
  it('keeps a click on "Test starten" made before the island has loaded, and acts on it', async () => {
    context = await browser.newContext({ viewport: NARROW });
    const page = await context.newPage();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Hold the island's code back, as a slow phone connection would.
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(new URL('/quiz/', baseUrl).href, { waitUntil: 'domcontentloaded' });
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    expect(await stepHeading(page).count()).toBe(0);
    release();
    await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage 1 von ${N}`);
  });
});

describe('two tabs (F-2, F-4)', () => {
  it('F-2: "Test starten" in an older tab does not wipe answers another tab saved', async () => {
    context = await browser.newContext({ viewport: WIDE });
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    for (const tab of [tabA, tabB]) await visit(tab, new URL('/quiz/', baseUrl).href);
    await runner(tabA).getByRole('button', { name: 'Test starten' }).click();
    await answerStep(tabA, SMM_CLEAR);
    await runner(tabA).getByRole('button', { name: 'Weiter' }).click();
    await expect.poll(() => stepHeading(tabA).innerText()).toBe(`Fragen 5 bis 8 von ${N}`);
    await answerStep(tabA, SMM_CLEAR);
    const key = `rollenklar.quiz.v${quiz.version}`;
    const stored = () =>
      tabA.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.a as string, key);
    expect(await stored()).toBe(SMM_CLEAR.slice(0, 8).join('') + '0'.repeat(N - 8));
    // Tab B still shows the intro it rendered before A answered. Pressing "Test starten" there starts its
    // island, which reads A's answers first: it either acts on the click with them or offers to continue them.
    await runner(tabB).getByRole('button', { name: 'Test starten' }).click();
    const resumeB = runner(tabB).getByRole('button', { name: 'Weitermachen' });
    await expect
      .poll(async () => (await stepHeading(tabB).count()) + (await resumeB.count()), { timeout: 15_000 })
      .toBe(1);
    if (await resumeB.count()) await resumeB.click();
    await stepHeading(tabB).waitFor();
    expect(await stored()).toBe(SMM_CLEAR.slice(0, 8).join('') + '0'.repeat(N - 8));
    // B shows A's answers on whichever step it opened.
    const firstB = Number.parseInt(await runner(tabB).locator('legend .number').first().innerText(), 10) - 1;
    expect(
      await runner(tabB)
        .locator(`fieldset`)
        .first()
        .locator(`input[value="${SMM_CLEAR[firstB]}"]`)
        .isChecked(),
    ).toBe(true);
    // A change in B reaches A, which shows it instead of writing its older state back.
    await runner(tabB).locator('fieldset').first().locator('input[value="3"]').check();
    await expect
      .poll(() => runner(tabA).innerText())
      .toContain('In einem anderen Tab wurden deine Antworten geändert');
    await runner(tabA).locator('fieldset').nth(1).locator('input[value="4"]').check();
    const expected = SMM_CLEAR.slice(0, 8);
    expected[firstB] = 3;
    expected[5] = 4; // A's step shows items 5 to 8; its second question is item 6
    expect((await stored()).slice(0, 8)).toBe(expected.join(''));
  });

  it('F-4: "delete all" on the privacy page is not undone by one more click in an open quiz tab', async () => {
    context = await browser.newContext({ viewport: WIDE });
    const quizTab = await context.newPage();
    await visit(quizTab, new URL('/quiz/', baseUrl).href);
    await runner(quizTab).getByRole('button', { name: 'Test starten' }).click();
    await answerStep(quizTab, CM_CLEAR);
    const privacy = await context.newPage();
    await visit(privacy, new URL('/datenschutz/', baseUrl).href);
    await privacy.locator('[data-delete]').click();
    await expect
      .poll(() => runner(quizTab).innerText())
      .toContain('in einem anderen Tab oder auf der Datenschutzseite gelöscht');
    await runner(quizTab).locator('fieldset').nth(1).locator('input[value="3"]').check();
    const stored = await quizTab.evaluate(
      (k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.a as string,
      `rollenklar.quiz.v${quiz.version}`,
    );
    expect(stored).toBe(`03${'0'.repeat(N - 2)}`);
  });
});

describe('odd paths (F-8)', () => {
  it('F-8: finishes on a doubled-slash path without an error, keeps the path and shares the canonical link', async () => {
    context = await browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A host that serves //quiz/ as /quiz/ (nginx and Apache merge slashes by default).
    const origin = new URL(baseUrl).origin;
    await page.route(
      (url) => url.pathname.startsWith('//quiz/'),
      async (route) => route.fulfill({ response: await route.fetch({ url: `${origin}/quiz/` }) }),
    );
    await visit(page, `${origin}//quiz/`);
    await completeQuiz(page, CM_CLEAR);
    expect(errors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('//quiz/');
    expect(new URL(page.url()).searchParams.get('a')).toBe(CM_CLEAR.join(''));
    expect(await page.locator('#quiz-share-link').inputValue()).toBe(
      `${origin}/quiz/?v=${quiz.version}&a=${CM_CLEAR.join('')}`,
    );
  });

  it('F-8: finishes on a path with a trailing index.html and keeps it', async () => {
    const errors: string[] = [];
    const page = await open('/quiz/index.html');
    page.on('pageerror', (e) => errors.push(e.message));
    await completeQuiz(page, SMM_CLEAR);
    expect(errors).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/quiz/index.html');
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await page.locator('#quiz-result-heading').waitFor();
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('clear-smm');
  });
});

describe('phone layout', () => {
  it('keeps every question inside its box and answer rows at least 44 px tall at 320 px', async () => {
    const page = await open('/quiz/', { viewport: { width: 320, height: 640 } });
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    for (let index = 0; index < N; index++) {
      await expect.poll(() => stepHeading(page).innerText()).toBe(`Frage ${index + 1} von ${N}`);
      const box = await page.evaluate(() => {
        const fieldset = document.querySelector('.quiz-runner fieldset')!.getBoundingClientRect();
        const legend = document.querySelector('.quiz-runner legend')!.getBoundingClientRect();
        const rows = [...document.querySelectorAll('.quiz-runner .option')].map((o) =>
          o.getBoundingClientRect(),
        );
        return {
          legendInside:
            legend.top >= fieldset.top + 1 && legend.right <= fieldset.right && legend.left >= fieldset.left,
          minRow: Math.min(...rows.map((r) => r.height)),
          overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      });
      expect(box, quiz.items[index]!.id).toEqual({
        legendInside: true,
        minRow: expect.any(Number),
        overflow: false,
      });
      expect(box.minRow).toBeGreaterThanOrEqual(44);
      await runner(page).locator('input[value="3"]').check();
      await runner(page).locator('button[type="submit"]').click();
    }
  });
});

describe('accessibility, print and no JavaScript', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the intro, a question and the result (${colorScheme})`, async () => {
      const page = await open('/quiz/', { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await runner(page).getByRole('button', { name: 'Test starten' }).click();
      await answerStep(page, BOTH);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize(NARROW);
      await expect.poll(() => runner(page).locator('fieldset').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize(WIDE);
      await completeQuiz(page, BOTH);
      expect(await axeViolations(page)).toEqual([]);
      const neither = await open(`/en/quiz/?v=${quiz.version}&a=${NEITHER.join('')}`, { colorScheme });
      await neither.locator('#quiz-result-heading').waitFor();
      expect(await axeViolations(neither)).toEqual([]);
      const broken = await open(`/quiz/?v=1&a=1`, { colorScheme });
      await broken.locator('#quiz-broken-heading').waitFor();
      expect(await axeViolations(broken)).toEqual([]);
    });
  }

  it('prints the result on one A4 page in both languages', async () => {
    for (const path of ['/quiz/', '/en/quiz/']) {
      const page = await open(`${path}?v=${quiz.version}&a=${LEAN_CM.join('')}`);
      await page.locator('#quiz-result-heading').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.share').isVisible()).toBe(false);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? [], path).toHaveLength(1);
    }
  });

  it('says what is needed without JavaScript and still lists every activity', async () => {
    const page = await open('/quiz/', { javaScriptEnabled: false });
    expect(await runner(page).isVisible()).toBe(false);
    const noscript = page.locator('.noscript');
    expect(await noscript.locator('.message').innerText()).toContain('braucht diese Seite JavaScript');
    const items = await noscript.locator('ol.items li').allInnerTexts();
    expect(items).toHaveLength(N);
    expect(items[0]).toContain(quiz.items[0]!.text.de);
  });
});

describe('budget', () => {
  // The shared Svelte runtime chunk holds the union of every island's features, so another island's growth
  // lands here too (docs/benchmarks.md, quiz section).
  it('loads at most 30 KB of JavaScript (gzip, Svelte runtime included), and none before first use', async () => {
    context = await browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await visit(page, new URL('/quiz/', baseUrl).href);
    // The island starts on first use: nothing of it loads before, everything once the quiz starts.
    expect(requested.filter((p) => p.includes('QuizRunner'))).toEqual([]);
    await runner(page).getByRole('button', { name: 'Test starten' }).click();
    await stepHeading(page).waitFor();
    await settle(page);
    const scripts = [...new Set(requested.filter((p) => p.endsWith('.js')))];
    const files = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(`${DIST}${p}`)).length, 0);
    // Inline scripts (theme, island loader) count too.
    const inline = inlineScriptBodies(readFileSync(`${DIST}/quiz/index.html`, 'utf8')).join('\n');
    const total = files + gzipSync(inline).length;
    console.info(
      `quiz page JavaScript: ${scripts.length} files, ${files} B gzip + inline ${gzipSync(inline).length} B`,
    );
    expect(scripts.some((p) => p.includes('QuizRunner'))).toBe(true);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });
});
