// The hiring-needs model: monotonicity and finiteness as properties over the real data, and the parts of the
// result the page shows (reasons, range, borderline, rota, split point, hires, gap, warnings). Named company
// profiles are in checker-scenarios.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContentData } from '../../src/build/content/data-files';
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
      { numRuns: 600 },
    );
  }, 30_000);

  it('stays finite with garbage instead of objects', () => {
    for (const garbage of [null, undefined, 42, 'x', [1, 2]])
      expectFiniteAndNonNegative(run(garbage as never, garbage as never));
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
        const [low, high] = r.hoursRange.all;
        expect(low).toBeLessThanOrEqual(r.totals.all);
        expect(high).toBeGreaterThanOrEqual(r.totals.all);
        const fte = r.totals.all / r.capacity;
        if (r.verdict === 'not-yet') expect(fte).toBeLessThan(0.3 + 0.01);
        if (r.verdict === 'two') expect(fte).toBeGreaterThan(1.25 - 0.01);
        expect(r.hires.length).toBe({ 'not-yet': 0, one: 1, two: 2 }[r.verdict]);
      }),
    );
  });
});

// ------------------------------------------------------------------ monotonic verdict

/** Every input a visitor can raise, with a generator of "more" for it. */
const RAISES: Array<[string, (x: unknown) => fc.Arbitrary<unknown>]> = [
  [INPUT.channels, (x) => fc.integer({ min: Number(x), max: 50 })],
  [INPUT.posts, (x) => fc.integer({ min: Number(x), max: 1000 })],
  // "Don't know" counts as the default (10), so more is at least that.
  [INPUT.inbound, (x) => fc.integer({ min: x === null ? 10 : Number(x), max: 100_000 })],
  [INPUT.members, (x) => fc.integer({ min: Number(x), max: 10_000_000 })],
  [INPUT.activeShare, (x) => fc.double({ min: x === null ? 10 : Number(x), max: 100, noNaN: true })],
  [INPUT.events, (x) => fc.integer({ min: Number(x), max: 200 })],
  [
    INPUT.companySize,
    (x) =>
      fc.constantFrom(...COMPANY_SIZES.slice(COMPANY_SIZES.indexOf(x as (typeof COMPANY_SIZES)[number]))),
  ],
  [
    INPUT.coverage,
    (x) => fc.constantFrom(...COVERAGES.slice(COVERAGES.indexOf(x as (typeof COVERAGES)[number]))),
  ],
  // More goals or risks: a superset of the ones chosen.
  [INPUT.goals, (x) => fc.subarray([...GOALS]).map((more) => [...new Set([...(x as string[]), ...more])])],
  [INPUT.risk, (x) => fc.subarray([...RISKS]).map((more) => [...new Set([...(x as string[]), ...more])])],
  // A community space of any kind is more than none.
  [INPUT.space, (x) => (x === 'none' ? fc.constantFrom(...SPACES) : fc.constant(x))],
];
const LEVEL = { 'not-yet': 0, one: 1, two: 2 } as const;

