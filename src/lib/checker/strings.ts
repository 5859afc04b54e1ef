/**
 * The UI strings the hiring-needs checker shows, as keys of src/i18n/{de,en}.json. The model speaks in
 * kebab-case ids (`inbound-messages`, `too-large`); UI keys are camelCase (`checker.reason.inboundMessages`).
 * `stringKey` converts one into the other, and its return type is checked against the string files: an id
 * without a string fails the type check (`astro check`, `svelte-check`), not the visitor.
 */
import type { IslandKey, IslandStrings, UiKey } from '../../i18n';
import type { Translate } from '../i18n/translate';
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

/**
 * The island's strings: `checker.*` without what only the server-rendered parts of the page use (the page top,
 * the method, the form, the assumptions table), except the few of those the island also shows.
 */
export const CHECKER_STRINGS = {
  include: [
    'checker.',
    'checker.form.resetDone',
    'checker.form.echo',
    'checker.assumptions.changed',
    'checker.assumptions.resetDone',
  ],
  exclude: ['checker.page.', 'checker.method.', 'checker.form.', 'checker.assumptions.'],
} as const;
export type CheckerKey = IslandKey<typeof CHECKER_STRINGS>;
export type CheckerStrings = IslandStrings<typeof CHECKER_STRINGS>;

/** The strings of the copy button, which the quiz's share link uses too (with its own words). */
export type CopyKey = 'checker.copy.done' | 'checker.copy.failed' | 'checker.copy.fallbackLabel';

/** How the island's parts look up a UI string (the page passes the strings in; the island ships none). */
export type CheckerTranslate = Translate<CheckerKey>;
