// Named company profiles through the real model and data: what the hiring check recommends, and why a
// staffing expert would agree. Each comment gives the reasoning a practitioner would apply; the numbers are the
// model's (central assumptions, 25.6 hours a week per full-time post over the year).
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import { estimateWorkload, readTypedNumber, type Profile, type Verdict } from '../../src/lib/checker';

const { checker } = loadContentData('content');
const run = (inputs: Record<string, unknown>) => estimateWorkload(inputs, {}, checker);

interface Scenario {
  name: string;
  verdict: Verdict;
  /** For one person: whom to hire; for two: who comes first. */
  profile?: Profile;
  inputs: Record<string, unknown>;
  /** Further expectations on the result. */
  also?: (r: ReturnType<typeof run>) => void;
}

const saas = {
  'company-size': 'medium',
  goals: ['customer-service', 'product-feedback', 'loyalty-retention'],
  channels: 2,
  'posts-per-week': 4,
  'inbound-per-day': 8,
  'community-space': 'forum',
  'community-members': 3000,
  'active-share': null,
  'events-per-month': 1,
};

const SCENARIOS: Scenario[] = [
  {
    // One account, three posts a week, a few comments: about 7 hours a week. Nobody would create a post for
    // that; the owner, a trainee or a freelancer a few hours a week does it. Close to the line, so it says so.
    name: 'a bakery with one Instagram account',
    verdict: 'not-yet',
    inputs: {
      'company-size': 'micro',
      goals: ['reach-awareness', 'leads-sales'],
      channels: 1,
      'posts-per-week': 3,
      'inbound-per-day': 3,
    },
    also: (r) => {
      expect(r.hires).toEqual([]);
      expect(r.totals.all).toBeLessThan(8);
      expect(r.borderline?.towards).toBe('one');
    },
  },
  {
    // A 3,000-member product forum plus some social: about one full post, mostly community work, with social
    // on the side. The usual answer is one community-minded person who also runs social, and a second hire
    // once the forum grows; the check says it is close to that point.
    name: 'a 50-person SaaS firm with a 3,000-member forum',
    verdict: 'one',
    profile: 'hybrid',
    inputs: saas,
    also: (r) => {
      expect(r.totals.cm).toBeGreaterThan(r.totals.smm);
      expect(r.borderline?.towards).toBe('two');
    },
  },
  {
    // The same firm, typed the German way ("3.000" members): the same advice, not the advice for 3 members.
    name: 'the SaaS firm with its members typed as "3.000" on the German page',
    verdict: 'one',
    profile: 'hybrid',
    inputs: { ...saas, 'community-members': (readTypedNumber('3.000', 'de') as { value: number }).value },
    also: (r) => expect(r.used['community-members']).toBe(3000),
  },
  {
    // 300 comments and messages a day on its channels, seven days a week, after a past backlash: the daily
    // dialogue is community work wherever it happens, and it dwarfs the content work. Several people, the
    // community side first, a weekend rota; paid campaigns and content need their own specialist too.
    name: 'a consumer brand with 2 M followers, paid campaigns and no community of its own',
    verdict: 'two',
    profile: 'cm',
    inputs: {
      'company-size': 'large',
      goals: ['reach-awareness', 'leads-sales'],
      channels: 5,
      'posts-per-week': 35,
      'inbound-per-day': 300,
      coverage: 'seven-days',
      'moderation-risk': ['past-backlash'],
    },
    also: (r) => {
      expect(r.central.all).toBeGreaterThan(4);
      expect(r.rota?.people).toBe(2);
      expect(r.totals.smm).toBeGreaterThan(25.6);
    },
  },
  {
    // 800 volunteers in a group, a quarter active, two events a month, sensitive topics, some social: about one
    // full post across both sides. Nonprofits fund one generalist, not two part-time specialists.
    name: 'a nonprofit with 800 volunteers',
    verdict: 'one',
    profile: 'hybrid',
    inputs: {
      'company-size': 'small',
      goals: ['reach-awareness', 'loyalty-retention'],
      channels: 2,
      'posts-per-week': 4,
      'inbound-per-day': 5,
      'community-space': 'social-group',
      'community-members': 800,
      'active-share': 25,
      'events-per-month': 2,
      'moderation-risk': ['sensitive-topics'],
    },
  },
  {
    // 40,000 Discord members, 2,000 active, weekly events, answers every day: a community team of several,
    // with a weekend rota, before anyone else; social is a smaller second post.
    name: 'a game studio with a 40k Discord',
    verdict: 'two',
    profile: 'cm',
    inputs: {
      'company-size': 'small',
      goals: ['loyalty-retention', 'product-feedback', 'reach-awareness'],
      channels: 3,
      'posts-per-week': 6,
      'inbound-per-day': 30,
      'community-space': 'discord-slack',
      'community-members': 40000,
      'active-share': 5,
      'events-per-month': 4,
      coverage: 'seven-days',
    },
    also: (r) => {
      expect(r.central.cm).toBeGreaterThan(2);
      expect(r.rota?.people).toBe(2);
    },
  },
  {
    // A town hall on four channels with 40 citizen questions a day on sensitive topics: more than one person
    // can do, about as much answering as publishing. Public bodies staff the citizen dialogue first.
    name: 'a municipality',
    verdict: 'two',
    profile: 'cm',
    inputs: {
      'company-size': 'large',
      goals: ['reach-awareness', 'customer-service'],
      channels: 4,
      'posts-per-week': 10,
      'inbound-per-day': 40,
      'moderation-risk': ['sensitive-topics'],
    },
  },
  {
    // An agency's own marketing: three channels, campaigns, few messages. Part of one post, with the focus on
    // content and campaigns; community tasks come along.
    name: 'a 20-person agency',
    verdict: 'one',
    profile: 'smm',
    inputs: {
      'company-size': 'small',
      goals: ['reach-awareness', 'leads-sales', 'employer-branding'],
      channels: 3,
      'posts-per-week': 6,
      'inbound-per-day': 5,
    },
    also: (r) => expect(r.central.all).toBeLessThan(1),
  },
  {
    // Nothing known: the check uses typical values, says so, and gives a modest answer rather than a big one.
    name: '"don\'t know" everywhere',
    verdict: 'one',
    profile: 'hybrid',
    inputs: { 'inbound-per-day': null, 'active-share': null },
    also: (r) => {
      expect(r.unknown).toEqual(['inbound-per-day', 'active-share']);
      expect(r.central.all).toBeLessThan(1);
    },
  },
  {
    // Already 80 hours a week against a need of about 30: the structure stays "one person", but no hire is
    // needed now; the question is how the work is spread.
    name: 'a firm already spending more hours than it needs',
    verdict: 'one',
    profile: 'hybrid',
    inputs: { ...saas, 'current-hours': 80 },
    also: (r) => {
      expect(r.gap.hireNow).toBe(false);
      expect(r.gap.surplusHours).toBeGreaterThan(40);
      expect(r.hires.map((h) => h.timing)).toEqual(['covered']);
    },
  },
  {
    // Few messages, but answered around the clock: the hours fit one person, presence does not. The check keeps
    // the verdict on the hours and names the rota of six (or a service provider) separately.
    name: 'a small firm that must answer round the clock',
    verdict: 'one',
    inputs: {
      'company-size': 'small',
      goals: ['customer-service'],
      channels: 2,
      'posts-per-week': 3,
      'inbound-per-day': 5,
      coverage: 'always-on',
    },
    also: (r) => expect(r.rota).toMatchObject({ coverage: 'always-on', seatHours: 168, people: 6 }),
  },
  {
    // 150 service messages a day, seven days a week: social customer care is a team; the content side is a
    // post of its own.
    name: 'an online shop answering 150 messages a day',
    verdict: 'two',
    profile: 'cm',
    inputs: {
      'company-size': 'small',
      goals: ['customer-service', 'leads-sales'],
      channels: 3,
      'posts-per-week': 7,
      'inbound-per-day': 150,
      coverage: 'seven-days',
    },
  },
  {
    // A B2B firm on one professional network with few comments: under half a post, all of it content and
    // campaigns. One social media person, part-time or with other marketing duties.
    name: 'a 60-person B2B firm on one network',
    verdict: 'one',
    profile: 'smm',
    inputs: {
      'company-size': 'medium',
      goals: ['leads-sales', 'employer-branding'],
      channels: 1,
      'posts-per-week': 3,
      'inbound-per-day': 3,
    },
    also: (r) => expect(r.central.all).toBeLessThan(0.5),
  },
  {
    // No channels, no messages, no community: nothing to staff.
    name: 'a consultant with no social presence yet',
    verdict: 'not-yet',
    inputs: { 'company-size': 'micro', goals: [], channels: 0, 'posts-per-week': 0, 'inbound-per-day': 0 },
    also: (r) => expect(r.summary.key).toBe('nothing'),
  },
];

describe('company profiles', () => {
  it('has at least 12 named profiles covering every verdict', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SCENARIOS.map((s) => s.verdict))).toEqual(new Set(['not-yet', 'one', 'two']));
  });

  it.each(SCENARIOS)('recommends "$verdict" for $name', ({ inputs, verdict, profile, also }) => {
    const r = run(inputs);
    expect(r.verdict).toBe(verdict);
    if (profile) expect(r.profile).toBe(profile);
    expect(r.invalid).toEqual([]);
    expect(r.clamped).toEqual([]);
    also?.(r);
  });
});