describe('monotonic verdict', () => {
  it.each(RAISES.map(([id, more]) => ({ id, more })))(
    'raising "$id" with everything else fixed never moves the verdict back towards "not yet"',
    ({ id, more }) => {
      fc.assert(
        fc.property(
          plausibleInputs.chain((inputs) =>
            fc.tuple(fc.constant(inputs), more((inputs as Record<string, unknown>)[id])),
          ),
          ([inputs, raised]) => {
            const before = run(inputs).verdict;
            const after = run({ ...inputs, [id]: raised }).verdict;
            expect(LEVEL[after]).toBeGreaterThanOrEqual(LEVEL[before]);
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('walks not yet → one person → both roles, never back, as inbound messages rise', () => {
    const base = { 'company-size': 'small', goals: ['reach-awareness'], channels: 1, 'posts-per-week': 2 };
    let level = 0;
    const seen = new Set<string>();
    for (let inbound = 0; inbound <= 400; inbound += 2) {
      const r = run({ ...base, 'inbound-per-day': inbound });
      expect(LEVEL[r.verdict]).toBeGreaterThanOrEqual(level);
      level = LEVEL[r.verdict];
      seen.add(r.verdict);
    }
    expect([...seen]).toEqual(['not-yet', 'one', 'two']);
  });

  it('hours already worked never change the verdict, only whether a post is open now', () => {
    fc.assert(
      fc.property(plausibleInputs, fc.integer({ min: 0, max: 2000 }), (inputs, hours) => {
        const without = run({ ...inputs, [INPUT.currentHours]: 0 });
        const withHours = run({ ...inputs, [INPUT.currentHours]: hours });
        expect(withHours.verdict).toBe(without.verdict);
        expect(withHours.profile).toBe(without.profile);
        if (withHours.gap.missingHours <= 0)
          expect(withHours.hires.every((h) => h.timing === 'covered')).toBe(true);
      }),
    );
  });
});

// ------------------------------------------------------------------ result details

/** A small firm with a forum: enough work for one person, some of it community. */
const forumFirm = {
  'company-size': 'medium',
  goals: ['customer-service', 'product-feedback'],
  channels: 2,
  'posts-per-week': 4,
  'inbound-per-day': 8,
  'community-space': 'forum',
  'community-members': 3000,
  'active-share': 10,
  'events-per-month': 1,
};
/** A consumer brand with hundreds of messages a day, seven days a week. */
const consumer = {
  'company-size': 'large',
  goals: ['reach-awareness', 'customer-service', 'loyalty-retention'],
  channels: 5,
  'posts-per-week': 25,
  'inbound-per-day': 400,
  coverage: 'seven-days',
  'moderation-risk': ['past-backlash'],
  'current-hours': 40,
};
const startUp = {
  'company-size': 'micro',
  goals: ['reach-awareness', 'customer-service'],
  channels: 2,
  'posts-per-week': 3,
  'inbound-per-day': 10,
};

describe('reasons', () => {
  it('sorts reasons by the hours they account for, largest first', () => {
    const { reasons } = run(forumFirm);
    expect(reasons.length).toBeGreaterThan(3);
    const weights = reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
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
    expect(r.summary.key).toBe('two-cm-first');
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

  it('counts a fraction of a count as the nearest whole number and names the field', () => {
    const r = run({ ...startUp, channels: 1.5 });
    expect(r.clamped).toEqual(['channels']);
    expect(r.used['channels']).toBe(2);
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

  it('never reads the ambiguous "40.000" members from a link as 40', () => {
    const r = run({ ...forumFirm, 'community-members': '40.000' });
    expect(r.invalid).toEqual(['community-members']);
    expect(r.used['community-members']).toBe(0);
  });

  it('applies assumption overrides and clamps them to their range', () => {
    const base = run(consumer);
    const slower = run(consumer, { [ASSUMPTION.minutesPerReply]: 12 });
    expect(slower.hours.cm.replies).toBeGreaterThan(base.hours.cm.replies);
    const resolved = resolveAssumptions(
      { [ASSUMPTION.minutesPerReply]: 1e9, [ASSUMPTION.absenceShare]: 'x' },
      checker,
    );
    expect(resolved[ASSUMPTION.minutesPerReply]).toBe(120);
    expect(resolved[ASSUMPTION.absenceShare]).toBe(20);
  });
});

describe('honest uncertainty', () => {
  it('shows the range between the low and the high set of assumptions from the data', () => {
    const r = run(consumer);
    const [low, high] = r.hoursRange.all;
    expect(low).toBeLessThan(r.totals.all * 0.8);
    expect(high).toBeGreaterThan(r.totals.all * 1.25);
    expect(r.fte.all[0]).toBeLessThan(r.central.all);
    expect(r.fte.all[1]).toBeGreaterThan(r.central.all);
  });

  it('uses a changed assumption in all three sets, so knowing a value narrows the range', () => {
    const open = run(consumer);
    const known = run(consumer, { [ASSUMPTION.minutesPerReply]: 6, [ASSUMPTION.minutesToScreen]: 1.5 });
    const width = (r: Workload) => r.hoursRange.all[1] - r.hoursRange.all[0];
    expect(width(known)).toBeLessThan(width(open));
  });

  it('names the assumption that moves the result most', () => {
    const messages = run(consumer);
    expect(messages.influence?.id).toBe(ASSUMPTION.minutesPerReply);
    expect(messages.influence!.highHours).toBeGreaterThan(messages.influence!.lowHours);
    const posts = run({ ...startUp, 'posts-per-week': 20, 'inbound-per-day': 1 });
    expect(posts.influence?.id).toBe(ASSUMPTION.minutesPerPost);
  });

  it('counts leave, public holidays and sickness: a post delivers 32 h less 20 % over the year', () => {
    const r = run(startUp);
    expect(r.weeklyProductive).toBe(32);
    expect(r.capacity).toBeCloseTo(25.6, 5);
    expect(run(startUp, { [ASSUMPTION.absenceShare]: 0 }).capacity).toBe(32);
  });

  it('says when the need lies within 15 % of a threshold and how many hours would tip it', () => {
    // 1.25 posts at 25.6 h are 32 h; 30 h is within 15 % below it.
    const near = run(forumFirm);
    expect(near.verdict).toBe('one');
    expect(near.borderline).toMatchObject({ towards: 'two', thresholdHours: 32 });
    expect(near.borderline!.hours).toBeCloseTo(32 - near.totals.all, 5);
    expect(run(startUp).borderline).toBeNull();
  });
});

describe('rota', () => {
  it('needs at least 2 people for seven-day answering and 6 round the clock, whatever the hours', () => {
    const quiet = { ...startUp, 'inbound-per-day': 2 };
    expect(run(quiet).rota).toBeNull();
    expect(run({ ...quiet, coverage: 'seven-days' }).rota).toMatchObject({ seatHours: 56, people: 2 });
    const always = run({ ...quiet, coverage: 'always-on' });
    // 168 hours on duty; a 40-hour contract delivers 32 hours of presence after 20 % absence: 5.25 → 6.
    expect(always.rota).toMatchObject({ seatHours: 168, people: 6 });
    expect(always.verdict).not.toBe('two');
  });
});

describe('split point and hires', () => {
  it('for one person, names the hours at which a second post pays off', () => {
    const r = run(startUp);
    expect(r.verdict).toBe('one');
    expect(r.split).toMatchObject({ next: 'two', atHours: 32 });
    expect(r.split!.hoursToGo).toBeCloseTo(32 - r.totals.all, 5);
    expect(r.hires.map((h) => [h.role, h.timing])).toEqual([[r.profile, 'now']]);
  });

  it('for "not yet", names the hours at which a post of its own pays off and proposes no hire', () => {
    const r = run({ ...startUp, channels: 1, 'posts-per-week': 1, 'inbound-per-day': 1 });
    expect(r.verdict).toBe('not-yet');
    expect(r.split).toMatchObject({ next: 'one', atHours: 7.7 });
    expect(r.hires).toEqual([]);
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

  it('says "no dedicated post" when the answers add up to hardly any work', () => {
    const r = run({ channels: 0, 'posts-per-week': 0, 'inbound-per-day': 0, goals: [] });
    expect(r.totals.all).toBe(0);
    expect(r.verdict).toBe('not-yet');
    expect(r.summary.key).toBe('nothing');
    expect(r.hires).toHaveLength(0);
  });
});

describe('gap to the hours already worked', () => {
  it('shows the missing hours and full-time posts, and keeps the posts open', () => {
    const r = run(consumer);
    expect(r.gap.currentHours).toBe(40);
    expect(r.gap.missingHours).toBeCloseTo(r.totals.all - 40, 5);
    expect(r.gap.surplusHours).toBe(0);
    expect(r.gap.missingFte).toBeGreaterThan(1);
    expect(r.gap.hireNow).toBe(true);
  });

  it('needs no hire now when the hours already worked cover the need', () => {
    const r = run({ ...startUp, 'current-hours': 40 });
    expect(r.gap.missingHours).toBe(0);
    expect(r.gap.missingFte).toBe(0);
    expect(r.gap.surplusHours).toBeCloseTo(40 - r.totals.all, 5);
    expect(r.gap.coveredShare).toBe(100);
    expect(r.gap.hireNow).toBe(false);
    expect(r.hires.map((h) => h.timing)).toEqual(['covered']);
  });

  it('needs no hire now when the gap is smaller than a post of its own', () => {
    const r = run({ ...startUp, 'current-hours': 10 });
    expect(r.gap.missingHours).toBeGreaterThan(0);
    expect(r.gap.missingHours).toBeLessThan(7.7);
    expect(r.gap.hireNow).toBe(false);
  });

  it('fills the first post with the hours already worked and keeps the second one open', () => {
    const r = run({ ...consumer, 'current-hours': run(consumer).totals.cm });
    expect(r.verdict).toBe('two');
    expect(r.hires.map((h) => [h.role, h.timing])).toEqual([
      ['cm', 'covered'],
      ['smm', 'now'],
    ]);
  });
});

describe('warnings', () => {
  it('ignores members without a community space of their own and says so', () => {
    const r = run({ ...startUp, 'community-members': 5000 });
    expect(r.warnings).toContain('members-without-space');
    expect(r.hours.cm.relationships).toBe(0);
  });

  it('warns about posts without channels', () => {
    expect(run({ ...startUp, channels: 0 }).warnings).toContain('posts-without-channels');
  });
});
