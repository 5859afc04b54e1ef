// The hiring-needs model: verdicts for named company profiles, monotonicity and finiteness as properties,
// and the parts of the result the page shows (reasons, split point, hires, gap, warnings).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContentData } from '../../src/lib/content/data-files';
import {
  ASSUMPTION,
  COMPANY_SIZES,
  COVERAGES,
  GOALS,
  INPUT,
  RISKS,
  SPACES,
  estimateWorkload,
  resolveAssumptions,
  type Verdict,
  type Workload,
} from '../../src/lib/checker';

const { checker } = loadContentData('content');
const run = (inputs: Record<string, unknown>, assumptions: Record<string, unknown> = {}) =>
  estimateWorkload(inputs, assumptions, checker);

/** Every number anywhere in the result. */
function numbersIn(value: unknown, path = 'result'): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

function expectFiniteAndNonNegative(result: Workload) {
  for (const [path, n] of numbersIn(result)) {
    expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
    expect(n >= 0 && !Object.is(n, -0), `${path} = ${n}`).toBe(true);
  }
}

// ------------------------------------------------------------------ arbitraries

/** Numbers a form, a URL or a careless caller could hand over, including NaN, ±Infinity, -0 and 1e12. */
const absurdNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 1e12, -1e12, 1e308, Number.MAX_VALUE, 1e-300),
);
const anyValue = fc.oneof(
  absurdNumber,
  fc.string(),
  absurdNumber.map(String),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant('unknown'),
  fc.array(fc.oneof(fc.string(), fc.constantFrom(...GOALS, ...RISKS))),
  fc.constantFrom(...COMPANY_SIZES, ...SPACES, ...COVERAGES),
  fc.object(),
);
const inputIds = checker.inputs.map((i) => i.id);
const assumptionIds = checker.assumptions.map((a) => a.id);
const anyInputs = fc.record(Object.fromEntries(inputIds.map((id) => [id, anyValue])), { requiredKeys: [] });
const anyAssumptions = fc.record(
  Object.fromEntries(
    assumptionIds.map((id) => [id, fc.oneof(absurdNumber, absurdNumber.map(String), fc.string())]),
  ),
  { requiredKeys: [] },
);
/** Plausible inputs: the shape a real visitor produces. */
const plausibleInputs = fc.record({
  [INPUT.companySize]: fc.constantFrom(...COMPANY_SIZES),
  [INPUT.goals]: fc.subarray([...GOALS]),
  [INPUT.channels]: fc.integer({ min: 0, max: 50 }),
  [INPUT.posts]: fc.integer({ min: 0, max: 1000 }),
  [INPUT.inbound]: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(null)),
  [INPUT.space]: fc.constantFrom(...SPACES),
  [INPUT.members]: fc.integer({ min: 0, max: 10_000_000 }),
  [INPUT.activeShare]: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(null)),
  [INPUT.events]: fc.integer({ min: 0, max: 200 }),
  [INPUT.coverage]: fc.constantFrom(...COVERAGES),
  [INPUT.risk]: fc.subarray([...RISKS]),
  [INPUT.currentHours]: fc.integer({ min: 0, max: 2000 }),
});
const baseInputs = fc.oneof(plausibleInputs, anyInputs);
/**
 * Two numbers, smaller first: mostly within and around the field's range (up to `max`), sometimes any double
 * including ±Infinity (NaN is not "more" of anything).
 */
