export * from './analyze';
export * from './flags';
export * from './language';
export { headingSection, segmentAd, type Segment, type SectionKind } from './segment';
