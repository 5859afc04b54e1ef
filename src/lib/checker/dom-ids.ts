/**
 * Element ids shared by the server-rendered parts of the checker (the form and the assumptions table) and the
 * island that brings them to life. Changing one here changes both sides.
 */
export const CHECKER_IDS = {
  form: 'chk-form',
  fields: 'chk-fields',
  resetInputs: 'chk-reset',
  notices: 'chk-notices',
  assumptions: 'chk-assumptions',
  assumptionStatus: 'chk-a-status',
  resetAssumptions: 'chk-a-reset-all',
  resultHeading: 'chk-result-heading',
  chartCaption: 'chk-chart-caption',
  summary: 'chk-summary',
  jobAds: 'chk-ads',
  share: 'chk-share',
  shareUrl: 'chk-share-url',
} as const;

/**
 * Ids only the server-rendered parts use among themselves (headings, help texts). Kept apart from
 * `CHECKER_IDS` so the island's bundle does not carry them.
 */
export const CHECKER_PAGE_IDS = {
  formHeading: 'chk-form-heading',
  assumptionsHeading: 'chk-assumptions-heading',
  jobAdsHeading: 'chk-ads-heading',
  company: 'chk-company',
  companyHelp: 'chk-company-help',
  shareHeading: 'chk-share-heading',
  shareCopy: 'chk-share-copy',
} as const;

/** The control of an input (number field or select); radios and checkboxes share the input id as `name`. */
export const fieldId = (inputId: string) => `chk-${inputId}`;
export const fieldErrorId = (inputId: string) => `chk-${inputId}-error`;
export const fieldHelpId = (inputId: string) => `chk-${inputId}-help`;
export const fieldUnitId = (inputId: string) => `chk-${inputId}-unit`;
/** One radio button or checkbox of a choice. */
export const fieldOptionId = (inputId: string, optionId: string) => `chk-${inputId}-${optionId}`;
/** What a number field's entry was read as ("= 3.000 Mitglieder"). */
export const fieldEchoId = (inputId: string) => `chk-${inputId}-echo`;
export const fieldUnknownId = (inputId: string) => `chk-${inputId}-unknown`;
export const assumptionFieldId = (assumptionId: string) => `chk-a-${assumptionId}`;
export const assumptionLabelId = (assumptionId: string) => `chk-a-${assumptionId}-label`;
export const assumptionUnitId = (assumptionId: string) => `chk-a-${assumptionId}-unit`;
export const assumptionRangeId = (assumptionId: string) => `chk-a-${assumptionId}-range`;
export const assumptionErrorId = (assumptionId: string) => `chk-a-${assumptionId}-error`;
/** A job-ad draft's title, and its copy controls by format (`text`, `md`). */
export const jobAdTitleId = (kind: string) => `chk-ad-${kind}-title`;
export const jobAdCopyId = (kind: string, format: 'text' | 'md') => `chk-ad-${kind}-${format}`;
