/**
 * The ids the content schemas and the browser code share, in one zod-free module: importing them from
 * `schemas.ts` would ship zod to the client.
 */
/** The site's languages; German is the default (served without a prefix). */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLE_IDS = ['smm', 'cm'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** The work styles (facets) quiz items are tagged with, in the profile's display order. */
export const FACETS = [
  'strategy',
  'content',
  'analytics',
  'trends',
  'dialogue',
  'moderation',
  'programmes',
  'insight',
] as const;