const orderedPair = (max: number) => {
  const n = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: Math.round(max * 1.2) }) },
    { weight: 2, arbitrary: fc.double({ min: -5, max: max * 1.2, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  );
  return fc.tuple(n, n).map(([x, y]): readonly [number, number] => (x <= y ? [x, y] : [y, x]));
};

// ------------------------------------------------------------------ properties

describe('properties', () => {
  it('more inbound messages never lower the Community Manager hours', () => {
    fc.assert(
      fc.property(baseInputs, anyAssumptions, orderedPair(100_000), (inputs, assumptions, [fewer, more]) => {
        const low = run({ ...inputs, [INPUT.inbound]: fewer }, assumptions);
        const high = run({ ...inputs, [INPUT.inbound]: more }, assumptions);
        expect(high.totals.cm).toBeGreaterThanOrEqual(low.totals.cm);
        expect(high.hours.cm.replies).toBeGreaterThanOrEqual(low.hours.cm.replies);
      }),
      { numRuns: 400 },
    );
  });

  it('more channels never lower the Social Media Manager hours', () => {
    fc.assert(
      fc.property(baseInputs, anyAssumptions, orderedPair(50), (inputs, assumptions, [fewer, more]) => {
        const low = run({ ...inputs, [INPUT.channels]: fewer }, assumptions);
        const high = run({ ...inputs, [INPUT.channels]: more }, assumptions);
        expect(high.totals.smm).toBeGreaterThanOrEqual(low.totals.smm);
      }),
      { numRuns: 400 },
    );
  });

  it('more posts never lower the Social Media Manager hours', () => {
    fc.assert(
      fc.property(baseInputs, anyAssumptions, orderedPair(1000), (inputs, assumptions, [fewer, more]) => {
        const low = run({ ...inputs, [INPUT.posts]: fewer }, assumptions);
        const high = run({ ...inputs, [INPUT.posts]: more }, assumptions);
        expect(high.totals.smm).toBeGreaterThanOrEqual(low.totals.smm);
      }),
      { numRuns: 400 },
    );
  });

  it('more channels and more posts together never lower the Social Media Manager hours', () => {
    fc.assert(
      fc.property(
        plausibleInputs,
        fc.nat({ max: 60 }),
        fc.nat({ max: 1200 }),
        fc.nat({ max: 10 }),
        fc.nat({ max: 100 }),
        (inputs, channels, posts, moreChannels, morePosts) => {
          const low = run({ ...inputs, [INPUT.channels]: channels, [INPUT.posts]: posts });
          const high = run({
            ...inputs,
            [INPUT.channels]: channels + moreChannels,
            [INPUT.posts]: posts + morePosts,
          });
          expect(high.totals.smm).toBeGreaterThanOrEqual(low.totals.smm);
        },
      ),
    );
  });

  it('no input combination yields NaN, Infinity or negative numbers anywhere in the result', () => {
    fc.assert(
      fc.property(anyInputs, anyAssumptions, (inputs, assumptions) => {
        expectFiniteAndNonNegative(run(inputs, assumptions));
      }),
      { numRuns: 1000 },
    );
  });

  it('stays finite even without the checker data and with garbage instead of objects', () => {
    fc.assert(
      fc.property(anyInputs, anyAssumptions, (inputs, assumptions) => {
        expectFiniteAndNonNegative(estimateWorkload(inputs, assumptions));
      }),
    );
    for (const garbage of [null, undefined, 42, 'x', [1, 2]])
      expectFiniteAndNonNegative(estimateWorkload(garbage as never, garbage as never));
  });

  it('totals are the sum of their task areas and agree with the verdict', () => {
    fc.assert(
      fc.property(plausibleInputs, (inputs) => {
        const r = run(inputs);
        const sum = (o: object) => Object.values(o).reduce((s: number, v: number) => s + v, 0);
        expect(r.totals.smm).toBeCloseTo(sum(r.hours.smm), 5);
        expect(r.totals.cm).toBeCloseTo(sum(r.hours.cm), 5);
        expect(r.totals.all).toBeCloseTo(r.totals.smm + r.totals.cm, 5);
        for (const range of Object.values(r.fte)) expect(range[0]).toBeLessThanOrEqual(range[1]);
        if (r.verdict === 'both') expect(r.totals.all).toBeGreaterThan(r.capacity);
        if (r.verdict === 'hybrid') expect(r.totals.all).toBeLessThanOrEqual(r.capacity);
        expect(r.hires[0]?.timing).toBe('now');
      }),
    );
  });
});

// ------------------------------------------------------------------ company profiles

interface Profile {
  name: string;
  verdict: Verdict;
  firstHire: 'smm' | 'cm' | 'hybrid';
  inputs: Record<string, unknown>;
}

const PROFILES: Profile[] = [
  {
    name: 'a two-person start-up posting a few times a week',
    verdict: 'hybrid',
    firstHire: 'hybrid',
    inputs: {
      'company-size': 'micro',
      goals: ['reach-awareness', 'customer-service'],
      channels: 2,
      'posts-per-week': 3,
      'inbound-per-day': 10,
      'current-hours': 4,
    },
  },
  {
    name: 'a B2B firm on one professional network',
    verdict: 'smm-first',
    firstHire: 'smm',
    inputs: {
      'company-size': 'medium',
      goals: ['leads-sales', 'employer-branding'],
      channels: 1,
      'posts-per-week': 3,
      'inbound-per-day': 3,
      'current-hours': 10,
    },
  },
  {
    name: 'a consumer brand with hundreds of messages a day',
    verdict: 'both',
    firstHire: 'cm',
    inputs: {
      'company-size': 'large',
      goals: ['reach-awareness', 'customer-service', 'loyalty-retention'],
      channels: 5,
      'posts-per-week': 25,
      'inbound-per-day': 400,
      coverage: 'seven-days',
      'moderation-risk': ['past-backlash'],
      'current-hours': 40,
    },
  },
  {
    name: 'an indie game studio with a large Discord',
    verdict: 'cm-first',
    firstHire: 'cm',
    inputs: {
      'company-size': 'small',
      goals: ['loyalty-retention', 'product-feedback'],
      channels: 2,
      'posts-per-week': 4,
      'inbound-per-day': 30,
      'community-space': 'discord-slack',
      'community-members': 20000,
      'active-share': 10,
      'events-per-month': 4,
      coverage: 'seven-days',
      'current-hours': 20,
    },
  },
  {
    name: 'a public authority informing citizens during office hours',
    verdict: 'smm-first',
    firstHire: 'smm',
    inputs: {
      'company-size': 'large',
      goals: ['reach-awareness', 'customer-service'],
      channels: 4,
      'posts-per-week': 10,
      'inbound-per-day': 20,
      'moderation-risk': ['sensitive-topics'],
      'current-hours': 20,
    },
  },
  {
    name: 'a regulated bank with a service inbox seven days a week',
    verdict: 'both',
    firstHire: 'cm',
    inputs: {
      'company-size': 'enterprise',
      goals: ['customer-service', 'reach-awareness', 'leads-sales'],
      channels: 4,
      'posts-per-week': 15,
      'inbound-per-day': 150,
      coverage: 'seven-days',
      'moderation-risk': ['regulated-industry', 'past-backlash'],
      'current-hours': 30,
    },
  },
  {
    name: 'a mid-size retailer with a customer forum',
    verdict: 'both',
    firstHire: 'cm',
    inputs: {
      'company-size': 'medium',
      goals: ['customer-service', 'loyalty-retention', 'leads-sales'],
      channels: 3,
      'posts-per-week': 7,
      'inbound-per-day': 15,
      'community-space': 'forum',
      'community-members': 8000,
      'active-share': 10,
      'current-hours': 16,
    },
  },
  {
    name: 'an agency-supported SME that needs someone to steer the agency',
    verdict: 'smm-first',
    firstHire: 'smm',
    inputs: {
      'company-size': 'small',
      goals: ['reach-awareness', 'leads-sales'],
      channels: 3,
      'posts-per-week': 5,
      'inbound-per-day': 8,
      'current-hours': 10,
    },
  },
  {
    name: 'a small online shop with a Facebook group',
    verdict: 'hybrid',
    firstHire: 'hybrid',
    inputs: {
      'company-size': 'small',
      goals: ['reach-awareness', 'loyalty-retention'],
      channels: 2,
      'posts-per-week': 5,
      'inbound-per-day': 10,
      'community-space': 'social-group',
      'community-members': 800,
      'active-share': 10,
      'current-hours': 8,
    },
  },
  {
    name: 'a software company with a product forum and little social presence',
    verdict: 'cm-first',
    firstHire: 'cm',
    inputs: {
      'company-size': 'medium',
      goals: ['customer-service', 'product-feedback', 'loyalty-retention'],
      channels: 1,
      'posts-per-week': 2,
      'inbound-per-day': 5,
      'community-space': 'forum',
      'community-members': 12000,
      'active-share': 8,
      'events-per-month': 2,
      'current-hours': 10,
    },
  },
];

describe('company profiles', () => {
  it.each(PROFILES)('recommends "$verdict" for $name', ({ inputs, verdict, firstHire }) => {
    const result = run(inputs);
    expect(result.verdict).toBe(verdict);
    expect(result.hires[0]?.role).toBe(firstHire);
    expect(result.unknown).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.clamped).toEqual([]);
  });

  it('covers all four verdicts', () => {
    expect(new Set(PROFILES.map((p) => p.verdict))).toEqual(
      new Set(['smm-first', 'cm-first', 'both', 'hybrid']),
    );
  });
});

