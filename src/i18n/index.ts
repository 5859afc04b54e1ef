import de from './de.json';
import en from './en.json';
import type { Locale } from '../lib/content/schemas';
import { createTranslator, type Strings } from '../lib/i18n/translate';

export type UiKey = keyof typeof de;
export const UI_STRINGS: Record<Locale, Strings> = { de, en };

export function useTranslations(locale: Locale) {
  const t = createTranslator(UI_STRINGS[locale], locale);
  return (key: UiKey, params?: Readonly<Record<string, string | number>>) => t(key, params);
}
