// Input state of the checker: field validation, URL parameters and saved state in the browser's storage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContentData } from '../../src/build/content/data-files';
import {
  CHECKER_STORAGE_KEY,
  defaultValues,
  normalizeValues,
  parseCheckerParams,
  parseNumber,
  parseSavedCheckerState,
  serializeCheckerState,
  toCheckerParams,
  validateAssumption,
  validateValue,
  type CheckerValue,
  type InputDefinition,
} from '../../src/lib/checker';

const { checker } = loadContentData('content');
const def = (id: string): InputDefinition => {
  const found = checker.inputs.find((i) => i.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
};

// ------------------------------------------------------------------ arbitraries

/** A valid value for one input, including "don't know" where allowed. */
function validValue(input: InputDefinition): fc.Arbitrary<CheckerValue> {
  const ids = (input.options ?? []).map((o) => o.id);
  let arb: fc.Arbitrary<CheckerValue>;
  if (input.kind === 'number') {
    const whole = fc.integer({ min: Math.ceil(input.min ?? 0), max: Math.floor(input.max ?? 1e6) });
    arb = input.decimals
      ? fc.oneof(
          whole,
          fc.double({ min: input.min ?? 0, max: input.max ?? 1e6, noNaN: true, noDefaultInfinity: true }),
        )
      : whole;
  } else if (input.kind === 'choice') arb = fc.constantFrom(...ids);
  else arb = fc.subarray(ids);
  return input.allowUnknown ? fc.oneof(arb, fc.constant(null)) : arb;
}

const validValues = fc.record(Object.fromEntries(checker.inputs.map((i) => [i.id, validValue(i)])), {
  requiredKeys: [],
});
const validOverrides = fc.record(
  Object.fromEntries(
    checker.assumptions.map((a) => [a.id, fc.double({ min: a.min, max: a.max, noNaN: true })]),
  ),
  { requiredKeys: [] },
);

// ------------------------------------------------------------------ one field

describe('validateValue', () => {
  it.each([
    ['channels', '3', 3],
    ['channels', 3, 3],
    ['channels', ' 4 ', 4],
    ['active-share', '2.5', 2.5],
    ['current-hours', '7.25', 7.25],
    ['community-members', '3000', 3000],
    ['inbound-per-day', 'unknown', null],
    ['inbound-per-day', null, null],
    ['channels', -0, 0],
    ['goals', 'leads-sales,reach-awareness,leads-sales', ['reach-awareness', 'leads-sales']],
    ['goals', ['product-feedback', 'reach-awareness'], ['reach-awareness', 'product-feedback']],
    ['goals', '', []],
    ['coverage', 'seven-days', 'seven-days'],
  ])('accepts %s = %j as %j', (id, raw, value) => {
    expect(validateValue(def(id), raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['channels', '', 'empty'],
    ['channels', undefined, 'empty'],
    ['channels', 'three', 'not-a-number'],
    ['channels', Number.NaN, 'not-a-number'],
    ['channels', 'Infinity', 'not-a-number'],
    ['channels', {}, 'not-a-number'],
    ['channels', '-5', 'negative'],
    ['channels', -Infinity, 'negative'],
    ['channels', '51', 'too-large'],
    ['inbound-per-day', 1e9, 'too-large'],
    ['inbound-per-day', Infinity, 'too-large'],
    ['inbound-per-day', '1e999', 'too-large'],
    ['posts-per-week', '2.5', 'not-whole'],
    ['posts-per-week', 2.5, 'not-whole'],
    // A link or saved state holds canonical numbers only; `40.000` could mean 40 or 40,000.
    ['community-members', '40.000', 'ambiguous'],
    ['community-members', '3,000', 'ambiguous'],
    ['active-share', '1,5', 'ambiguous'],
    ['community-members', '10 000', 'not-a-number'],
    ['active-share', 101, 'too-large'],
    ['channels', 'unknown', 'unknown-not-allowed'],
    ['channels', null, 'unknown-not-allowed'],
    ['coverage', 'whenever', 'unknown-option'],
    ['coverage', '', 'empty'],
    ['coverage', 3, 'unknown-option'],
    ['goals', 'reach-awareness,world-domination', 'unknown-option'],
    ['goals', [1, 2], 'unknown-option'],
  ])('rejects %s = %j with "%s"', (id, raw, error) => {
    const result = validateValue(def(id), raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('gives the range for the message beside the field', () => {
    const result = validateValue(def('inbound-per-day'), 1e9);
    expect(result).toEqual({ ok: false, error: 'too-large', params: { min: 0, max: 100000 } });
  });

  it('reads numbers from links and storage in one canonical form only', () => {
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('3000')).toBe(3000);
    expect(parseNumber('1,5')).toBeNaN();
    expect(parseNumber('40.000')).toBeNaN();
    expect(parseNumber('10,000')).toBeNaN();
    expect(parseNumber('12 abc')).toBeNaN();
    expect(parseNumber('0x10')).toBeNaN();
  });

  it('validates assumption overrides against their range', () => {
    const reply = checker.assumptions.find((a) => a.id === 'minutes-per-reply')!;
    expect(validateAssumption(reply, '8')).toEqual({ ok: true, value: 8 });
    expect(validateAssumption(reply, 0)).toMatchObject({ ok: false, error: 'too-small' });
    expect(validateAssumption(reply, 'x')).toMatchObject({ ok: false, error: 'not-a-number' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...checker.inputs), fc.anything(), (input, raw) => {
        const result = validateValue(input, raw);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

// ------------------------------------------------------------------ URL

describe('URL parameters', () => {
  it('round-trips any valid inputs and assumption overrides through the URL', () => {
    fc.assert(
      fc.property(validValues, validOverrides, (values, overrides) => {
        const query = toCheckerParams(values, checker, overrides).toString();
        const parsed = parseCheckerParams(`?${query}`, checker);
        expect(parsed.invalid).toEqual([]);
        expect(parsed.invalidAssumptions).toEqual([]);
        expect(parsed.values).toEqual(normalizeValues(values, checker));
        const defaults = Object.fromEntries(checker.assumptions.map((a) => [a.id, a.value]));
        const changed = Object.fromEntries(Object.entries(overrides).filter(([id, v]) => v !== defaults[id]));
        expect(parsed.assumptions).toEqual(changed);
      }),
      { numRuns: 500 },
    );
  });

  it('omits defaults, so a visitor who changed nothing gets a bare link', () => {
    expect(toCheckerParams(defaultValues(checker), checker).toString()).toBe('');
    const params = toCheckerParams({ ...defaultValues(checker), channels: 4, goals: [] }, checker);
    expect(params.toString()).toBe('goals=&channels=4');
  });

  it('writes "don\'t know" as "unknown" and reads it back', () => {
    const params = toCheckerParams({ 'inbound-per-day': null }, checker);
    expect(params.toString()).toBe('inbound-per-day=unknown');
    expect(parseCheckerParams(params, checker).values['inbound-per-day']).toBeNull();
  });

  it('ignores invalid parameters field by field and keeps the valid ones', () => {
    const parsed = parseCheckerParams(
      '?channels=-3&posts-per-week=12&coverage=never&goals=leads-sales&inbound-per-day=1e12&utm_source=x&a.minutes-per-reply=abc&a.minutes-per-post=30',
      checker,
    );
    expect(parsed.invalid.sort()).toEqual(['channels', 'coverage', 'inbound-per-day']);
    expect(parsed.values['posts-per-week']).toBe(12);
    expect(parsed.values['goals']).toEqual(['leads-sales']);
    expect(parsed.values['channels']).toBe(2); // the default
    expect(parsed.provided.sort()).toEqual(['goals', 'posts-per-week']);
    expect(parsed.invalidAssumptions).toEqual(['minutes-per-reply']);
    expect(parsed.assumptions).toEqual({ 'minutes-per-post': 30 });
  });

  it('never throws on any query string and keeps every valid field', () => {
    const field = fc.constantFrom(...checker.inputs).chain((input) =>
      fc.oneof(
        validValue(input).map((value) => ({ input, value, valid: true as const })),
        fc
          .constantFrom('x', '-1', '1e99', 'NaN', 'zz-top', ',,', '%')
          .filter((raw) => !validateValue(input, raw).ok)
          .map((raw) => ({ input, value: raw, valid: false as const })),
      ),
    );
    const noise = fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(field, { selector: (f) => f.input.id }), noise, (fields, extra) => {
        const params = new URLSearchParams();
        for (const f of fields)
          params.set(
            f.input.id,
            f.value === null ? 'unknown' : Array.isArray(f.value) ? f.value.join(',') : String(f.value),
          );
        const ids = new Set<string>(fields.map((f) => f.input.id));
        for (const [k, v] of extra) if (!ids.has(k)) params.append(k, v);
        const parsed = parseCheckerParams(params.toString(), checker);
        for (const f of fields) {
          if (f.valid)
            expect(parsed.values[f.input.id]).toEqual(
              normalizeValues({ [f.input.id]: f.value }, checker)[f.input.id],
            );
          else expect(parsed.invalid).toContain(f.input.id);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()), (search) => {
        const parsed = parseCheckerParams(search, checker);
        expect(Object.keys(parsed.values).sort()).toEqual(checker.inputs.map((i) => i.id).sort());
      }),
      { numRuns: 500 },
    );
    for (const odd of ['%', '%zz', '?&&==&', '?channels', '?channels=%E0%A4%A', 'x'.repeat(20_000)])
      expect(() => parseCheckerParams(odd, checker)).not.toThrow();
  });
});

// ------------------------------------------------------------------ storage

describe('saved state', () => {
  it('uses a namespaced, versioned storage key', () => {
    expect(CHECKER_STORAGE_KEY).toBe('rollenklar.checker.v1');
  });

  it('restores saved inputs and assumption overrides', () => {
    fc.assert(
      fc.property(validValues, validOverrides, (values, overrides) => {
        const saved = parseSavedCheckerState(serializeCheckerState(values, overrides, checker), checker);
        expect(saved.found).toBe(true);
        expect(saved.values).toEqual(normalizeValues(values, checker));
        expect(saved.assumptions).toEqual(overrides);
        expect(saved.invalid).toEqual([]);
      }),
    );
  });

  it('never throws on whatever the storage holds and falls back to defaults', () => {
    const defaults = defaultValues(checker);
    for (const text of [null, undefined, '', '{', '[]', 'null', '42', '{"v":2,"inputs":{}}', 42, {}]) {
      const saved = parseSavedCheckerState(text, checker);
      expect(saved.found).toBe(false);
      expect(saved.values).toEqual(defaults);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (text) => {
        expect(() => parseSavedCheckerState(text, checker)).not.toThrow();
      }),
    );
  });

  it('drops invalid saved fields one by one', () => {
    const text = JSON.stringify({
      v: 1,
      inputs: { channels: -3, 'posts-per-week': 9, coverage: 'never', goals: 'leads-sales' },
      assumptions: { 'minutes-per-reply': 9999, 'minutes-per-post': 20, unknown: 3 },
    });
    const saved = parseSavedCheckerState(text, checker);
    expect(saved.invalid.sort()).toEqual(['channels', 'coverage']);
    expect(saved.values['posts-per-week']).toBe(9);
    expect(saved.values['goals']).toEqual(['leads-sales']);
    expect(saved.assumptions).toEqual({ 'minutes-per-post': 20 });
    expect(saved.invalidAssumptions).toEqual(['minutes-per-reply']);
  });
});
