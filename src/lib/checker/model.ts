/**
 * The hiring-needs model: from the company's inputs and the named assumptions to hours per week per task area,
 * full-time equivalents, a verdict with the point at which to split, reasons, the gap to the hours already
 * worked and the order of hires. Pure functions; every number in the result is finite and at least 0,
 * whatever the inputs.
 */
import type { RoleId } from '../content/schemas';
import {
  ASSUMPTION,
  COMPANY_SIZES,
  CM_GOALS,
  FALLBACK_ASSUMPTIONS,
  INPUT,
  SMM_GOALS,
  effectiveAssumptions,
  effectiveInputs,
  type AssumptionId,
  type CheckerDefinitions,
  type InputDefinition,
} from './definitions';
import { parseNumber, validateAssumption, validateValue, type CheckerValue } from './values';

export type Range = readonly [low: number, high: number];
export type Verdict = 'smm-first' | 'cm-first' | 'both' | 'hybrid';

/** Social Media Manager task areas, hours per week. */
export interface SmmHours {
  /** Strategy and alignment with the rest of the organisation. */
  strategy: number;
  /** Content planning and production, and looking after each channel. */
  content: number;
  /** Analytics and monitoring. */
  analytics: number;
  /** Campaigns and paid social. */
  campaigns: number;
}

/** Community Manager task areas, hours per week. */
export interface CmHours {
  /** Replies and moderation (inbound messages, community posts), including coverage and risk. */
  replies: number;
  /** Community programmes and events, platform care. */
  programmes: number;
  /** Relationships with members. */
  relationships: number;
  /** The feedback loop into the company. */
  feedback: number;
}

export type ReasonKey =
  | 'inbound-messages'
  | 'community-members'
  | 'community-space'
  | 'events'
  | 'coverage-seven-days'
  | 'coverage-always-on'
  | 'moderation-risk'
  | 'feedback-loop'
  | 'posts'
  | 'channels'
  | 'company-size'
  | 'campaign-goals';

/** One reason behind the result; the UI renders `checker.reason.<key>` with `params`. */
export interface Reason {
  key: ReasonKey;
  /** The role whose hours this reason adds to. */
  role: RoleId;
  /** Hours per week this reason accounts for; reasons are sorted by it, largest first. */
  weight: number;
  params: Record<string, number>;
  /** The input ids that drove it. */
  inputs: string[];
  /** Those of `inputs` answered with "don't know" (the default was used). */
  unknownInputs: string[];
}

export type SummaryKey = Verdict | 'nothing';

/** When the next person pays off. `metric: 'total'` counts all hours; `'role'` only the hours of `role`. */
export interface SplitPoint {
  /** The role of the next hire. */
  role: RoleId;
  metric: 'total' | 'role';
  atHours: number;
  currentHours: number;
  hoursToGo: number;
  reached: boolean;
}

export interface Hire {
  step: number;
  /** `hybrid`: one person covering both roles. */
  role: RoleId | 'hybrid';
  /** The roles whose job-ad starters fit this hire. */
  roles: readonly RoleId[];
  timing: 'now' | 'later';
  /** Hours per week this hire would take on today. */
  hours: number;
  fte: Range;
  /** For a later hire: the hours per week (see `SplitPoint`) at which it pays off. */
  triggerHours: number | null;
}

export interface Gap {
  currentHours: number;
  neededHours: number;
  missingHours: number;
  surplusHours: number;
  missingFte: Range;
  /** Share of the needed hours already worked, 0–100. */
  coveredShare: number;
}

export type WarningKey = 'members-without-space' | 'posts-without-channels' | 'always-on-rota';

export interface Workload {
  hours: { smm: SmmHours; cm: CmHours };
  totals: { smm: number; cm: number; all: number };
  fte: { smm: Range; cm: Range; all: Range };
  /** Productive hours of one full-time person per week (the assumption used). */
  capacity: number;
  verdict: Verdict;
  summary: { key: SummaryKey; params: Record<string, number> };
  split: SplitPoint | null;
  hires: Hire[];
  gap: Gap;
  reasons: Reason[];
  warnings: WarningKey[];
  /** Inputs answered with "don't know"; their default was used. */
  unknown: string[];
  /** Inputs out of range, clamped to it. */
  clamped: string[];
  /** Inputs that could not be read; their default was used. */
  invalid: string[];
  /** The input values the model computed with, by input id. */
  used: Record<string, number | string | readonly string[]>;
  /** The assumption values the model computed with, by assumption id. */
  assumptions: Record<string, number>;
}

