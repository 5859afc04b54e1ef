/**
 * What the job-ad check shows when its island starts, decided without a browser: what the visitor typed into
 * the page's controls before the island ran (it starts on first use), a saved ad, and a draft passed in the
 * URL fragment. Order: a saved ad wins over typed text (with saved data the island starts at once, before
 * anyone can type); a draft in the fragment wins over both.
 */
import { adFromFragment, parseSavedAd, type LanguageChoice } from './storage';

/** Element ids of the job-ad form, shared by the island's markup and the code that reads it at start. */
export const JOB_AD_IDS = {
  text: 'jobad-text',
  language: 'jobad-language',
  keep: 'jobad-keep',
  messages: 'jobad-input-messages',
  resultHeading: 'jobad-result-heading',
} as const;

/** What the form's controls hold. */
export interface JobAdControls {
  text: string;
  language: LanguageChoice;
  /** "Keep this ad in this browser" is ticked. */
  keep: boolean;
}

export type JobAdNotice = 'savedInvalid' | 'restored' | 'fragment' | 'fragmentInvalid';

export interface JobAdStart {
  controls: JobAdControls;
  /** Notices to show, in order (their text is `jobad.message.<notice>`). */
  notices: JobAdNotice[];
  /** The saved data is not a saved ad (tampered): delete it. */
  discardSaved: boolean;
  /** The fragment carried a draft (readable or not): remove it from the address. */
  fragmentRead: boolean;
}

export const EMPTY_CONTROLS: JobAdControls = { text: '', language: 'auto', keep: false };

const isLanguage = (value: string): value is LanguageChoice =>
  value === 'auto' || value === 'de' || value === 'en';

/** Controls as read from the page; anything unexpected falls back to the empty form. */
export function typedControls(text: unknown, language: unknown, keep: unknown): JobAdControls {
  return {
    text: typeof text === 'string' ? text : '',
    language: typeof language === 'string' && isLanguage(language) ? language : 'auto',
    keep: keep === true,
  };
}

/** A draft in the URL fragment: its text, `'invalid'` when it cannot be decoded, `null` when there is none. */
export function fragmentDraft(
  hash: string,
): { text: string; notice: 'fragment' } | { notice: 'fragmentInvalid' } | null {
  const draft = adFromFragment(hash);
  if (draft === null) return null;
  return draft === 'invalid' ? { notice: 'fragmentInvalid' } : { text: draft, notice: 'fragment' };
}

export function planJobAdStart(input: {
  /** What the visitor entered before the island ran. */
  typed: JobAdControls;
  /** The raw saved value (null: nothing saved or storage unavailable). */
  saved: string | null;
  /** `location.hash`. */
  hash: string;
}): JobAdStart {
  const saved = parseSavedAd(input.saved);
  const notices: JobAdNotice[] = [];
  let controls = input.typed;
  if (saved === 'invalid') notices.push('savedInvalid');
  else if (saved) controls = { text: saved.text, language: saved.language, keep: true };
  const draft = fragmentDraft(input.hash);
  if (draft) {
    notices.push(draft.notice);
    if ('text' in draft) controls = { ...controls, text: draft.text };
  } else if (saved && saved !== 'invalid') notices.push('restored');
  return { controls, notices, discardSaved: saved === 'invalid', fragmentRead: draft !== null };
}