// ------------------------------------------------------------------ result details

const startUp = PROFILES[0]!.inputs;
const consumer = PROFILES[2]!.inputs;
const gameStudio = PROFILES[3]!.inputs;

describe('reasons', () => {
  it('sorts reasons by the hours they account for, largest first', () => {
    const { reasons } = run(gameStudio);
    expect(reasons.length).toBeGreaterThan(3);
    const weights = reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(reasons[0]).toMatchObject({ key: 'community-members', role: 'cm' });
  });

  it('names the inputs that drove each reason', () => {
    const { reasons } = run(consumer);
    const byKey = Object.fromEntries(reasons.map((r) => [r.key, r]));
    expect(byKey['inbound-messages']?.inputs).toEqual(['inbound-per-day']);
    expect(byKey['inbound-messages']?.params).toMatchObject({ messages: 400 });
    expect(byKey['coverage-seven-days']?.inputs).toEqual(['coverage']);
    expect(byKey['moderation-risk']?.params).toMatchObject({ signals: 1 });
    expect(byKey['posts']?.inputs).toEqual(['posts-per-week']);
    expect(reasons.every((r) => r.weight > 0 && Number.isFinite(r.params['hours']))).toBe(true);
  });

  it('leaves out reasons that add no hours', () => {
    const keys = run(startUp).reasons.map((r) => r.key);
    expect(keys).not.toContain('events');
    expect(keys).not.toContain('community-members');
    expect(keys).not.toContain('coverage-seven-days');
  });

  it('gives a summary sentence with the hours behind the verdict', () => {
    const r = run(consumer);
    expect(r.summary.key).toBe('both');
    expect(r.summary.params).toMatchObject({
      totalHours: r.totals.all,
      smmHours: r.totals.smm,
      cmHours: r.totals.cm,
    });
  });
});