const WEEKS_PER_MONTH = 52 / 12;
const DAYS_PER_WEEK = 7;
/** Upper bound for any hours figure; far above anything meaningful, it only keeps results finite. */
const HOURS_CAP = 10_000_000;

/** Finite, ≥ 0 and capped: NaN and negatives become 0, +Infinity the cap. */
function safe(x: number): number {
  if (Number.isNaN(x) || x <= 0) return 0;
  return Math.min(x, HOURS_CAP);
}
// `+ 0` turns -0 into 0.
const round1 = (x: number) => Math.round(safe(x) * 10) / 10 + 0;
const floor1 = (x: number) => Math.floor(safe(x) * 10 + 1e-9) / 10 + 0;
const ceil1 = (x: number) => Math.max(0, Math.ceil(safe(x) * 10 - 1e-9) / 10) + 0;

function clampTo(value: number, min: number | undefined, max: number | undefined): number {
  const lo = min ?? 0;
  const hi = max ?? 1e9;
  if (Number.isNaN(value)) return lo;
  return Math.min(hi, Math.max(lo, value));
}

function defaultOf(def: InputDefinition): number | string | readonly string[] {
  return Array.isArray(def.default) ? [...(def.default as readonly string[])] : def.default;
}

/**
 * The assumption values to compute with: the visitor's overrides where valid (clamped to the assumption's
 * range when out of it), otherwise the values from the data.
 */
export function resolveAssumptions(
  overrides: Readonly<Record<string, unknown>> = {},
  definitions?: CheckerDefinitions,
): Record<string, number> {
  const out: Record<string, number> = {};
  const record: Readonly<Record<string, unknown>> =
    typeof overrides === 'object' && overrides !== null ? overrides : {};
  for (const def of effectiveAssumptions(definitions)) {
    const raw = Object.hasOwn(record, def.id) ? record[def.id] : undefined;
    if (raw === undefined) {
      out[def.id] = def.value;
      continue;
    }
    const result = validateAssumption(def, raw);
    if (result.ok && typeof result.value === 'number') out[def.id] = result.value;
    else if (
      result.ok === false &&
      (result.error === 'too-large' || result.error === 'too-small' || result.error === 'negative')
    )
      out[def.id] = clampTo(typeof raw === 'number' ? raw : parseNumber(String(raw)), def.min, def.max);
    else out[def.id] = def.value;
  }
  return out;
}

interface Resolved {
  used: Record<string, number | string | readonly string[]>;
  unknown: string[];
  clamped: string[];
  invalid: string[];
}

function resolveInputs(values: unknown, definitions?: CheckerDefinitions): Resolved {
  const record: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null && !Array.isArray(values)
      ? (values as Record<string, unknown>)
      : {};
  const out: Resolved = { used: {}, unknown: [], clamped: [], invalid: [] };
  for (const def of effectiveInputs(definitions)) {
    const raw = Object.hasOwn(record, def.id) ? record[def.id] : undefined;
    if (raw === undefined) {
      out.used[def.id] = defaultOf(def);
      continue;
    }
    const result = validateValue(def, raw);
    if (result.ok) {
      if (result.value === null) {
        out.used[def.id] = defaultOf(def);
        out.unknown.push(def.id);
      } else out.used[def.id] = result.value;
    } else if (
      def.kind === 'number' &&
      (result.error === 'too-large' || result.error === 'too-small' || result.error === 'negative')
    ) {
      const n = typeof raw === 'number' ? raw : parseNumber(String(raw));
      out.used[def.id] = clampTo(n, def.min, def.max);
      out.clamped.push(def.id);
    } else {
      out.used[def.id] = defaultOf(def);
      out.invalid.push(def.id);
    }
  }
  return out;
}

const FALLBACK_VALUE = new Map(FALLBACK_ASSUMPTIONS.map((a) => [a.id, a.value] as const));

/**
 * Estimates the weekly workload and the hiring recommendation.
 *
 * @param inputs field values by input id (`null` = "don't know"); missing, invalid or out-of-range values are
 *   replaced by the default or clamped, and named in `unknown`, `invalid` and `clamped`.
 * @param assumptions assumption values or overrides by assumption id; missing ones take the data's value.
 * @param definitions the checker data (`CheckerFile`); without it, the built-in fallbacks are used.
 */
