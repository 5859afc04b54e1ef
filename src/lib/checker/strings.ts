/**
 * The UI strings the hiring-needs checker shows, as keys of src/i18n/{de,en}.json. The model speaks in
 * kebab-case ids (`inbound-messages`, `too-large`); UI keys are camelCase (`checker.reason.inboundMessages`).
 * `stringKey` converts one into the other, and its return type is checked against the string files: an id
 * without a string fails the type check (`astro check`, `svelte-check`), not the visitor.
 */
import type { UiKey } from '../../i18n';
import type { JobAdStringKey } from './job-ad';

/** `'coverage-seven-days'` → `'coverageSevenDays'`, as a type. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * The UI string key for a model id under a prefix.
 *
 * @example stringKey('checker.reason', 'inbound-messages') // 'checker.reason.inboundMessages'
 */
export function stringKey<P extends string, K extends string>(prefix: P, id: K): `${P}.${CamelCase<K>}` {
  return `${prefix}.${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as `${P}.${CamelCase<K>}`;
}

/** The job-ad strings `buildJobAd` asks for through `extras.translate`. */
export const JOB_AD_STRING_KEYS = [
  'checker.jobAd.hybridTitle',
  'checker.jobAd.intro',
  'checker.jobAd.introUs',
  'checker.jobAd.titles',
  'checker.jobAd.titlesSmm',
  'checker.jobAd.titlesCm',
  'checker.jobAd.titlesHybrid',
  'checker.jobAd.leadSmm',
  'checker.jobAd.leadCm',
  'checker.jobAd.leadHybrid',
  'checker.jobAd.scope',
  'checker.jobAd.scopeFull',
  'checker.jobAd.tasks',
  'checker.jobAd.kpis',
  'checker.jobAd.skills',
  'checker.jobAd.offer',
  'checker.jobAd.offerItems',
] as const satisfies readonly (JobAdStringKey & UiKey)[];

/** Strings only the server-rendered parts of the page use; the island never needs them. */
const PAGE_ONLY_PREFIXES = ['checker.page.', 'checker.method.', 'checker.form.', 'checker.assumptions.'];
/** Exceptions: server-rendered groups whose strings the island also shows. */
const ISLAND_ALSO = [
  'checker.form.resetDone',
  'checker.form.echo',
  'checker.assumptions.changed',
  'checker.assumptions.resetDone',
];

/** Whether the island needs a string: `checker.*`, without what only the server renders. */
export function isIslandStringKey(key: string): boolean {
  if (!key.startsWith('checker.')) return false;
  return ISLAND_ALSO.includes(key) || !PAGE_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** How the island's parts look up a UI string (the page passes the strings in; the island ships none). */
export type CheckerTranslate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Fills `{name}` placeholders, like `interpolate` in src/lib/i18n/translate.ts. The island keeps its own copy so
 * that the page does not fetch the shared translation chunk for three lines of code.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
