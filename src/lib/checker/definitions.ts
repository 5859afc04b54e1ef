/**
 * The hiring-needs checker's contract with its data: which inputs and assumptions the model reads, their
 * option ids, and fallback definitions. `content/data/checker.yaml` is the source of truth for labels,
 * defaults, ranges and sources; the fallbacks here only keep the model total (never throwing, never NaN)
 * when it is handed incomplete definitions, such as the minimal test fixture. A unit test checks that the
 * real data defines every id and that the fallbacks match it.
 */

/** The part of an input definition the model needs (the content schema's `checkerInput` fits it). */
export interface InputDefinition {
  readonly id: string;
  readonly kind: 'number' | 'choice' | 'multi';
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly default: number | string | readonly string[];
  readonly allowUnknown?: boolean | undefined;
  /** Number inputs only: whether decimals are allowed (hours, shares); counts are whole numbers. */
  readonly decimals?: boolean | undefined;
  readonly options?: ReadonlyArray<{ readonly id: string }> | undefined;
}

/** The part of an assumption the model needs (the content schema's `checkerAssumption` fits it). */
export interface AssumptionDefinition {
  readonly id: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /**
   * The value in the low-workload and the high-workload set of assumptions, from the sources' spread; the
   * result is shown as the range between them. Missing: the same as `value`.
   */
  readonly low?: number | undefined;
  readonly high?: number | undefined;
}

/** What the checker functions take: the `CheckerFile` from the content data, or any subset of it. */
export interface CheckerDefinitions {
  readonly inputs: readonly InputDefinition[];
  readonly assumptions?: readonly AssumptionDefinition[] | undefined;
}

export const INPUT = {
  companySize: 'company-size',
  goals: 'goals',
  channels: 'channels',
  posts: 'posts-per-week',
  inbound: 'inbound-per-day',
  space: 'community-space',
  members: 'community-members',
  activeShare: 'active-share',
  events: 'events-per-month',
  coverage: 'coverage',
  risk: 'moderation-risk',
  currentHours: 'current-hours',
} as const;
export type InputId = (typeof INPUT)[keyof typeof INPUT];

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const GOALS = [
  'reach-awareness',
  'leads-sales',
  'customer-service',
  'loyalty-retention',
  'product-feedback',
  'employer-branding',
] as const;
export type Goal = (typeof GOALS)[number];
/** Goals whose work is broadcast and campaigns: they add Social Media Manager campaign hours. */
export const SMM_GOALS: readonly Goal[] = ['reach-awareness', 'leads-sales', 'employer-branding'];
/** Goals whose work is dialogue and insight: they add Community Manager feedback-loop hours. */
export const CM_GOALS: readonly Goal[] = ['customer-service', 'loyalty-retention', 'product-feedback'];
export const SPACES = ['none', 'forum', 'discord-slack', 'social-group', 'other'] as const;
export const COVERAGES = ['office-hours', 'seven-days', 'always-on'] as const;
export type Coverage = (typeof COVERAGES)[number];
export const RISKS = ['sensitive-topics', 'regulated-industry', 'past-backlash'] as const;

export const ASSUMPTION = {
  strategyPerSizeStep: 'strategy-hours-per-size-step',
  minutesPerPost: 'minutes-per-post',
  hoursPerChannel: 'hours-per-channel',
  analyticsPerChannel: 'analytics-hours-per-channel',
  campaignPerGoal: 'campaign-hours-per-goal',
  minutesToScreen: 'minutes-to-screen-message',
  replyShare: 'share-needing-reply',
  minutesPerReply: 'minutes-per-reply',
  coverageSevenDays: 'coverage-factor-seven-days',
  coverageAlwaysOn: 'coverage-factor-always-on',
  riskFactor: 'risk-factor',
  minutesPerActiveMember: 'minutes-per-active-member-month',
  postsPerActiveMember: 'posts-per-active-member-month',
  spaceBaseHours: 'community-space-base-hours',
  hoursPerEvent: 'hours-per-event',
  feedbackShare: 'feedback-share',
  dialogueGoalHours: 'dialogue-goal-hours',
  productiveHours: 'productive-hours-per-fte',
  absenceShare: 'absence-share',
  contractHours: 'contract-hours-per-week',
  notYetThreshold: 'not-yet-threshold',
  twoRolesThreshold: 'two-roles-threshold',
  borderlineMargin: 'borderline-margin',
  hybridMinShare: 'hybrid-min-share',
} as const;
export type AssumptionId = (typeof ASSUMPTION)[keyof typeof ASSUMPTION];

