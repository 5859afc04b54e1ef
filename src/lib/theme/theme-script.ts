/**
 * The one inline script of every page. It runs in <head> before the first paint, so a stored theme
 * choice never flashes, and it wires the theme toggle by event delegation (no bundle, no request).
 * Its SHA-256 hash goes into the Content-Security-Policy; change the text and the hash follows.
 */
import { createHash } from 'node:crypto';

export const THEME_STORAGE_KEY = 'rollenklar.theme';

// Written compact because every page carries it inline (about 0.3 KB gzip instead of 0.46): K is the storage
// key, r the root element, m the dark-scheme query, d() whether dark is in effect, y() syncs aria-pressed.
export const THEME_SCRIPT =
  `(()=>{const K='${THEME_STORAGE_KEY}',r=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');` +
  `let s=null;try{s=localStorage.getItem(K)}catch{}if(s==='light'||s==='dark')r.dataset.theme=s;r.dataset.js='';` +
  `const d=()=>r.dataset.theme?r.dataset.theme==='dark':m.matches,` +
  `y=()=>document.querySelectorAll('[data-theme-toggle]').forEach(b=>b.setAttribute('aria-pressed',String(d())));` +
  `document.addEventListener('DOMContentLoaded',y);m.addEventListener('change',y);` +
  `document.addEventListener('click',e=>{if(!(e.target instanceof Element)||!e.target.closest('[data-theme-toggle]'))return;` +
  `const n=d()?'light':'dark';r.dataset.theme=n;try{localStorage.setItem(K,n)}catch{}y()})})();`;

export function sha256Base64(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
