/**
 * Built-in definitions mirroring content/data/checker.yaml, for callers that hand the model incomplete
 * definitions (the minimal test fixture, scripts). Importing this module (src/lib/checker/index.ts does)
 * registers them; every input and assumption the model reads is then defined, whatever it is given.
 */
import {
  ASSUMPTION,
  COMPANY_SIZES,
  COVERAGES,
  GOALS,
  INPUT,
  RISKS,
  SPACES,
  registerFallbacks,
  type AssumptionDefinition,
  type CheckerDefinitions,
  type InputDefinition,
} from './definitions';

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
export const FALLBACK_ASSUMPTIONS: readonly AssumptionDefinition[] = (
  [
    // id, value, min, max, low, high
    [ASSUMPTION.strategyPerSizeStep, 1, 0, 20, 0.5, 2],
    [ASSUMPTION.minutesPerPost, 45, 5, 600, 30, 90],
    [ASSUMPTION.hoursPerChannel, 1, 0, 20, 0.5, 2],
    [ASSUMPTION.analyticsPerChannel, 0.5, 0, 20, 0.25, 1],
    [ASSUMPTION.campaignPerGoal, 0.5, 0, 40, 0.25, 1],
    [ASSUMPTION.minutesToScreen, 1, 0, 30, 0.25, 2],
    [ASSUMPTION.replyShare, 40, 0, 100, 25, 60],
    [ASSUMPTION.minutesPerReply, 6, 0.5, 120, 3, 9],
    [ASSUMPTION.coverageSevenDays, 1.1, 1, 5, 1, 1.3],
    [ASSUMPTION.coverageAlwaysOn, 1.2, 1, 10, 1.1, 1.5],
    [ASSUMPTION.riskFactor, 25, 0, 200, 10, 50],
    [ASSUMPTION.minutesPerActiveMember, 5, 0.5, 60, 3, 10],
    [ASSUMPTION.postsPerActiveMember, 1, 0, 100, 1, 2],
    [ASSUMPTION.spaceBaseHours, 5, 0, 40, 3, 10],
    [ASSUMPTION.hoursPerEvent, 8, 0, 80, 4, 12],
    [ASSUMPTION.feedbackShare, 10, 0, 100, 5, 15],
    [ASSUMPTION.dialogueGoalHours, 1, 0, 40, 0.5, 2],
    [ASSUMPTION.productiveHours, 32, 10, 60, 35, 30],
    [ASSUMPTION.absenceShare, 20, 0, 60, 15, 23],
    [ASSUMPTION.contractHours, 40, 10, 60],
    [ASSUMPTION.notYetThreshold, 0.3, 0.05, 1],
    [ASSUMPTION.twoRolesThreshold, 1.25, 0.5, 5],
    [ASSUMPTION.borderlineMargin, 15, 0, 50],
    [ASSUMPTION.hybridMinShare, 25, 0, 50],
  ] as const
).map(([id, value, min, max, low, high]: readonly [string, number, number, number, number?, number?]) => ({
  id,
  value,
  min,
  max,
  ...(low === undefined ? {} : { low, high }),
}));

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

function mergeInputs(definitions?: CheckerDefinitions): InputDefinition[] {
  const given = new Map((definitions?.inputs ?? []).map((d) => [d.id, d] as const));
  const out: InputDefinition[] = FALLBACK_INPUTS.map((fallback) => {
    const def = given.get(fallback.id);
    return def && usableInput(def, fallback) ? def : fallback;
  });
  const known = new Set(FALLBACK_INPUTS.map((d) => d.id));
  for (const def of definitions?.inputs ?? []) if (!known.has(def.id)) out.push(def);
  return out;
}

function mergeAssumptions(definitions?: CheckerDefinitions): AssumptionDefinition[] {
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

registerFallbacks((definitions) => ({
  inputs: mergeInputs(definitions),
  assumptions: mergeAssumptions(definitions),
}));
