/** The knowledge check core: props, seeded order, scoring, saved progress, the workflow and its rows. */
export * from './model';
export * from './storage';
export * from './session';
export * from './view';
