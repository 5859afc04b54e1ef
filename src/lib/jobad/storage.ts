/**
 * What the job-ad check keeps, and only when the visitor asks: the ad text and the chosen language, in this
 * browser's storage under one key (the privacy page lists it). A draft can also arrive in the URL fragment
 * (`#ad=…`), which browsers never send to a server.
 */
import type { Locale } from '../content/ids';

export const JOB_AD_STORAGE_KEY = 'rollenklar.jobad.draft';
const VERSION = 1;

export type LanguageChoice = Locale | 'auto';

export interface SavedAd {
  text: string;
  language: LanguageChoice;
}

export function serializeSavedAd(ad: SavedAd): string {
  return JSON.stringify({ version: VERSION, text: ad.text, language: ad.language });
}

/** The saved ad, `null` when nothing is saved, or `'invalid'` for data that is not a saved ad (tampered). */
export function parseSavedAd(raw: string | null): SavedAd | null | 'invalid' {
  if (raw === null) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return 'invalid';
    const { version, text, language } = data as Record<string, unknown>;
    if (version !== VERSION || typeof text !== 'string') return 'invalid';
    return { text, language: language === 'de' || language === 'en' ? language : 'auto' };
  } catch {
    return 'invalid';
  }
}

/** The fragment that passes a draft: `#ad=<encodeURIComponent(text)>`. */
export const AD_FRAGMENT_PREFIX = '#ad=';

export function adFragment(text: string): string {
  return `${AD_FRAGMENT_PREFIX}${encodeURIComponent(text)}`;
}

/** The ad in a URL fragment, `null` when the fragment holds none, or `'invalid'` when it cannot be decoded. */
export function adFromFragment(hash: string): string | null | 'invalid' {
  if (!hash.startsWith(AD_FRAGMENT_PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(AD_FRAGMENT_PREFIX.length).replace(/\+/g, ' '));
  } catch {
    return 'invalid';
  }
}
