/**
 * UI strings: flat dotted keys per language, `{name}` placeholders. The one placeholder filler and the one
 * translator, for pages and islands alike. This module ships to the browser (every island imports it), so it
 * holds no dictionary and stays a few lines: pages pick an island's strings with `pickStrings` (src/i18n).
 */
export type Strings = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
/** Looks up a UI string by key and fills its placeholders; `K` is the set of keys it accepts. */
export type Translate<K extends string = string> = (key: K, params?: Params) => string;

/** Fills `{name}` placeholders; a name without a value stays as written, so the gap is visible. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * The translator over a set of strings. Its key type is the set's keys, so a key the set lacks fails the type
 * check; should one slip through at run time it throws (the build renders every page and island on the server,
 * so it fails there) rather than showing the raw key to a visitor.
 */
export function translator<K extends string>(strings: Readonly<Record<K, string>>): Translate<K> {
  return (key, params) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`Missing UI string "${key}"`);
    return interpolate(template, params);
  };
}