const opts = (ids: readonly string[]) => ids.map((id) => ({ id }));

/** Fallback input definitions, mirroring content/data/checker.yaml. */
export const FALLBACK_INPUTS: readonly InputDefinition[] = [
  { id: INPUT.companySize, kind: 'choice', default: 'small', options: opts(COMPANY_SIZES) },
  { id: INPUT.goals, kind: 'multi', default: ['reach-awareness'], options: opts(GOALS) },
  { id: INPUT.channels, kind: 'number', min: 0, max: 50, default: 2 },
  { id: INPUT.posts, kind: 'number', min: 0, max: 1000, default: 5 },
  { id: INPUT.inbound, kind: 'number', min: 0, max: 100_000, default: 10, allowUnknown: true },
  { id: INPUT.space, kind: 'choice', default: 'none', options: opts(SPACES) },
  { id: INPUT.members, kind: 'number', min: 0, max: 10_000_000, default: 0 },
  {
    id: INPUT.activeShare,
    kind: 'number',
    min: 0,
    max: 100,
    default: 10,
    allowUnknown: true,
    decimals: true,
  },
  { id: INPUT.events, kind: 'number', min: 0, max: 200, default: 0 },
  { id: INPUT.coverage, kind: 'choice', default: 'office-hours', options: opts(COVERAGES) },
  { id: INPUT.risk, kind: 'multi', default: [], options: opts(RISKS) },
  { id: INPUT.currentHours, kind: 'number', min: 0, max: 2000, default: 0, decimals: true },
];