describe("don't know", () => {
  it('falls back to the default for a "don\'t know" answer and lists it', () => {
    const unknown = run({ ...startUp, 'inbound-per-day': null });
    const explicit = run({ ...startUp, 'inbound-per-day': 10 });
    expect(unknown.unknown).toEqual(['inbound-per-day']);
    expect(unknown.totals).toEqual(explicit.totals);
    expect(unknown.used['inbound-per-day']).toBe(10);
    const reason = unknown.reasons.find((r) => r.key === 'inbound-messages');
    expect(reason?.unknownInputs).toEqual(['inbound-per-day']);
  });

  it('treats "don\'t know" on a field that does not allow it as invalid and uses the default', () => {
    const r = run({ ...startUp, channels: null });
    expect(r.invalid).toEqual(['channels']);
    expect(r.used['channels']).toBe(2);
  });
});

describe('clamping and validation', () => {
  it('clamps out-of-range numbers to the field range and names the field', () => {
    const r = run({ ...startUp, 'inbound-per-day': 1e12, channels: -4 });
    expect(r.clamped.sort()).toEqual(['channels', 'inbound-per-day']);
    expect(r.used['inbound-per-day']).toBe(100_000);
    expect(r.used['channels']).toBe(0);
  });

  it('uses the default for unreadable values and names the field', () => {
    const r = run({
      ...startUp,
      'posts-per-week': 'lots',
      coverage: 'sometimes',
      goals: ['world-domination'],
    });
    expect(r.invalid.sort()).toEqual(['coverage', 'goals', 'posts-per-week']);
    expect(r.used['coverage']).toBe('office-hours');
  });

  it('applies assumption overrides and clamps them to their range', () => {
    const base = run(consumer);
    const slower = run(consumer, { [ASSUMPTION.minutesPerReply]: 12 });
    expect(slower.hours.cm.replies).toBeGreaterThan(base.hours.cm.replies);
    const resolved = resolveAssumptions(
      { [ASSUMPTION.minutesPerReply]: 1e9, [ASSUMPTION.spread]: 'x' },
      checker,
    );
    expect(resolved[ASSUMPTION.minutesPerReply]).toBe(120);
    expect(resolved[ASSUMPTION.spread]).toBe(25);
  });

  it('makes the estimate more uncertain when the spread assumption grows', () => {
    const narrow = run(consumer, { [ASSUMPTION.spread]: 0 });
    const wide = run(consumer, { [ASSUMPTION.spread]: 50 });
    expect(narrow.fte.all[0]).toBeCloseTo(narrow.fte.all[1], 0);
    expect(wide.fte.all[1] - wide.fte.all[0]).toBeGreaterThan(narrow.fte.all[1] - narrow.fte.all[0]);
  });
});

