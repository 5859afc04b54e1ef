/**
 * Copying for the page's copy buttons (src/components/checker/CopyControl.svelte): puts a text on the
 * clipboard and says so; where the clipboard is unavailable (no permission, an insecure page, an old browser),
 * shows the text selected in the box beside the button for copying by hand.
 */
import type { CheckerTranslate } from '../../lib/checker/strings';

const COPIED_FOR_MS = 5000;

export async function copyWithFallback(button: HTMLElement, value: string, t: CheckerTranslate) {
  const status = button.nextElementSibling;
  const fallback = button.parentElement?.nextElementSibling as HTMLElement | null | undefined;
  const area = fallback?.querySelector('textarea');
  if (!status || !fallback || !area) return;
  const done = t('checker.copy.done');
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(value);
    fallback.hidden = true;
    status.textContent = done;
    setTimeout(() => status.textContent === done && (status.textContent = ''), COPIED_FOR_MS);
  } catch {
    status.textContent = t('checker.copy.failed');
    fallback.hidden = false;
    area.value = value;
    area.focus();
    area.select();
  }
}
