/**
 * The hiring-needs model: from the company's inputs and the named assumptions to hours per week per task area,
 * full-time equivalents, a verdict with the point at which to split, reasons, the gap to the hours already
 * worked and the order of hires. Pure functions; every number in the result is finite and at least 0,
 * whatever the inputs.
 */
import type { RoleId } from '../content/ids';
import {
  COMPANY_SIZES,
  CM_GOALS,
  SMM_GOALS,
  type AssumptionId,
  type InputId,
  type CheckerDefinitions,
} from './definitions';
import { defaultOf, parseNumber, validateAssumption, validateValue, type CheckerValue } from './values';

export type Range = readonly [low: number, high: number];
/** The staffing level: no dedicated post yet, one person, or both roles. Ordered: a larger need never moves down. */
export type Verdict = 'not-yet' | 'one' | 'two';
export const VERDICT_ORDER: readonly Verdict[] = ['not-yet', 'one', 'two'];
/** Whom the one post is for, or which role comes first when both are needed. */
export type Profile = RoleId | 'hybrid';

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

export type SummaryKey =
  'nothing' | 'not-yet' | 'one-smm' | 'one-cm' | 'one-hybrid' | 'two-smm-first' | 'two-cm-first';

/** When the next post pays off: once all the work reaches `atHours` a week. */
export interface SplitPoint {
  /** The level reached then. */
  next: Verdict;
  atHours: number;
  currentHours: number;
  hoursToGo: number;
}

export interface Hire {
  step: number;
  /** `hybrid`: one person covering both roles. */
  role: Profile;
  /** The roles whose job-ad starters fit this hire. */
  roles: readonly RoleId[];
  /** `now`: the hours already worked leave this post open; `covered`: they already cover it. */
  timing: 'now' | 'covered';
  /** Hours per week of this post. */
  hours: number;
  /** Full-time posts, from the low to the high set of assumptions. */
  fte: Range;
}

export interface Gap {
  currentHours: number;
  neededHours: number;
  missingHours: number;
  surplusHours: number;
  /** Full-time posts the missing hours come to (central assumptions). */
  missingFte: number;
  /** Share of the needed hours already worked, 0–100. */
  coveredShare: number;
  /** Whether a new post is needed now: the missing hours come to at least the "not yet" threshold. */
  hireNow: boolean;
}

/** Near a threshold the verdict could go either way: how many hours a week would tip it, and where to. */
export interface Borderline {
  towards: Verdict;
  /** Hours a week more (`towards` is the next level up) or fewer (the level below). */
  hours: number;
  thresholdHours: number;
}

/** The assumption whose low or high value moves the total most. */
export interface Influence {
  id: string;
  lowHours: number;
  highHours: number;
}

/** Minimum people for a rota that keeps the inbox staffed, whatever the hours. */
export interface Rota {
  coverage: 'seven-days' | 'always-on';
  /** Hours a week someone must be on duty. */
  seatHours: number;
  people: number;
}

export type WarningKey = 'members-without-space' | 'posts-without-channels';

