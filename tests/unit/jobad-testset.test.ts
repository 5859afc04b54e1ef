// The job-ad check against its test set (tests/fixtures/jobad-ads.yaml): at least 30 ads written for the
// tests, German and English, each labelled with the expected verdict, title fit and red flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContentData } from '../../src/build/content/data-files';
import { analyseAd, compileVocabulary, FLAG_IDS, jobAdRoleData, type FlagId } from '../../src/lib/jobad';

interface LabelledAd {
  id: string;
  language: 'de' | 'en';
  verdict: string;
  titleFit: string;
  flags: FlagId[];
  text: string;
}

const { ads } = parse(readFileSync('tests/fixtures/jobad-ads.yaml', 'utf8')) as { ads: LabelledAd[] };
const vocabulary = compileVocabulary(jobAdRoleData(loadContentData('content').roles));
const results = ads.map((ad) => ({ ad, analysis: analyseAd(ad.text, vocabulary) }));

describe('job-ad test set', () => {
  it('has at least 30 labelled ads in German and English with known flag ids', () => {
    expect(ads.length).toBeGreaterThanOrEqual(30);
    expect(ads.filter((a) => a.language === 'de').length).toBeGreaterThanOrEqual(10);
    expect(ads.filter((a) => a.language === 'en').length).toBeGreaterThanOrEqual(10);
    for (const ad of ads) for (const flag of ad.flags) expect(FLAG_IDS, ad.id).toContain(flag);
    expect(new Set(ads.map((a) => a.verdict))).toEqual(new Set(['smm', 'cm', 'hybrid', 'unclear']));
  });

  it('detects the language of every ad', () => {
    for (const { ad, analysis } of results) expect(analysis.detected, ad.id).toBe(ad.language);
  });

  it('gets at least 90 % of the verdicts right', () => {
    const wrong = results.filter(({ ad, analysis }) => analysis.verdict !== ad.verdict);
    const accuracy = 1 - wrong.length / results.length;
    expect(
      accuracy,
      wrong.map(({ ad, analysis }) => `${ad.id}: ${analysis.verdict} (expected ${ad.verdict})`).join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every labelled red flag and gap', () => {
    const missed = results.flatMap(({ ad, analysis }) =>
      ad.flags.filter((f) => !analysis.flags.some((found) => found.id === f)).map((f) => `${ad.id}: ${f}`),
    );
    expect(missed).toEqual([]);
  });

  it('says whether the title fits the duties as labelled, for at least 90 % of the ads', () => {
    const wrong = results.filter(({ ad, analysis }) => analysis.titleFit !== ad.titleFit);
    expect(
      wrong.length / results.length,
      wrong.map(({ ad, analysis }) => `${ad.id}: ${analysis.titleFit} (expected ${ad.titleFit})`).join('\n'),
    ).toBeLessThanOrEqual(0.1);
  });
});