/** Fallback assumption values, ranges and low/high sets, mirroring content/data/checker.yaml. */
export const FALLBACK_ASSUMPTIONS: readonly AssumptionDefinition[] = [
  { id: ASSUMPTION.strategyPerSizeStep, value: 1, low: 0.5, high: 2, min: 0, max: 20 },
  { id: ASSUMPTION.minutesPerPost, value: 45, low: 30, high: 90, min: 5, max: 600 },
  { id: ASSUMPTION.hoursPerChannel, value: 1, low: 0.5, high: 2, min: 0, max: 20 },
  { id: ASSUMPTION.analyticsPerChannel, value: 0.5, low: 0.25, high: 1, min: 0, max: 20 },
  { id: ASSUMPTION.campaignPerGoal, value: 0.5, low: 0.25, high: 1, min: 0, max: 40 },
  { id: ASSUMPTION.minutesToScreen, value: 1, low: 0.25, high: 2, min: 0, max: 30 },
  { id: ASSUMPTION.replyShare, value: 40, low: 25, high: 60, min: 0, max: 100 },
  { id: ASSUMPTION.minutesPerReply, value: 6, low: 3, high: 9, min: 0.5, max: 120 },
  { id: ASSUMPTION.coverageSevenDays, value: 1.1, low: 1, high: 1.3, min: 1, max: 5 },
  { id: ASSUMPTION.coverageAlwaysOn, value: 1.2, low: 1.1, high: 1.5, min: 1, max: 10 },
  { id: ASSUMPTION.riskFactor, value: 25, low: 10, high: 50, min: 0, max: 200 },
  { id: ASSUMPTION.minutesPerActiveMember, value: 5, low: 3, high: 10, min: 0.5, max: 60 },
  { id: ASSUMPTION.postsPerActiveMember, value: 1, low: 1, high: 2, min: 0, max: 100 },
  { id: ASSUMPTION.spaceBaseHours, value: 5, low: 3, high: 10, min: 0, max: 40 },
  { id: ASSUMPTION.hoursPerEvent, value: 8, low: 4, high: 12, min: 0, max: 80 },
  { id: ASSUMPTION.feedbackShare, value: 10, low: 5, high: 15, min: 0, max: 100 },
  { id: ASSUMPTION.dialogueGoalHours, value: 1, low: 0.5, high: 2, min: 0, max: 40 },
  { id: ASSUMPTION.productiveHours, value: 32, low: 35, high: 30, min: 10, max: 60 },
  { id: ASSUMPTION.absenceShare, value: 20, low: 15, high: 23, min: 0, max: 60 },
  { id: ASSUMPTION.contractHours, value: 40, min: 10, max: 60 },
  { id: ASSUMPTION.notYetThreshold, value: 0.3, min: 0.05, max: 1 },
  { id: ASSUMPTION.twoRolesThreshold, value: 1.25, min: 0.5, max: 5 },
  { id: ASSUMPTION.borderlineMargin, value: 15, min: 0, max: 50 },
  { id: ASSUMPTION.hybridMinShare, value: 25, min: 0, max: 50 },
];

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A provided input definition the model can use as is: same kind, sane range, default within it. */
function usableInput(def: InputDefinition, fallback: InputDefinition): boolean {
  if (def.kind !== fallback.kind) return false;
  if (def.kind === 'number') {
    if (!isNum(def.default)) return false;
    if (def.min !== undefined && !isNum(def.min)) return false;
    if (def.max !== undefined && !isNum(def.max)) return false;
    if (def.min !== undefined && def.max !== undefined && def.min > def.max) return false;
    if (!def.decimals && !Number.isInteger(def.default)) return false;
    if (def.min !== undefined && def.default < def.min) return false;
    if (def.max !== undefined && def.default > def.max) return false;
    return true;
  }
  const ids = new Set((def.options ?? []).map((o) => o.id));
  if (ids.size === 0) return false;
  if (def.kind === 'choice') return typeof def.default === 'string' && ids.has(def.default);
  return Array.isArray(def.default) && def.default.every((d: unknown) => typeof d === 'string' && ids.has(d));
}

const within = (def: AssumptionDefinition, x: number | undefined) =>
  x === undefined || (isNum(x) && def.min <= x && x <= def.max);

function usableAssumption(def: AssumptionDefinition): boolean {
  return (
    isNum(def.value) &&
    isNum(def.min) &&
    isNum(def.max) &&
    def.min <= def.value &&
    def.value <= def.max &&
    within(def, def.low) &&
    within(def, def.high)
  );
}

/**
 * The input definitions the model computes with: every model input, taken from `definitions` when usable,
 * otherwise from the fallbacks. Inputs the model does not know are kept (the form may show them), after the
 * model's own.
 */
export function effectiveInputs(definitions?: CheckerDefinitions): InputDefinition[] {
  const given = new Map((definitions?.inputs ?? []).map((d) => [d.id, d] as const));
  const out: InputDefinition[] = FALLBACK_INPUTS.map((fallback) => {
    const def = given.get(fallback.id);
    return def && usableInput(def, fallback) ? def : fallback;
  });
  const known = new Set(FALLBACK_INPUTS.map((d) => d.id));
  for (const def of definitions?.inputs ?? []) if (!known.has(def.id)) out.push(def);
  return out;
}

/** The assumption definitions the model computes with, the same way as `effectiveInputs`. */
export function effectiveAssumptions(definitions?: CheckerDefinitions): AssumptionDefinition[] {
  const given = new Map((definitions?.assumptions ?? []).map((d) => [d.id, d] as const));
  const out: AssumptionDefinition[] = FALLBACK_ASSUMPTIONS.map((fallback) => {
    const def = given.get(fallback.id);
    return def && usableAssumption(def) ? def : fallback;
  });
  const known = new Set(FALLBACK_ASSUMPTIONS.map((d) => d.id));
  for (const def of definitions?.assumptions ?? [])
    if (!known.has(def.id) && usableAssumption(def)) out.push(def);
  return out;
}
