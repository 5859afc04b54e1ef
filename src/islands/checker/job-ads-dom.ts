/**
 * The job-ad drafts the page renders (src/components/checker/CheckerJobAds.svelte), brought to life by the
 * island: which drafts the result calls for and in what order, the hours and the company's name filled in,
 * the link to the job-ad check kept in step, copying (with a box for copying by hand where the clipboard is
 * unavailable) and printing one draft alone. What is copied is read back from the page, so the copy is
 * always what the visitor sees.
 */
import { formatJobAd, jobAdIntro, jobAdScope, type JobAd, type JobAdFormat } from '../../lib/checker/job-ad';
import { CHECKER_IDS } from '../../lib/checker/dom-ids';
import type { Hire } from '../../lib/checker/model';
import type { CheckerTranslate } from '../../lib/checker/strings';
import type { Locale } from '../../lib/content/ids';
import { copyWithFallback } from './copy';
import { listen } from './listen';

const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

/** The draft as the page shows it, read back from its markup. */
export function readJobAd(article: Element): JobAd {
  const scope = article.querySelector<HTMLElement>('[data-scope]');
  return {
    title: text(article.querySelector('h3')),
    titles: text(article.querySelector('[data-titles]')),
    intro: text(article.querySelector('[data-intro]')),
    summary: text(article.querySelector('[data-summary]')),
    scope: scope && !scope.hidden ? text(scope) : null,
    sections: [...article.querySelectorAll('h4')].map((heading) => ({
      heading: text(heading),
      items: [...(heading.nextElementSibling?.children ?? [])].map((li) => {
        const detail = li.querySelector('span');
        return detail
          ? { title: text(li.querySelector('strong')).replace(/:$/, ''), text: text(detail) }
          : { title: text(li), text: null };
      }),
    })),
  };
}

/**
 * Shows the drafts for these hires (none: the "not yet" note), in their order, with their timing, hours
 * and the company's name; the check links carry the drafts' current text. `null`: no result, no drafts.
 */
export function showJobAds(
  hires: readonly Pick<Hire, 'role' | 'timing' | 'hours'>[] | null,
  company: string,
  locale: Locale,
  t: CheckerTranslate,
): void {
  const section = document.getElementById(CHECKER_IDS.jobAds);
  section?.toggleAttribute('data-shown', hires !== null);
  const list = section?.querySelector<HTMLElement>('[data-ad-list]');
  if (!section || !list || !hires) return;
  const none = hires.length === 0;
  for (const selector of ['[data-company]', '[data-ad-list]'])
    section.querySelector<HTMLElement>(selector)?.toggleAttribute('hidden', none);
  section.querySelector<HTMLElement>('[data-none]')?.toggleAttribute('hidden', !none);
  const wanted = hires.map((hire) => list.querySelector<HTMLElement>(`[data-ad="${hire.role}"]`));
  // Reorder only when needed: moving an element that holds the focus would drop it.
  if (wanted.some((article, i) => article && list.children[i] !== article))
    for (const article of [...wanted].reverse()) if (article) list.prepend(article);
  for (const article of list.querySelectorAll<HTMLElement>('[data-ad]')) {
    const i = wanted.indexOf(article);
    const hire = hires[i];
    article.hidden = !hire;
    if (!hire) continue;
    const timing = article.querySelector<HTMLElement>('[data-timing]');
    if (timing) {
      timing.dataset['timing'] = hire.timing;
      timing.textContent = t(hire.timing === 'now' ? 'checker.hire.now' : 'checker.hire.covered');
    }
    const intro = article.querySelector('[data-intro]');
    if (intro) intro.textContent = jobAdIntro(text(article.querySelector('h3')), { translate: t, company });
    const scope = article.querySelector<HTMLElement>('[data-scope]');
    const scopeText = jobAdScope(hire.hours, locale, t);
    if (scope) {
      scope.hidden = scopeText === null;
      scope.firstElementChild!.textContent = scopeText ?? '';
    }
    const check = article.querySelector<HTMLAnchorElement>('[data-check]');
    // As adFragment() in src/lib/jobad/storage.ts writes it (a test holds them together); importing it would
    // add the job-ad check's storage module to this page's scripts.
    if (check)
      check.href =
        check.href.replace(/#.*$/, '') + '#ad=' + encodeURIComponent(formatJobAd(readJobAd(article), 'text'));
  }
}

/** Wires copying, printing one draft and the company field; returns what removes the listeners. */
export function wireJobAds(t: CheckerTranslate, onCompany: (name: string) => void): () => void {
  const section = document.getElementById(CHECKER_IDS.jobAds);
  if (!section) return () => {};
  const root = document.documentElement;
  let opened: HTMLDetailsElement[] = [];
  const onClick = (event: Event) => {
    const button = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-copy], [data-print]');
    if (!button) return;
    const article = button.closest('[data-ad]');
    if (!article) return;
    const format = button.dataset['copy'] as JobAdFormat | undefined;
    if (format) return void copyWithFallback(button, formatJobAd(readJobAd(article), format), t);
    // Prints one draft alone: the page's print styles hide everything else while `data-print="ad"` is set.
    article.classList.add('print-target');
    root.dataset['print'] = 'ad';
    window.print();
  };
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'text') onCompany(input.value);
  };
  // Printing shows every draft in full: closed previews open for the print and close again afterwards.
  const before = () => {
    opened = [...section.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    delete root.dataset['print'];
    for (const article of section.querySelectorAll('.print-target')) article.classList.remove('print-target');
  };
  return listen([
    [section, 'click', onClick],
    [section, 'input', onInput],
    [window, 'beforeprint', before],
    [window, 'afterprint', after],
  ]);
}