export interface Workload {
  hours: { smm: SmmHours; cm: CmHours };
  /** Hours a week with the central assumptions. */
  totals: { smm: number; cm: number; all: number };
  /** Hours a week with the low and the high set of assumptions. */
  hoursRange: { smm: Range; cm: Range; all: Range };
  /** Full-time posts with the central assumptions. */
  central: { smm: number; cm: number; all: number };
  /** Full-time posts from the low to the high set. */
  fte: { smm: Range; cm: Range; all: Range };
  /** Hours one full-time post delivers a week on average over the year (after leave, holidays, sickness). */
  capacity: number;
  /** The same before absence: productive hours in a week at work. */
  weeklyProductive: number;
  verdict: Verdict;
  /** For `one`: whom to hire; for `two`: who comes first; for `not-yet`: the larger side. */
  profile: Profile;
  summary: { key: SummaryKey; params: Record<string, number> };
  borderline: Borderline | null;
  influence: Influence | null;
  rota: Rota | null;
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
  /** The assumption values the model computed with (central set), by assumption id. */
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
const round2 = (x: number) => Math.round(safe(x) * 100) / 100 + 0;

function clampTo(value: number, min: number | undefined, max: number | undefined): number {
  const lo = min ?? 0;
  const hi = max ?? 1e9;
  if (Number.isNaN(value)) return lo;
  return Math.min(hi, Math.max(lo, value));
}

/**
 * The assumption values to compute with: the visitor's overrides where valid (clamped to the assumption's
 * range when out of it), otherwise the values from the data.
 */
export function resolveAssumptions(
  overrides: Readonly<Record<string, unknown>> = {},
  definitions: CheckerDefinitions,
): Record<string, number> {
  const out: Record<string, number> = {};
  const record: Readonly<Record<string, unknown>> =
    typeof overrides === 'object' && overrides !== null ? overrides : {};
  for (const def of definitions.assumptions) {
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

function resolveInputs(values: unknown, definitions: CheckerDefinitions): Resolved {
  const record: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null && !Array.isArray(values)
      ? (values as Record<string, unknown>)
      : {};
  const out: Resolved = { used: {}, unknown: [], clamped: [], invalid: [] };
  for (const def of definitions.inputs) {
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
      (result.error === 'too-large' ||
        result.error === 'too-small' ||
        result.error === 'negative' ||
        result.error === 'not-whole')
    ) {
      // The nearest allowed value: within the range, and whole for counts (2.5 posts count as 3).
      const n = typeof raw === 'number' ? raw : parseNumber(String(raw));
      const clamped = clampTo(n, def.min, def.max);
      out.used[def.id] = def.decimals ? clamped : clampTo(Math.round(clamped), def.min, def.max);
      out.clamped.push(def.id);
    } else {
      out.used[def.id] = defaultOf(def);
      out.invalid.push(def.id);
    }
  }
  return out;
}

type Assumed = Readonly<Record<string, number>>;

/**
 * The three sets of assumption values: central, and the low- and high-workload sets from the data. An
 * assumption the visitor changed takes the visitor's value in all three sets.
 */
export function resolveAssumptionSets(
  overrides: Readonly<Record<string, unknown>> = {},
  definitions: CheckerDefinitions,
): { central: Record<string, number>; low: Record<string, number>; high: Record<string, number> } {
  const central = resolveAssumptions(overrides, definitions);
  const low: Record<string, number> = {};
  const high: Record<string, number> = {};
  for (const def of definitions.assumptions) {
    const value = central[def.id] ?? def.value;
    // A changed assumption (its value differs from the data's) is the visitor's, in every set.
    const changed = value !== def.value;
    low[def.id] = changed ? value : (def.low ?? value);
    high[def.id] = changed ? value : (def.high ?? value);
  }
  return { central, low, high };
}

/** The model inputs as plain numbers and flags, read once per estimate. */
interface Situation {
  sizeStep: number;
  smmGoals: number;
  cmGoals: number;
  channels: number;
  posts: number;
  inbound: number;
  hasSpace: boolean;
  members: number;
  activeShare: number;
  events: number;
  coverage: string;
  risks: number;
}

/** Hours per task area, and the parts the reasons name. */
interface Computed {
  smm: SmmHours;
  cm: CmHours;
  smmTotal: number;
  cmTotal: number;
  total: number;
  capacity: number;
  parts: {
    strategy: number;
    postHours: number;
    channelWork: number;
    campaigns: number;
    messageHours: number;
    memberHours: number;
    activeMembers: number;
    spaceBase: number;
    eventHours: number;
    coverageExtra: number;
    riskExtra: number;
    feedback: number;
    feedbackFromGoals: number;
    feedbackFromDialogue: number;
    replies: number;
  };
}

/**
 * The hours for one set of assumptions. Every part grows (or stays) when any input grows, which is what
 * keeps the verdict monotonic: see the property test in tests/unit/checker-model.test.ts.
 */
function computeHours(x: Situation, assumed: Assumed): Computed {
  // Ids as typed literals rather than ASSUMPTION.x / INPUT.x: the type checks them just the same, and the
  // island's bundle needs no copy of the two id tables (about 280 B gzip on the checker page).
  const a = (id: AssumptionId): number => safe(assumed[id] ?? 0);
  // ---------------------------------------------------------------- Social Media Manager
  const hasChannels = x.channels > 0;
  const strategy = hasChannels ? x.sizeStep * a('strategy-hours-per-size-step') : 0;
  const postHours = (x.posts * a('minutes-per-post')) / 60;
  const channelUpkeep = x.channels * a('hours-per-channel');
  const analytics = x.channels * a('analytics-hours-per-channel');
  // Campaign work grows with the organisation (budgets, sign-off, audiences), not only with the goals.
  const campaigns = hasChannels ? x.smmGoals * x.sizeStep * a('campaign-hours-per-goal') : 0;

  // ---------------------------------------------------------------- Community Manager
  const messagesPerWeek = x.inbound * DAYS_PER_WEEK;
  const perMessage =
    a('minutes-to-screen-message') + (Math.min(100, a('share-needing-reply')) / 100) * a('minutes-per-reply');
  const messageHours = (messagesPerWeek * perMessage) / 60;
  const activeMembers = (x.members * x.activeShare) / 100;
  const communityPostsPerWeek = (activeMembers * a('posts-per-active-member-month')) / WEEKS_PER_MONTH;
  const moderationHours = (communityPostsPerWeek * a('minutes-to-screen-message')) / 60;
  const sevenDays = Math.max(1, a('coverage-factor-seven-days'));
  // Round-the-clock never costs less than seven days, whatever the overrides say.
  const alwaysOn = Math.max(sevenDays, a('coverage-factor-always-on'));
  const coverageFactor = x.coverage === 'seven-days' ? sevenDays : x.coverage === 'always-on' ? alwaysOn : 1;
  const riskFactor = 1 + (x.risks * a('risk-factor')) / 100;
  const replyBase = messageHours + moderationHours;
  const coverageExtra = replyBase * (coverageFactor - 1);
  const riskExtra = replyBase * coverageFactor * (riskFactor - 1);
  const replies = replyBase + coverageExtra + riskExtra;
  const relationships = (activeMembers * a('minutes-per-active-member-month')) / 60 / WEEKS_PER_MONTH;
  const spaceBase = x.hasSpace ? a('community-space-base-hours') : 0;
  const eventHours = (x.events * a('hours-per-event')) / WEEKS_PER_MONTH;
  const programmes = spaceBase + eventHours;
  const hasDialogue = x.inbound > 0 || x.hasSpace || x.events > 0;
  const feedbackFromDialogue = ((replies + relationships) * Math.min(100, a('feedback-share'))) / 100;
  const feedbackFromGoals = hasDialogue ? x.cmGoals * a('dialogue-goal-hours') : 0;
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
  const absence = Math.min(90, a('absence-share')) / 100;
  const capacity = Math.max(1, a('productive-hours-per-fte') * (1 - absence));
  return {
    smm,
    cm,
    smmTotal,
    cmTotal,
    total: round1(smmTotal + cmTotal),
    capacity,
    parts: {
      strategy,
      postHours,
      channelWork: channelUpkeep + analytics,
      campaigns,
      messageHours,
      memberHours: moderationHours + relationships,
      activeMembers,
      spaceBase,
      eventHours,
      coverageExtra,
      riskExtra,
      feedback,
      feedbackFromGoals,
      feedbackFromDialogue,
      replies,
    },
  };
}

/** The staffing level for a number of full-time posts, given the two thresholds. */
function levelOf(fte: number, notYet: number, two: number): Verdict {
  if (fte < notYet) return 'not-yet';
  return fte <= two ? 'one' : 'two';
}

/**
 * Estimates the weekly workload and the hiring recommendation.
 *
 * @param inputs field values by input id (`null` = "don't know"); missing, invalid or out-of-range values are
 *   replaced by the default or clamped, and named in `unknown`, `invalid` and `clamped`.
 * @param assumptions assumption values or overrides by assumption id; missing ones take the data's value.
 * @param definitions the checker data (`CheckerFile`), complete by its schema.
 */
export function estimateWorkload(
  inputs: Readonly<Record<string, CheckerValue>> | Readonly<Record<string, unknown>>,
  assumptions: Readonly<Record<string, unknown>> = {},
  definitions: CheckerDefinitions,
): Workload {
  const resolved = resolveInputs(inputs, definitions);
  const sets = resolveAssumptionSets(assumptions, definitions);
  const assumed = sets.central;
  const a = (id: AssumptionId): number => safe(assumed[id] ?? 0);
  const num = (id: InputId): number => {
    const v = resolved.used[id];
    return typeof v === 'number' ? safe(v) : 0;
  };
  const str = (id: InputId): string => {
    const v = resolved.used[id];
    return typeof v === 'string' ? v : '';
  };
  const list = (id: InputId): readonly string[] => {
    const v = resolved.used[id];
    return Array.isArray(v) ? (v as readonly string[]) : [];
  };
  const unknownOf = (ids: string[]) => ids.filter((id) => resolved.unknown.includes(id));

  // ---------------------------------------------------------------- inputs
  const sizeIndex = COMPANY_SIZES.indexOf(str('company-size') as (typeof COMPANY_SIZES)[number]);
  const goals = list('goals');
  const space = str('community-space') || 'none';
  const hasSpace = space !== 'none';
  const situation: Situation = {
    sizeStep: (sizeIndex < 0 ? 1 : sizeIndex) + 1, // micro 1 … enterprise 5
    smmGoals: goals.filter((g) => (SMM_GOALS as readonly string[]).includes(g)).length,
    cmGoals: goals.filter((g) => (CM_GOALS as readonly string[]).includes(g)).length,
    channels: num('channels'),
    posts: num('posts-per-week'),
    inbound: num('inbound-per-day'),
    hasSpace,
    members: hasSpace ? num('community-members') : 0,
    activeShare: Math.min(100, num('active-share')),
    events: num('events-per-month'),
    coverage: str('coverage'),
    risks: list('moderation-risk').length,
  };
  const currentHours = num('current-hours');

  const mid = computeHours(situation, assumed);
  const low = computeHours(situation, sets.low);
  const high = computeHours(situation, sets.high);
  const { smm, cm, smmTotal, cmTotal, total, capacity, parts } = mid;
  const fteRange = (lo: number, hi: number): Range => [floor1(lo / low.capacity), ceil1(hi / high.capacity)];

  // ---------------------------------------------------------------- verdict
  const notYet = a('not-yet-threshold');
  const two = Math.max(notYet, a('two-roles-threshold'));
  const fteAll = total / capacity;
  const verdict = levelOf(fteAll, notYet, two);
  const dominant: RoleId = smmTotal >= cmTotal ? 'smm' : 'cm';
  const minor: RoleId = dominant === 'smm' ? 'cm' : 'smm';
  const hoursOf = (role: RoleId) => (role === 'smm' ? smmTotal : cmTotal);
  const minorShare = total > 0 ? round1((hoursOf(minor) / total) * 100) : 0;
  const profile: Profile = verdict === 'one' && minorShare >= a('hybrid-min-share') ? 'hybrid' : dominant;
  const summaryKey: SummaryKey =
    total < 1
      ? 'nothing'
      : verdict === 'not-yet'
        ? 'not-yet'
        : verdict === 'one'
          ? (`one-${profile}` as SummaryKey)
          : (`two-${dominant}-first` as SummaryKey);

  const notYetHours = round1(notYet * capacity);
  const twoHours = round1(two * capacity);
  const margin = Math.min(0.5, a('borderline-margin') / 100);
  let borderline: Borderline | null = null;
  const near = (threshold: number) => Math.abs(fteAll - threshold) <= threshold * margin;
  if (total >= 1 && near(notYet))
    borderline =
      verdict === 'not-yet'
        ? { towards: 'one', hours: round1(notYetHours - total), thresholdHours: notYetHours }
        : { towards: 'not-yet', hours: round1(total - notYetHours), thresholdHours: notYetHours };
  else if (near(two))
    borderline =
      verdict === 'one'
        ? { towards: 'two', hours: round1(twoHours - total), thresholdHours: twoHours }
        : { towards: 'one', hours: round1(total - twoHours), thresholdHours: twoHours };

  const split: SplitPoint | null =
    verdict === 'two'
      ? null
      : {
          next: verdict === 'not-yet' ? 'one' : 'two',
          atHours: verdict === 'not-yet' ? notYetHours : twoHours,
          currentHours: total,
          hoursToGo: round1((verdict === 'not-yet' ? notYetHours : twoHours) - total),
        };

  // ---------------------------------------------------------------- the assumption that matters most
  let influence: Influence | null = null;
  if (total > 0) {
    let widest = 0;
    const trial: Record<string, number> = { ...assumed };
    for (const id of Object.keys(sets.low)) {
      const lo = sets.low[id];
      const hi = sets.high[id];
      if (lo === undefined || hi === undefined || lo === hi) continue;
      trial[id] = lo;
      const lowTotal = computeHours(situation, trial).total;
      trial[id] = hi;
      const highTotal = computeHours(situation, trial).total;
      trial[id] = assumed[id] ?? lo;
      const width = Math.abs(highTotal - lowTotal);
      if (width > widest + 1e-9) {
        widest = width;
        influence = { id, lowHours: lowTotal, highHours: highTotal };
      }
    }
  }

  // ---------------------------------------------------------------- rota
  let rota: Rota | null = null;
  if ((situation.coverage === 'seven-days' || situation.coverage === 'always-on') && parts.replies > 0) {
    const seatHours = situation.coverage === 'always-on' ? 24 * 7 : 8 * 7;
    const absence = Math.min(90, a('absence-share')) / 100;
    const personHours = Math.max(1, a('contract-hours-per-week') * (1 - absence));
    rota = { coverage: situation.coverage, seatHours, people: Math.ceil(seatHours / personHours - 1e-9) };
  }

  // ---------------------------------------------------------------- gap and hires
  const missing = round1(total - currentHours);
  const hireNow = verdict !== 'not-yet' && missing >= notYetHours;
  const gap: Gap = {
    currentHours: round1(currentHours),
    neededHours: total,
    missingHours: missing,
    surplusHours: round1(currentHours - total),
    missingFte: round2(missing / capacity),
    coveredShare: total > 0 ? round1(Math.min(100, (currentHours / total) * 100)) : 100,
    hireNow,
  };

  const hires: Hire[] = [];
  const roleRange = (role: RoleId | 'all') =>
    role === 'all'
      ? fteRange(low.total, high.total)
      : role === 'smm'
        ? fteRange(low.smmTotal, high.smmTotal)
        : fteRange(low.cmTotal, high.cmTotal);
  if (verdict === 'one')
    hires.push({
      step: 1,
      role: profile,
      roles: profile === 'hybrid' ? ['smm', 'cm'] : [profile],
      timing: hireNow ? 'now' : 'covered',
      hours: total,
      fte: roleRange('all'),
    });
  else if (verdict === 'two') {
    // The hours already worked fill the posts in order: the people there today do the larger share first.
    let worked = currentHours;
    [dominant, minor].forEach((role, i) => {
      const hours = hoursOf(role);
      const covered = Math.min(hours, worked);
      worked -= covered;
      hires.push({
        step: i + 1,
        role,
        roles: [role],
        timing: hours - covered >= notYetHours ? 'now' : 'covered',
        hours,
        fte: roleRange(role),
      });
    });
  }

  // ---------------------------------------------------------------- reasons
  const reasons: Reason[] = [];
  const add = (
    key: ReasonKey,
    role: RoleId,
    hours: number,
    params: Record<string, number>,
    ids: InputId[],
  ) => {
    const weight = round1(hours);
    if (weight <= 0) return;
    const p: Record<string, number> = { hours: weight };
    for (const [k, v] of Object.entries(params)) p[k] = round1(v);
    reasons.push({ key, role, weight, params: p, inputs: ids, unknownInputs: unknownOf(ids) });
  };
  const x = situation;
  add('inbound-messages', 'cm', parts.messageHours, { messages: x.inbound }, ['inbound-per-day']);
  add(
    'community-members',
    'cm',
    parts.memberHours,
    { members: x.members, activeMembers: Math.round(parts.activeMembers), activeShare: x.activeShare },
    ['community-members', 'active-share', 'community-space'],
  );
  add('community-space', 'cm', parts.spaceBase, {}, ['community-space']);
  add('events', 'cm', parts.eventHours, { events: x.events }, ['events-per-month']);
  if (x.coverage === 'seven-days' || x.coverage === 'always-on')
    add(
      x.coverage === 'seven-days' ? 'coverage-seven-days' : 'coverage-always-on',
      'cm',
      parts.coverageExtra,
      {},
      ['coverage'],
    );
  add('moderation-risk', 'cm', parts.riskExtra, { signals: x.risks }, ['moderation-risk']);
  const feedbackDrivers: InputId[] = [];
  if (parts.feedbackFromGoals > 0) feedbackDrivers.push('goals');
  if (parts.feedbackFromDialogue > 0 && parts.messageHours > 0) feedbackDrivers.push('inbound-per-day');
  if (parts.feedbackFromDialogue > 0 && parts.activeMembers > 0) feedbackDrivers.push('community-members');
  add(
    'feedback-loop',
    'cm',
    parts.feedback,
    { goals: parts.feedbackFromGoals > 0 ? x.cmGoals : 0 },
    feedbackDrivers,
  );
  add('posts', 'smm', parts.postHours, { posts: x.posts }, ['posts-per-week']);
  add('channels', 'smm', parts.channelWork, { channels: x.channels }, ['channels']);
  add('company-size', 'smm', parts.strategy, { step: x.sizeStep }, ['company-size', 'channels']);
  add('campaign-goals', 'smm', parts.campaigns, { goals: x.smmGoals }, ['goals', 'company-size']);
  reasons.sort((p, q) => q.weight - p.weight || p.key.localeCompare(q.key));

  const warnings: WarningKey[] = [];
  if (!hasSpace && num('community-members') > 0) warnings.push('members-without-space');
  if (x.posts > 0 && x.channels === 0) warnings.push('posts-without-channels');

  return {
    hours: { smm, cm },
    totals: { smm: smmTotal, cm: cmTotal, all: total },
    hoursRange: {
      smm: [low.smmTotal, high.smmTotal],
      cm: [low.cmTotal, high.cmTotal],
      all: [low.total, high.total],
    },
    central: { smm: round2(smmTotal / capacity), cm: round2(cmTotal / capacity), all: round2(fteAll) },
    fte: { smm: roleRange('smm'), cm: roleRange('cm'), all: roleRange('all') },
    capacity: round1(capacity),
    weeklyProductive: round1(a('productive-hours-per-fte')),
    verdict,
    profile,
    summary: {
      key: summaryKey,
      params: {
        totalHours: total,
        smmHours: smmTotal,
        cmHours: cmTotal,
        capacity: round1(capacity),
        minorShare,
        notYetHours,
        twoHours,
      },
    },
    borderline,
    influence,
    rota,
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