describe('split point and hires', () => {
  it('puts the split for one hybrid person at one full-time post of productive hours', () => {
    const r = run(startUp);
    expect(r.verdict).toBe('hybrid');
    expect(r.split).toMatchObject({ metric: 'total', atHours: 32, reached: false });
    expect(r.split!.hoursToGo).toBeCloseTo(32 - r.totals.all, 5);
    expect(r.hires.map((h) => [h.role, h.timing])).toEqual([
      ['hybrid', 'now'],
      ['cm', 'later'],
    ]);
    expect(r.hires[0]?.roles).toEqual(['smm', 'cm']);
  });

  it('for one role first, names the hours at which the other role pays off', () => {
    const r = run(PROFILES[1]!.inputs);
    expect(r.verdict).toBe('smm-first');
    expect(r.split).toMatchObject({ role: 'cm', metric: 'role', atHours: 16, reached: false });
    expect(r.hires.map((h) => [h.role, h.timing, h.triggerHours])).toEqual([
      ['smm', 'now', null],
      ['cm', 'later', 16],
    ]);
  });

  it('hires the role with more work first when both are needed, and has no split point left', () => {
    const r = run(consumer);
    expect(r.split).toBeNull();
    expect(r.hires.map((h) => [h.role, h.timing])).toEqual([
      ['cm', 'now'],
      ['smm', 'now'],
    ]);
    expect(r.hires[0]!.hours).toBeGreaterThan(r.hires[1]!.hours);
  });

  it('moves from one hybrid person to two roles as the community grows', () => {
    const verdicts = [0, 2000, 20000].map(
      (members) =>
        run({ ...PROFILES[8]!.inputs, 'community-members': members, 'events-per-month': 2 }).verdict,
    );
    expect(verdicts[0]).toBe('hybrid');
    expect(verdicts[2]).not.toBe('hybrid');
  });

  it('says "for now, one person" when the answers add up to hardly any work', () => {
    const r = run({ channels: 0, 'posts-per-week': 0, 'inbound-per-day': 0, goals: [] });
    expect(r.totals.all).toBe(0);
    expect(r.verdict).toBe('hybrid');
    expect(r.summary.key).toBe('nothing');
    expect(r.hires).toHaveLength(1);
  });
});

describe('gap to the hours already worked', () => {
  it('shows the missing hours and full-time posts', () => {
    const r = run(consumer);
    expect(r.gap.currentHours).toBe(40);
    expect(r.gap.missingHours).toBeCloseTo(r.totals.all - 40, 5);
    expect(r.gap.surplusHours).toBe(0);
    expect(r.gap.missingFte[0]).toBeGreaterThan(1);
    expect(r.gap.coveredShare).toBeLessThan(100);
  });

  it('shows no gap when the current hours cover the need', () => {
    const r = run({ ...startUp, 'current-hours': 40 });
    expect(r.gap.missingHours).toBe(0);
    expect(r.gap.missingFte).toEqual([0, 0]);
    expect(r.gap.surplusHours).toBeCloseTo(40 - r.totals.all, 5);
    expect(r.gap.coveredShare).toBe(100);
  });
});

describe('warnings', () => {
  it('ignores members without a community space of their own and says so', () => {
    const r = run({ ...startUp, 'community-members': 5000 });
    expect(r.warnings).toContain('members-without-space');
    expect(r.hours.cm.relationships).toBe(0);
  });

  it('warns that round-the-clock coverage needs a rota', () => {
    expect(run({ ...consumer, coverage: 'always-on' }).warnings).toContain('always-on-rota');
    expect(run(consumer).warnings).not.toContain('always-on-rota');
  });

  it('warns about posts without channels', () => {
    expect(run({ ...startUp, channels: 0 }).warnings).toContain('posts-without-channels');
  });
});
