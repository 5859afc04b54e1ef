/**
 * The UI strings of both languages, and the two ways to use them: `useTranslations(locale)` on the server,
 * `pickStrings(locale, spec)` for an island (a typed subset the page passes as a prop; the island wraps it in
 * `translator` from src/lib/i18n/translate.ts). Islands import only types from here, never the dictionaries.
 */
import de from './de.json';
import en from './en.json';
import type { Locale } from '../lib/content/ids';
import { translator, type Translate } from '../lib/i18n/translate';

export type UiStrings = typeof de;
export type UiKey = keyof UiStrings;
export const UI_STRINGS: Record<Locale, UiStrings> = { de, en };

/** The translator of server-rendered components: every key. */
export type PageTranslate = Translate<UiKey>;

export function useTranslations(locale: Locale): PageTranslate {
  return translator(UI_STRINGS[locale]);
}

/** An entry of a string spec: a whole key, or a prefix ending in a dot (`'quiz.'`) for every key under it. */
export type StringEntry = UiKey | `${string}.`;

/** The keys an entry stands for. */
type KeysOf<E extends string> = E extends `${string}.` ? Extract<UiKey, `${E}${string}`> : Extract<E, UiKey>;

/**
 * Which strings an island gets: every key an `include` entry names, except those an `exclude` entry names; a
 * whole key in `include` wins over an `exclude` prefix (`'checker.form.echo'` despite `'checker.form.'`).
 * Declare it `as const` next to the feature so its key type can be named (`IslandKey<typeof SPEC>`).
 */
export interface StringSpec {
  readonly include: readonly StringEntry[];
  readonly exclude?: readonly StringEntry[];
}

type Listed<E> = E extends readonly (infer X extends string)[] ? X : never;

/** The keys a spec picks. */
export type IslandKey<S extends StringSpec> =
  Exclude<KeysOf<Listed<S['include']>>, KeysOf<Listed<S['exclude']>>> | Extract<Listed<S['include']>, UiKey>;

/** The strings a spec picks, as `pickStrings` returns them. */
export type IslandStrings<S extends StringSpec> = Pick<UiStrings, IslandKey<S>>;

const pickedBySpec = new WeakMap<StringSpec, Partial<Record<Locale, object>>>();

const matches = (entry: string, key: string) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry);

/**
 * The strings of one language a spec picks, for an island's props: only what the island shows, so a page does
 * not carry the whole dictionary. An entry that names no string throws, so a renamed key fails the build.
 */
export function pickStrings<S extends StringSpec>(locale: Locale, spec: S): IslandStrings<S> {
  // Called on every page that carries the island (the search box: every page), always with the same answer.
  const cached = pickedBySpec.get(spec)?.[locale];
  if (cached) return cached as IslandStrings<S>;
  const all: Readonly<Record<string, string>> = UI_STRINGS[locale];
  const keys = Object.keys(all);
  for (const entry of [...spec.include, ...(spec.exclude ?? [])])
    if (!keys.some((key) => matches(entry, key))) throw new Error(`No UI string matches "${entry}"`);
  const picked = keys.filter(
    (key) =>
      spec.include.includes(key as UiKey) ||
      (spec.include.some((e) => matches(e, key)) && !spec.exclude?.some((e) => matches(e, key))),
  );
  const strings = Object.fromEntries(picked.map((key) => [key, all[key]])) as IslandStrings<S>;
  pickedBySpec.set(spec, { ...pickedBySpec.get(spec), [locale]: strings });
  return strings;
}
