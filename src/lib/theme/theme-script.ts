/**
 * The one inline script of every page. It runs in <head> before the first paint, so a stored theme
 * choice never flashes, and it wires the theme toggle by event delegation (no bundle, no request).
 * Its SHA-256 hash goes into the Content-Security-Policy; change the text and the hash follows.
 */
import { createHash } from 'node:crypto';

export const THEME_STORAGE_KEY = 'rollenklar.theme';

export const THEME_SCRIPT = `(() => {
  const KEY = '${THEME_STORAGE_KEY}';
  const root = document.documentElement;
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  root.dataset.js = '';
  const isDark = () => root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(isDark())));
  document.addEventListener('DOMContentLoaded', sync);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem(KEY, next); } catch {}
    sync();
  });
})();`;

export function sha256Base64(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
