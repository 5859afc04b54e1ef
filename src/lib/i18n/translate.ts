/** UI strings: flat dotted keys per language, `{name}` placeholders. */
export type Strings = Readonly<Record<string, string>>;

export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** A missing key throws, so a page using an unknown string fails the build instead of showing the key. */
export function createTranslator(strings: Strings, locale: string) {
  return function t(key: string, params?: Readonly<Record<string, string | number>>): string {
    const template = strings[key];
    if (template === undefined) throw new Error(`Missing UI string "${key}" for locale "${locale}"`);
    return interpolate(template, params);
  };
}
