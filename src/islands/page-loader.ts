/**
 * The page loader: the one inline script of every page, and the only browser code outside the islands.
 * It is a classic script in <head>, so it runs before the first paint (a stored theme never flashes); the
 * build bundles and minifies it into the page and hashes it into the Content-Security-Policy
 * (src/build/integrations/page-loader.ts). Keep it small: every page carries it. It
 * - applies the stored theme and wires the theme toggle (event delegation: no bundle, no request);
 * - starts the search island on intent (focus on a search box, "/" or Ctrl/Cmd+K) by importing it from the
 *   URL on its own <script> tag, so reading pages load no search code until it is used;
 * - marks the section being read in a guide's contents list.
 * Anything bigger or stateful is a Svelte island (client:load, client:intent), not another loader.
 */
import { THEME_STORAGE_KEY } from '../lib/theme/theme-key';

type SearchIsland = typeof import('./search-mount');

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const islandUrl = document.currentScript!.dataset['searchIsland'];

let stored: string | null | undefined;
try {
  stored = localStorage.getItem(THEME_STORAGE_KEY);
} catch {
  // Storage blocked: follow the system setting.
}
if (stored === 'light' || stored === 'dark') root.dataset['theme'] = stored;
root.dataset['js'] = '';

const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : systemDark.matches);
const syncToggles = () =>
  document
    .querySelectorAll('[data-theme-toggle]')
    .forEach((button) => button.setAttribute('aria-pressed', String(isDark())));
systemDark.addEventListener('change', syncToggles);

const started = new WeakSet<HTMLFormElement>();
const startSearch = (form: HTMLFormElement) => {
  if (!islandUrl || started.has(form)) return;
  started.add(form);
  // The module map loads the island once however many forms start it; a failed load may be retried.
  (import(/* @vite-ignore */ islandUrl) as Promise<SearchIsland>)
    .then((island) => island.mountSearch(form))
    .catch(() => started.delete(form));
};
const find = <T extends Element>(selector: string) => document.querySelector<T>(selector);

// Listeners on the document: they work before the body is parsed. Event targets are elements, or the
// document itself (which has no `closest`).
document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest?.('[data-theme-toggle]')) return;
  const next = isDark() ? 'light' : 'dark';
  root.dataset['theme'] = next;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  syncToggles();
});

document.addEventListener('focusin', (event) => {
  const form = (event.target as Element).closest?.<HTMLFormElement>('[data-search]');
  if (form) startSearch(form);
});

// "/" (when not typing) and Ctrl/Cmd+K go to the search page's own box, else to the header's.
document.addEventListener('keydown', (event) => {
  // Whether the key was typed into a field is looked up only for "/", not for every key pressed.
  const shortcut =
    (event.key === '/' && !(event.target as Element).closest?.('input,textarea,select,[contenteditable]')) ||
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
  const input =
    shortcut &&
    (find<HTMLInputElement>('[data-inline=true] input') ?? find<HTMLInputElement>('[data-search] input'));
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

document.addEventListener('DOMContentLoaded', () => {
  syncToggles();
  // The search page starts at once only when it has a query to show; otherwise, like everywhere, on intent.
  const inline = find<HTMLFormElement>('[data-inline=true]');
  if (inline && /[?&]q=[^&]/.test(location.search)) startSearch(inline);

  // The contents list stays beside a guide's text from 64rem: mark the section being read. (Browsers fire
  // scroll events at most once a frame.)
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
  // The sections are looked up once, not on every scroll event.
  const sections = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const mark = () => {
    const current = sections.findLastIndex((section) => Number(section?.getBoundingClientRect().top) < 96);
    links.forEach((a, i) => (a.ariaCurrent = i === current ? 'location' : null));
  };
  if (links.length) addEventListener('scroll', mark);
  mark();
});
