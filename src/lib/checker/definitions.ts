/**
 * The hiring-needs checker's contract with its data: which inputs and assumptions the model reads and their
 * option ids. `content/data/checker.yaml` is the source of truth for labels, defaults, ranges and sources.
 * Built-in fallback definitions (./fallbacks.ts) keep the model total when it is handed incomplete
 * definitions, such as the minimal test fixture; they register themselves here, so the island, which always
 * computes with the page's complete, build-validated data, does not carry them. A unit test checks that the
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

/** Fills in missing or unusable definitions; registered by ./fallbacks.ts. */
export type DefinitionMerge = (definitions?: CheckerDefinitions) => {
  inputs: InputDefinition[];
  assumptions: AssumptionDefinition[];
};
let merge: DefinitionMerge | null = null;

export function registerFallbacks(fill: DefinitionMerge): void {
  merge = fill;
}

/**
 * The input definitions the model computes with: with the fallbacks registered, every model input (from
 * `definitions` when usable, otherwise built in), then any others `definitions` has; without them, as given.
 */
export function effectiveInputs(definitions?: CheckerDefinitions): InputDefinition[] {
  return merge ? merge(definitions).inputs : [...(definitions?.inputs ?? [])];
}

/** The assumption definitions the model computes with, the same way as `effectiveInputs`. */
export function effectiveAssumptions(definitions?: CheckerDefinitions): AssumptionDefinition[] {
  return merge ? merge(definitions).assumptions : [...(definitions?.assumptions ?? [])];
}
