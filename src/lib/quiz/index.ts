/** The self-assessment quiz core: types, scoring, share link, saved progress and navigation helpers. */
export * from './types';
export * from './scoring';
export * from './share';
export * from './storage';
export * from './session';
export * from './navigation';
export * from './messages';
export * from './runner';
export * from './simulation';
