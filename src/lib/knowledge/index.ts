/** The knowledge check core: props, seeded order, scoring and saved progress. */
export * from './model';
export * from './storage';
export * from './session';
