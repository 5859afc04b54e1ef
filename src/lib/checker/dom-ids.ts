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
  summary: 'chk-summary',
  jobAds: 'chk-ads',
  company: 'chk-company',
  share: 'chk-share',
  shareUrl: 'chk-share-url',
} as const;

/** The control of an input (number field or select); radios and checkboxes share the input id as `name`. */
export const fieldId = (inputId: string) => `chk-${inputId}`;
export const fieldErrorId = (inputId: string) => `chk-${inputId}-error`;
/** What a number field's entry was read as ("= 3.000 Mitglieder"). */
export const fieldEchoId = (inputId: string) => `chk-${inputId}-echo`;
export const fieldUnknownId = (inputId: string) => `chk-${inputId}-unknown`;
export const assumptionFieldId = (assumptionId: string) => `chk-a-${assumptionId}`;