export function estimateWorkload(
  inputs: Readonly<Record<string, CheckerValue>> | Readonly<Record<string, unknown>>,
  assumptions: Readonly<Record<string, unknown>> = {},
  definitions?: CheckerDefinitions,
): Workload {
  const resolved = resolveInputs(inputs, definitions);
  const assumed = resolveAssumptions(assumptions, definitions);
  const a = (id: AssumptionId): number => safe(assumed[id] ?? FALLBACK_VALUE.get(id) ?? 0);
  const num = (id: string): number => {
    const v = resolved.used[id];
    return typeof v === 'number' ? safe(v) : 0;
  };
  const str = (id: string): string => {
    const v = resolved.used[id];
    return typeof v === 'string' ? v : '';
  };
  const list = (id: string): readonly string[] => {
    const v = resolved.used[id];
    return Array.isArray(v) ? (v as readonly string[]) : [];
  };
  const unknownOf = (ids: string[]) => ids.filter((id) => resolved.unknown.includes(id));

  // ---------------------------------------------------------------- inputs
  const sizeIndex = COMPANY_SIZES.indexOf(str(INPUT.companySize) as (typeof COMPANY_SIZES)[number]);
  const sizeStep = (sizeIndex < 0 ? 1 : sizeIndex) + 1; // micro 1 … enterprise 5
  const goals = list(INPUT.goals);
  const smmGoals = goals.filter((g) => (SMM_GOALS as readonly string[]).includes(g)).length;
  const cmGoals = goals.filter((g) => (CM_GOALS as readonly string[]).includes(g)).length;
  const channels = num(INPUT.channels);
  const posts = num(INPUT.posts);
  const inbound = num(INPUT.inbound);
  const space = str(INPUT.space) || 'none';
  const hasSpace = space !== 'none';
  const members = hasSpace ? num(INPUT.members) : 0;
  const activeShare = Math.min(100, num(INPUT.activeShare));
  const events = num(INPUT.events);
  const coverage = str(INPUT.coverage);
  const risks = list(INPUT.risk).length;
  const currentHours = num(INPUT.currentHours);

  // ---------------------------------------------------------------- Social Media Manager
  const hasChannels = channels > 0;
  const strategy = hasChannels ? sizeStep * a(ASSUMPTION.strategyPerSizeStep) : 0;
  const postHours = (posts * a(ASSUMPTION.minutesPerPost)) / 60;
  const channelUpkeep = channels * a(ASSUMPTION.hoursPerChannel);
  const analytics = channels * a(ASSUMPTION.analyticsPerChannel);
  const campaigns = hasChannels ? smmGoals * a(ASSUMPTION.campaignPerGoal) : 0;

  // ---------------------------------------------------------------- Community Manager
  const messagesPerWeek = inbound * DAYS_PER_WEEK;
  const perMessage =
    a(ASSUMPTION.minutesToScreen) +
    (Math.min(100, a(ASSUMPTION.replyShare)) / 100) * a(ASSUMPTION.minutesPerReply);
  const messageHours = (messagesPerWeek * perMessage) / 60;
  const activeMembers = (members * activeShare) / 100;
  const communityPostsPerWeek = (activeMembers * a(ASSUMPTION.postsPerActiveMember)) / WEEKS_PER_MONTH;
  const moderationHours = (communityPostsPerWeek * a(ASSUMPTION.minutesToScreen)) / 60;
  const coverageFactor =
    coverage === 'seven-days'
      ? Math.max(1, a(ASSUMPTION.coverageSevenDays))
      : coverage === 'always-on'
        ? Math.max(1, a(ASSUMPTION.coverageAlwaysOn))
        : 1;
  const riskFactor = 1 + (risks * a(ASSUMPTION.riskFactor)) / 100;
  const replyBase = messageHours + moderationHours;
  const coverageExtra = replyBase * (coverageFactor - 1);
  const riskExtra = replyBase * coverageFactor * (riskFactor - 1);
  const replies = replyBase + coverageExtra + riskExtra;
  const relationships = (activeMembers * a(ASSUMPTION.minutesPerActiveMember)) / 60 / WEEKS_PER_MONTH;
  const spaceBase = hasSpace ? a(ASSUMPTION.spaceBaseHours) : 0;
  const eventHours = (events * a(ASSUMPTION.hoursPerEvent)) / WEEKS_PER_MONTH;
  const programmes = spaceBase + eventHours;
  const hasDialogue = inbound > 0 || hasSpace || events > 0;
  const feedbackFromDialogue = ((replies + relationships) * Math.min(100, a(ASSUMPTION.feedbackShare))) / 100;
  const feedbackFromGoals = hasDialogue ? cmGoals * a(ASSUMPTION.dialogueGoalHours) : 0;
  const feedback = feedbackFromDialogue + feedbackFromGoals;

  const smm: SmmHours = {
    strategy: round1(strategy),
    content: round1(postHours + channelUpkeep),
    analytics: round1(analytics),
    campaigns: round1(campaigns),
  };
  const cm: CmHours = {
    replies: round1(replies),
    programmes: round1(programmes),
    relationships: round1(relationships),
    feedback: round1(feedback),
  };
  const smmTotal = round1(smm.strategy + smm.content + smm.analytics + smm.campaigns);
  const cmTotal = round1(cm.replies + cm.programmes + cm.relationships + cm.feedback);
  const total = round1(smmTotal + cmTotal);

  // ---------------------------------------------------------------- capacity and ranges
  const capacity = Math.max(1, a(ASSUMPTION.productiveHours));
  const spread = Math.min(0.99, a(ASSUMPTION.spread) / 100);
  const fteOf = (hours: number): Range => [
    floor1((hours * (1 - spread)) / capacity),
    ceil1((hours * (1 + spread)) / capacity),
  ];
  const roleThreshold = round1(capacity * a(ASSUMPTION.secondRoleThreshold));
  const hybridMinShare = a(ASSUMPTION.hybridMinShare);

  // ---------------------------------------------------------------- verdict
  const dominant: RoleId = smmTotal >= cmTotal ? 'smm' : 'cm';
  const minor: RoleId = dominant === 'smm' ? 'cm' : 'smm';
  const hoursOf = (role: RoleId) => (role === 'smm' ? smmTotal : cmTotal);
  const minorShare = total > 0 ? round1((hoursOf(minor) / total) * 100) : 0;
  let verdict: Verdict;
  let summaryKey: SummaryKey;
  if (total < 1) {
    verdict = 'hybrid';
    summaryKey = 'nothing';
  } else if (total <= capacity) {
    verdict = minorShare >= hybridMinShare ? 'hybrid' : dominant === 'smm' ? 'smm-first' : 'cm-first';
    summaryKey = verdict;
  } else {
    verdict = hoursOf(minor) >= roleThreshold ? 'both' : dominant === 'smm' ? 'smm-first' : 'cm-first';
    summaryKey = verdict;
  }

  let split: SplitPoint | null = null;
  const hires: Hire[] = [];
  const bothRoles: readonly RoleId[] = ['smm', 'cm'];
  if (verdict === 'hybrid') {
    split = {
      role: minor,
      metric: 'total',
      atHours: round1(capacity),
      currentHours: total,
      hoursToGo: round1(capacity - total),
      reached: false,
    };
    hires.push({
      step: 1,
      role: 'hybrid',
      roles: bothRoles,
      timing: 'now',
      hours: total,
      fte: fteOf(total),
      triggerHours: null,
    });
    if (hoursOf(minor) > 0)
      hires.push({
        step: 2,
        role: minor,
        roles: [minor],
        timing: 'later',
        hours: hoursOf(minor),
        fte: fteOf(hoursOf(minor)),
        triggerHours: round1(capacity),
      });
  } else if (verdict === 'both') {
    const first = dominant;
    hires.push({
      step: 1,
      role: first,
      roles: [first],
      timing: 'now',
      hours: hoursOf(first),
      fte: fteOf(hoursOf(first)),
      triggerHours: null,
    });
    hires.push({
      step: 2,
      role: minor,
      roles: [minor],
      timing: 'now',
      hours: hoursOf(minor),
      fte: fteOf(hoursOf(minor)),
      triggerHours: null,
    });
  } else {
    const first: RoleId = verdict === 'smm-first' ? 'smm' : 'cm';
    const next: RoleId = first === 'smm' ? 'cm' : 'smm';
    split = {
      role: next,
      metric: 'role',
      atHours: roleThreshold,
      currentHours: hoursOf(next),
      hoursToGo: round1(roleThreshold - hoursOf(next)),
      reached: hoursOf(next) >= roleThreshold,
    };
    // The first hire also takes on the other role's few tasks until the split.
    hires.push({
      step: 1,
      role: first,
      roles: [first],
      timing: 'now',
      hours: total,
      fte: fteOf(total),
      triggerHours: null,
    });
    if (hoursOf(next) > 0)
      hires.push({
        step: 2,
        role: next,
        roles: [next],
        timing: 'later',
        hours: hoursOf(next),
        fte: fteOf(hoursOf(next)),
        triggerHours: roleThreshold,
      });
  }

  // ---------------------------------------------------------------- reasons
  const reasons: Reason[] = [];
  const add = (
    key: ReasonKey,
    role: RoleId,
    hours: number,
    params: Record<string, number>,
    ids: string[],
  ) => {
    const weight = round1(hours);
    if (weight <= 0) return;
    const p: Record<string, number> = { hours: weight };
    for (const [k, v] of Object.entries(params)) p[k] = round1(v);
    reasons.push({ key, role, weight, params: p, inputs: ids, unknownInputs: unknownOf(ids) });
  };
  add('inbound-messages', 'cm', messageHours, { messages: inbound }, [INPUT.inbound]);
  add(
    'community-members',
    'cm',
    moderationHours + relationships,
    { members, activeMembers: Math.round(activeMembers), activeShare },
    [INPUT.members, INPUT.activeShare, INPUT.space],
  );
  add('community-space', 'cm', spaceBase, {}, [INPUT.space]);
  add('events', 'cm', eventHours, { events }, [INPUT.events]);
  if (coverage === 'seven-days' || coverage === 'always-on')
    add(coverage === 'seven-days' ? 'coverage-seven-days' : 'coverage-always-on', 'cm', coverageExtra, {}, [
      INPUT.coverage,
    ]);
  add('moderation-risk', 'cm', riskExtra, { signals: risks }, [INPUT.risk]);
  const feedbackDrivers: string[] = [];
  if (feedbackFromGoals > 0) feedbackDrivers.push(INPUT.goals);
  if (feedbackFromDialogue > 0 && messageHours > 0) feedbackDrivers.push(INPUT.inbound);
  if (feedbackFromDialogue > 0 && activeMembers > 0) feedbackDrivers.push(INPUT.members);
  add('feedback-loop', 'cm', feedback, { goals: feedbackFromGoals > 0 ? cmGoals : 0 }, feedbackDrivers);
  add('posts', 'smm', postHours, { posts }, [INPUT.posts]);
  add('channels', 'smm', channelUpkeep + analytics, { channels }, [INPUT.channels]);
  add('company-size', 'smm', strategy, { step: sizeStep }, [INPUT.companySize, INPUT.channels]);
  add('campaign-goals', 'smm', campaigns, { goals: smmGoals }, [INPUT.goals]);
  reasons.sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key));

  // ---------------------------------------------------------------- gap and warnings
  const missing = round1(total - currentHours);
  const gap: Gap = {
    currentHours: round1(currentHours),
    neededHours: total,
    missingHours: missing,
    surplusHours: round1(currentHours - total),
    missingFte: fteOf(missing),
    coveredShare: total > 0 ? round1(Math.min(100, (currentHours / total) * 100)) : 100,
  };

  const warnings: WarningKey[] = [];
  if (!hasSpace && num(INPUT.members) > 0) warnings.push('members-without-space');
  if (posts > 0 && channels === 0) warnings.push('posts-without-channels');
  if (coverage === 'always-on' && replies > 0) warnings.push('always-on-rota');

  return {
    hours: { smm, cm },
    totals: { smm: smmTotal, cm: cmTotal, all: total },
    fte: { smm: fteOf(smmTotal), cm: fteOf(cmTotal), all: fteOf(total) },
    capacity: round1(capacity),
    verdict,
    summary: {
      key: summaryKey,
      params: {
        totalHours: total,
        smmHours: smmTotal,
        cmHours: cmTotal,
        capacity: round1(capacity),
        minorShare,
        threshold: roleThreshold,
      },
    },
    split,
    hires,
    gap,
    reasons,
    warnings,
    unknown: resolved.unknown,
    clamped: resolved.clamped,
    invalid: resolved.invalid,
    used: resolved.used,
    assumptions: Object.fromEntries(Object.entries(assumed).map(([k, v]) => [k, safe(v)])),
  };
}
