/**
 * The hiring-needs checker (Bedarfscheck) as plain TypeScript: the model, the input state (URL and storage)
 * and the job-ad starters. No Astro or Svelte imports, so it runs in the page, in the island and in tests.
 */
export * from './definitions';
export * from './values';
export * from './model';
export * from './job-ad';
export * from './format';
export * from './strings';
export * from './view';
export * from './describe';
export * from './session';
export * from './numbers';
export * from './sync';
