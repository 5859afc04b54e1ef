/**
 * `client:intent` starts an island when the visitor shows intent, not while the page loads: on the first
 * focus, press or input in the island or in the regions it watches. Until then the island shows what the
 * server rendered (for the hiring check: a note that the result appears once an answer is given). It starts at
 * once when there is state to restore (a query string, saved data under `storageKey`, or a URL fragment
 * starting with `fragment`).
 * Controls the page renders disabled for visitors without JavaScript (`enable`) become usable at once, and
 * using one of them is the intent that starts the island, which then reads what the visitor entered.
 * A tool page that is only being read then costs no script work, and a long start-up task stays off the
 * main thread until the tool is really used.
 */
import type { ClientDirective } from 'astro';

export interface IntentOptions {
  /** CSS selectors of regions outside the island whose use should start it. */
  watch?: string[];
  /** CSS selector of controls rendered disabled that JavaScript makes usable. */
  enable?: string;
  /** localStorage key whose presence means there is saved state to restore at once. */
  storageKey?: string;
  /** Start of a URL fragment (`#ad=`) that carries state to restore at once. */
  fragment?: string;
}

const INTENT_EVENTS = ['focusin', 'pointerdown', 'input'] as const;

const intent: ClientDirective = (load, options, el) => {
  const opts: IntentOptions = typeof options.value === 'object' && options.value ? options.value : {};
  const regions: HTMLElement[] = [];
  // A click that arrives while the island is still starting (a press on one of its buttons is what started
  // it) would find no handler yet; it is replayed once the island runs.
  let pendingClick: HTMLElement | null = null;
  const rememberClick = (event: Event) => {
    if (event.target instanceof HTMLElement && el.contains(event.target)) pendingClick = event.target;
  };
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const region of regions) for (const type of INTENT_EVENTS) region.removeEventListener(type, start);
    el.addEventListener('click', rememberClick, true);
    const hydrate = await load();
    await hydrate();
    el.removeEventListener('click', rememberClick, true);
    if (pendingClick?.isConnected) pendingClick.click();
  };
  const watch = (region: HTMLElement) => {
    regions.push(region);
    for (const type of INTENT_EVENTS) region.addEventListener(type, start);
  };

  let saved = false;
  try {
    saved = Boolean(opts.storageKey && localStorage.getItem(opts.storageKey) !== null);
  } catch {
    // Storage blocked: nothing saved to restore.
  }
  if (location.search || saved || (opts.fragment && location.hash.startsWith(opts.fragment))) void start();
  else watch(el);

  // The directive runs while the page is still being parsed: what comes after the island (the checker's
  // assumptions table) exists only once parsing is done.
  const afterParsing = () => {
    if (opts.enable)
      for (const control of document.querySelectorAll(opts.enable)) control.removeAttribute('disabled');
    if (!started)
      for (const selector of opts.watch ?? [])
        for (const region of document.querySelectorAll<HTMLElement>(selector)) watch(region);
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', afterParsing, { once: true });
  else afterParsing();
};

export default intent;
