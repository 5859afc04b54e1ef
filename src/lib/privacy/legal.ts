/**
 * The legal data behind the imprint and the privacy page (content/data/site.yaml): which fields a published
 * site must have, and the release check. A normal build (and CI) works with the fields unset, and the pages
 * say plainly what is missing; a release build (`ROLLENKLAR_RELEASE=1`) fails instead, naming every field.
 */
import type { SiteFile } from '../../build/content/schemas';

export const SITE_DATA_FILE = 'content/data/site.yaml';
export const RELEASE_ENV = 'ROLLENKLAR_RELEASE';

type Section = 'operator' | 'contentResponsible' | 'hosting' | 'supervisoryAuthority';

/** What the imprint (DDG § 5, MStV § 18) and the privacy notice (GDPR Art. 13) cannot do without. */
export const REQUIRED_FOR_RELEASE: ReadonlyArray<readonly [Section, string]> = [
  ['operator', 'name'],
  ['operator', 'street'],
  ['operator', 'postalCode'],
  ['operator', 'city'],
  ['operator', 'country'],
  ['operator', 'email'],
  ['contentResponsible', 'name'],
  ['hosting', 'name'],
  ['hosting', 'address'],
  ['supervisoryAuthority', 'name'],
  ['supervisoryAuthority', 'url'],
];

const unset = (value: unknown) => value === null || value === undefined || value === '';

/** The required fields still unset, as `section.field`. */
export function missingLegalFields(site: SiteFile): string[] {
  return REQUIRED_FOR_RELEASE.filter(([section, field]) =>
    unset((site[section] as Record<string, unknown>)[field]),
  ).map(([section, field]) => `${section}.${field}`);
}

export function isReleaseBuild(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env[RELEASE_ENV];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Throws in a release build while legal data is missing; returns the missing fields otherwise. */
export function checkLegalData(
  site: SiteFile,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const missing = missingLegalFields(site);
  if (missing.length > 0 && isReleaseBuild(env)) {
    throw new Error(
      `${SITE_DATA_FILE}: a release build (${RELEASE_ENV}=1) needs the imprint and privacy details; ` +
        `missing: ${missing.join(', ')}. Fill them in, or build without ${RELEASE_ENV} for a preview.`,
    );
  }
  return missing;
}

/** The operator's postal address as lines (street; postcode and city; country), empty parts left out. */
export function operatorAddress(operator: SiteFile['operator']): string[] {
  return [
    operator.street,
    [operator.postalCode, operator.city].filter(Boolean).join(' '),
    operator.country,
  ].filter((line): line is string => Boolean(line));
}
