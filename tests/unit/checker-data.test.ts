// The real checker data in content/data/checker.yaml against the model that reads it.
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import { defaultValues, estimateWorkload } from '../../src/lib/checker';

const { checker } = loadContentData('content');

describe('content/data/checker.yaml', () => {
  it('loads through the content validation', () => {
    expect(checker.inputs.length).toBeGreaterThan(0);
    expect(checker.inputs.length).toBeLessThanOrEqual(12);
  });

  it('gives every number input a unit and every assumption a source with a note in both languages', () => {
    for (const input of checker.inputs.filter((i) => i.kind === 'number'))
      expect(input.unit, input.id).toBeDefined();
    for (const a of checker.assumptions) {
      // A figure without a study says so: the note names it an assumption or a heuristic, or cites a figure.
      expect(a.note.en, a.id).toMatch(/Rollenklar assumption|heuristic|\d/);
      expect(a.note.de, a.id).toMatch(/Annahme von Rollenklar|Faustregel|\d/);
      // The German note is German, not the English one again (issue 11: 17 English notes on the German page).
      expect(a.note.de, a.id).not.toBe(a.note.en);
      expect(a.note.de, a.id).toMatch(/\b(die|der|das|und|ist|pro|nicht)\b/);
      expect(a.note.en, a.id).toMatch(/\b(the|and|is|a|per|not)\b/);
    }
  });

  it('gives every assumption with a range a low value below and a high value above the central one', () => {
    const lower = new Set(['productive-hours-per-fte']); // more productive hours mean less workload
    for (const a of checker.assumptions) {
      if (a.low === undefined && a.high === undefined) continue;
      expect(a.low, a.id).toBeDefined();
      expect(a.high, a.id).toBeDefined();
      if (lower.has(a.id)) expect(a.low!, a.id).toBeGreaterThanOrEqual(a.value);
      else expect(a.low!, a.id).toBeLessThanOrEqual(a.value);
      if (lower.has(a.id)) expect(a.high!, a.id).toBeLessThanOrEqual(a.value);
      else expect(a.high!, a.id).toBeGreaterThanOrEqual(a.value);
    }
  });

  it('cites the page that has the figure: the reply share from MediaPost, the screening rate from its source', () => {
    const byId = Object.fromEntries(checker.assumptions.map((a) => [a.id, a]));
    expect(byId['share-needing-reply']!.source.url).toContain('mediapost.com');
    expect(byId['minutes-to-screen-message']!.note.en).not.toMatch(/no published benchmark/i);
    expect(byId['absence-share']!.alsoSources.length).toBeGreaterThanOrEqual(2);
  });

  it('writes German with the colon form and without ASCII stand-ins for umlauts', () => {
    const german = [
      ...checker.inputs.flatMap((i) => [i.label.de, i.help.de, ...(i.options ?? []).map((o) => o.label.de)]),
      ...checker.assumptions.flatMap((a) => [a.label.de, a.unit.de, a.note.de]),
    ];
    for (const text of german) {
      expect(text).not.toMatch(/Innen\b|\*innen|_innen|\/innen/);
      expect(text).not.toMatch(/\b(fuer|ueber|Groesse|moechte|koennen|muessen)\b/);
      expect(text).not.toMatch(/\bSie\b|\bIhre?\b/); // "du", not "Sie"
    }
    expect(german.join(' ')).toMatch(/Kund:innen/);
  });

  it('keeps labels short and help texts to a few sentences', () => {
    for (const input of checker.inputs)
      for (const locale of ['de', 'en'] as const) {
        expect(input.label[locale].length, input.id).toBeLessThanOrEqual(70);
        expect(input.help[locale].length, input.id).toBeLessThanOrEqual(320);
      }
  });

  it('computes a result from the data defaults with nothing unknown, invalid or clamped', () => {
    const result = estimateWorkload(defaultValues(checker), {}, checker);
    expect(result.unknown).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.clamped).toEqual([]);
    expect(result.totals.all).toBeGreaterThan(0);
  });
});
