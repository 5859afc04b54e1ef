export * from './analyze';
export * from './flags';
export * from './language';
export { headingSection, segmentAd, type Segment, type SectionKind } from './segment';
export * from './storage';
export { PAY_TRANSPARENCY_SOURCES } from './sources';
export * from './view';
export * from './start';
