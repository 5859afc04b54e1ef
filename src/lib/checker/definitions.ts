/**
 * The hiring-needs checker's contract with its data: which inputs and assumptions the model reads and their
 * option ids. `content/data/checker.yaml` is the source of truth for labels, defaults, ranges and sources;
 * its schema requires exactly these ids, kinds and options, so the model always gets complete definitions.
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
  readonly assumptions: readonly AssumptionDefinition[];
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
export const RISKS = ['sensitive-topics', 'regulated-industry', 'past-backlash'] as const;

/**
 * What the model reads of each input: its kind and, for choices, exactly the option ids it knows. The content
 * schema holds `content/data/checker.yaml` to this. Keyed by the ids themselves (the type checks them against
 * `INPUT`): computed `[INPUT.x]` keys would stay in the checker island's bundle as dead property reads.
 */
export const INPUT_CONTRACT: Readonly<
  Record<InputId, { kind: InputDefinition['kind']; options?: readonly string[] }>
> = {
  'company-size': { kind: 'choice', options: COMPANY_SIZES },
  goals: { kind: 'multi', options: GOALS },
  channels: { kind: 'number' },
  'posts-per-week': { kind: 'number' },
  'inbound-per-day': { kind: 'number' },
  'community-space': { kind: 'choice', options: SPACES },
  'community-members': { kind: 'number' },
  'active-share': { kind: 'number' },
  'events-per-month': { kind: 'number' },
  coverage: { kind: 'choice', options: COVERAGES },
  'moderation-risk': { kind: 'multi', options: RISKS },
  'current-hours': { kind: 'number' },
};

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
