// The hiring check's result in words: every sentence filled, in both languages, for any input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import de from '../../src/i18n/de.json';
import en from '../../src/i18n/en.json';
import { loadContentData } from '../../src/build/content/data-files';
import type { Locale } from '../../src/build/content/schemas';
import { pickStrings, useTranslations } from '../../src/i18n';
import {
  COMPANY_SIZES,
  COVERAGES,
  GOALS,
  INPUT,
  RISKS,
  SPACES,
  describeResult,
  estimateWorkload,
  CHECKER_STRINGS,
  stringKey,
  type InputErrorKey,
  type ReasonKey,
  type SummaryKey,
  type WarningKey,
} from '../../src/lib/checker';
import { islandData, localizeChecker } from '../../src/lib/checker/view';

const { checker, roles } = loadContentData('content');
const t = (locale: Locale) => useTranslations(locale);
const names = (locale: Locale) => ({
  smm: roles.find((r) => r.id === 'smm')!.name[locale],
  cm: roles.find((r) => r.id === 'cm')!.name[locale],
});
const labels = (locale: Locale) => Object.fromEntries(checker.inputs.map((i) => [i.id, i.label[locale]]));

/** Every string anywhere in a value. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}

const number = (max: number) =>
  fc.oneof(fc.integer({ min: 0, max }), fc.constant(null), fc.constantFrom('-5', '1e308', '', 'abc', '1,5'));
const inputs = fc.record({
  [INPUT.companySize]: fc.constantFrom(...COMPANY_SIZES),
  [INPUT.goals]: fc.subarray([...GOALS]),
  [INPUT.channels]: number(60),
  [INPUT.posts]: number(2000),
  [INPUT.inbound]: number(200_000),
  [INPUT.space]: fc.constantFrom(...SPACES),
  [INPUT.members]: number(20_000_000),
  [INPUT.activeShare]: number(120),
  [INPUT.events]: number(300),
  [INPUT.coverage]: fc.constantFrom(...COVERAGES),
  [INPUT.risk]: fc.subarray([...RISKS]),
  [INPUT.currentHours]: number(3000),
});

describe('result in words', () => {
  it.each(['de', 'en'] as const)('fills every sentence with readable numbers (%s)', (locale) => {
    fc.assert(
      fc.property(inputs, (values) => {
        const w = estimateWorkload(values, {}, checker);
        const text = describeResult(w, locale, t(locale), names(locale), labels(locale));
        // These are empty when they do not apply.
        const { split, gap, range, borderline, influence, rota, interim, ...rest } = text;
        for (const s of textsIn(rest)) expect(s).not.toMatch(/NaN|Infinity|undefined|\{\w+\}|^\s*$/);
        for (const s of [split, gap, range, borderline, influence, rota, interim])
          expect(s).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        // Hours come with their unit, singular for exactly one.
        for (const s of textsIn(rest)) expect(s).not.toMatch(/(^|[^\d,.])1 (Stunden|hours)\b/);
        for (const group of text.chart)
          for (const row of group.rows) expect(row.width >= 0 && row.width <= 100).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes German numbers the German way', () => {
    const w = estimateWorkload({ 'inbound-per-day': 12_345, channels: 3 }, {}, checker);
    const text = describeResult(w, 'de', t('de'), names('de'), labels('de'));
    expect(text.reasons.map((r) => r.text).join(' ')).toContain('12.345 pro Tag');
    expect(text.fteNote).toContain('leistet im Jahresschnitt 25,6 Stunden pro Woche: 32 produktive Stunden');
  });

  it('names the split point and the one hire for a person covering both', () => {
    const w = estimateWorkload({ 'inbound-per-day': 25 }, {}, checker);
    expect(w.verdict).toBe('one');
    const text = describeResult(w, 'en', t('en'), names('en'), labels('en'));
    expect(text.verdict).toBe('One person for social media and community');
    expect(text.split).toMatch(/^A second post pays off from about 32 hours a week\./);
    expect(text.hires.map((h) => [h.now, h.name])).toEqual([
      [true, 'One person for social media and community'],
    ]);
  });

  it('names the assumption that moves the result most, with its label, and the range', () => {
    const w = estimateWorkload({ 'inbound-per-day': 300 }, {}, checker);
    const assumptionLabels = Object.fromEntries(checker.assumptions.map((a) => [a.id, a.label.de]));
    const text = describeResult(w, 'de', t('de'), names('de'), labels('de'), assumptionLabels);
    expect(text.influence).toMatch(/^Am stärksten hängt das Ergebnis an der Annahme „Zeit pro Antwort“/);
    expect(text.range).toMatch(/^Je nach Annahmen sind es [\d,.]+ bis [\d,.]+ Stunden pro Woche/);
  });

  it('for "not yet", says who could take the hours and names no hire', () => {
    const w = estimateWorkload(
      { 'company-size': 'micro', channels: 1, 'posts-per-week': 2, 'inbound-per-day': 2 },
      {},
      checker,
    );
    expect(w.verdict).toBe('not-yet');
    const text = describeResult(w, 'de', t('de'), names('de'), labels('de'));
    expect(text.interim).toMatch(/^Wer die Stunden übernehmen kann: jemand im Haus/);
    expect(text.hires).toEqual([]);
  });

  it('names the minimum rota for round-the-clock answering', () => {
    const w = estimateWorkload({ coverage: 'always-on' }, {}, checker);
    const text = describeResult(w, 'en', t('en'), names('en'), labels('en'));
    expect(text.rota).toContain('at least 6 people');
  });
});

describe('checker strings', () => {
  const keys: string[] = [
    ...(
      [
        'nothing',
        'not-yet',
        'one-smm',
        'one-cm',
        'one-hybrid',
        'two-smm-first',
        'two-cm-first',
      ] satisfies SummaryKey[]
    ).flatMap((k) => [stringKey('checker.verdict', k), stringKey('checker.summary', k)]),
    ...(
      [
        'inbound-messages',
        'community-members',
        'community-space',
        'events',
        'coverage-seven-days',
        'coverage-always-on',
        'moderation-risk',
        'feedback-loop',
        'posts',
        'channels',
        'company-size',
        'campaign-goals',
      ] satisfies ReasonKey[]
    ).map((k) => stringKey('checker.reason', k)),
    ...(['members-without-space', 'posts-without-channels'] satisfies WarningKey[]).map((k) =>
      stringKey('checker.warning', k),
    ),
    ...(
      [
        'empty',
        'not-a-number',
        'negative',
        'too-small',
        'too-large',
        'not-whole',
        'ambiguous',
        'unknown-option',
        'unknown-not-allowed',
      ] satisfies InputErrorKey[]
    ).map((k) => stringKey('checker.error', k)),
  ];

  it('has a string in both languages for every verdict, reason, warning and error the model emits', () => {
    const island = pickStrings('de', CHECKER_STRINGS);
    expect(stringKey('checker.reason', 'coverage-seven-days')).toBe('checker.reason.coverageSevenDays');
    for (const key of keys) {
      expect(de, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
      expect(island, key).toHaveProperty([key]);
    }
  });

  it('hands the island only what it needs', () => {
    const island = pickStrings('de', CHECKER_STRINGS);
    expect(island).not.toHaveProperty(['checker.method.model']);
    expect(island).not.toHaveProperty(['checker.form.heading']);
    expect(island).toHaveProperty(['checker.assumptions.changed']);
    expect(island).not.toHaveProperty(['nav.checker']);
    const data = islandData(localizeChecker(checker, 'de'));
    expect(JSON.stringify(data)).not.toContain('"help"');
    expect(JSON.stringify(data)).not.toContain('"source"');
    expect(data.inputs).toHaveLength(checker.inputs.length);
  });
});
