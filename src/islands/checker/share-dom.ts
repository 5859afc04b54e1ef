/**
 * The share section the page renders under the result (src/components/checker/CheckerShare.svelte): shown with
 * the result, its link kept current, its copy and print buttons wired.
 */
import { CHECKER_IDS } from '../../lib/checker/dom-ids';
import type { CheckerTranslate } from '../../lib/checker/strings';
import { copyWithFallback } from './copy';
import { listen } from './listen';

/** Shows the share section with a result (hides it without one) and writes the link into it. */
export function showShare(shown: boolean, url: string): void {
  document.getElementById(CHECKER_IDS.share)?.toggleAttribute('data-shown', shown);
  const field = document.getElementById(CHECKER_IDS.shareUrl) as HTMLInputElement | null;
  if (field) field.value = url;
}

/** Wires copying the link (read at the moment of the click) and printing; returns the unwiring. */
export function wireShare(url: () => string, t: CheckerTranslate): () => void {
  const share = document.getElementById(CHECKER_IDS.share);
  const onClick = (event: Event) => {
    const button = (event.target as HTMLElement | null)?.closest<HTMLElement>('button');
    if (button?.dataset['copy']) void copyWithFallback(button, url(), t);
    else if (button?.hasAttribute('data-print')) window.print();
  };
  return listen([[share, 'click', onClick]]);
}
