/**
 * Input state of the hiring-needs checker: validating one field, reading and writing the URL, and saving to
 * and restoring from the browser's storage. Nothing here throws on bad input; bad fields are reported by id.
 */
import { type AssumptionDefinition, type CheckerDefinitions, type InputDefinition } from './definitions';
import { canonicalNumber, readCanonicalNumber } from './numbers';

/** A field's value: a number, one option id, a list of option ids, or `null` for "don't know". */
export type CheckerValue = number | string | readonly string[] | null;

/** Why a field's value was rejected; the UI shows `checker.error.<key>` beside the field. */
export type InputErrorKey =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'too-small'
  | 'too-large'
  | 'not-whole'
  | 'ambiguous'
  | 'unknown-option'
  | 'unknown-not-allowed';

export type ValidationResult =
  | { readonly ok: true; readonly value: CheckerValue }
  | {
      readonly ok: false;
      readonly error: InputErrorKey;
      /** For the message: the field's range (`{min}`, `{max}`) where it has one. */
      readonly params: Readonly<Record<string, number>>;
    };

/** The token for "don't know" in URLs. */
export const UNKNOWN_TOKEN = 'unknown';
/** URL parameter prefix for assumption overrides: `a.minutes-per-reply=4`. */
export const ASSUMPTION_PARAM_PREFIX = 'a.';
/** localStorage key for the saved inputs and assumption overrides. */
export const CHECKER_STORAGE_KEY = 'rollenklar.checker.v1';
const STORAGE_VERSION = 1;
/** Largest number accepted for a number field without its own maximum. */
const DEFAULT_MAX = 1e9;
/** Query strings longer than this are not read (a pasted novel is not a checker link). */
const MAX_QUERY_LENGTH = 8000;

/**
 * Reads a number from a link or saved state (canonical form, `12` or `1.5`); NaN for anything else,
 * including the ambiguous `40.000`. Numbers typed into the page go through `readTypedNumber` first.
 */
export function parseNumber(raw: string): number {
  const read = readCanonicalNumber(raw);
  return read.ok ? read.value : Number.NaN;
}

function rangeParams(min: number | undefined, max: number | undefined): Record<string, number> {
  const params: Record<string, number> = {};
  if (min !== undefined) params['min'] = min;
  if (max !== undefined) params['max'] = max;
  return params;
}

/** A rejected value with the field's range for the message (`{min}`, `{max}`). */
export function fail(error: InputErrorKey, def: { min?: number | undefined; max?: number | undefined }) {
  return { ok: false as const, error, params: rangeParams(def.min, def.max) };
}

/** Checks a number against an optional range; NaN, ±Infinity and out-of-range values get an error key. */
export function validateNumber(
  value: number,
  def: {
    readonly min?: number | undefined;
    readonly max?: number | undefined;
    readonly decimals?: boolean | undefined;
  },
): ValidationResult {
  if (Number.isNaN(value)) return fail('not-a-number', def);
  const min = def.min;
  const max = def.max ?? DEFAULT_MAX;
  if (value < 0 && (min === undefined || min >= 0)) return fail('negative', def);
  if (min !== undefined && value < min) return fail('too-small', def);
  if (value > max) return fail('too-large', { min: def.min, max });
  if (!Number.isFinite(value)) return fail('not-a-number', def);
  if (def.decimals === false && !Number.isInteger(value)) return fail('not-whole', def);
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}

function optionIds(def: InputDefinition): string[] {
  return (def.options ?? []).map((o) => o.id);
}

/**
 * Validates one raw field value (from a form, a URL or storage) against its definition. Returns the normalised
 * value (numbers as numbers, multi-choice lists deduplicated in option order, `null` for "don't know") or an
 * error key for the message beside the field.
 */
export function validateValue(def: InputDefinition, raw: unknown): ValidationResult {
  // An option literally called "unknown" wins over the token.
  const unknownIsOption = def.kind !== 'number' && optionIds(def).includes(UNKNOWN_TOKEN);
  if (raw === null || (raw === UNKNOWN_TOKEN && !unknownIsOption))
    return def.allowUnknown ? { ok: true, value: null } : fail('unknown-not-allowed', def);
  if (def.kind === 'number') {
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return fail('empty', def);
    const whole = { ...def, decimals: def.decimals ?? false };
    if (typeof raw === 'number') return validateNumber(raw, whole);
    if (typeof raw === 'string') return validateString(raw, whole);
    return fail('not-a-number', def);
  }
  const ids = optionIds(def);
  if (def.kind === 'choice') {
    if (raw === undefined || raw === '') return fail('empty', def);
    return typeof raw === 'string' && ids.includes(raw)
      ? { ok: true, value: raw }
      : fail('unknown-option', def);
  }
  // multi: a list of ids, or the ids as one comma-separated string
  let list: unknown[];
  if (raw === undefined) return fail('empty', def);
  if (typeof raw === 'string') list = raw.split(',').filter((s) => s !== '');
  else if (Array.isArray(raw)) list = raw;
  else return fail('unknown-option', def);
  if (!list.every((x) => typeof x === 'string' && ids.includes(x))) return fail('unknown-option', def);
  const chosen = new Set(list as string[]);
  return { ok: true, value: ids.filter((id) => chosen.has(id)) };
}

/** Validates an assumption override; same error keys as a number field. */
export function validateAssumption(def: AssumptionDefinition, raw: unknown): ValidationResult {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
    return fail('empty', def);
  if (typeof raw === 'number') return validateNumber(raw, def);
  if (typeof raw === 'string') return validateString(raw, def);
  return fail('not-a-number', def);
}

function validateString(
  raw: string,
  def: { min?: number | undefined; max?: number | undefined; decimals?: boolean | undefined },
): ValidationResult {
  const read = readCanonicalNumber(raw);
  return read.ok ? validateNumber(read.value, def) : fail(read.error, def);
}

/** A field's default value (a copy, for lists). */
export function defaultOf(def: InputDefinition): Exclude<CheckerValue, null> {
  return Array.isArray(def.default)
    ? [...(def.default as readonly string[])]
    : (def.default as number | string);
}

/** Every field at its default. */
export function defaultValues(definitions: CheckerDefinitions): Record<string, CheckerValue> {
  const values: Record<string, CheckerValue> = {};
  for (const def of definitions.inputs) values[def.id] = defaultOf(def);
  return values;
}

/** Every field present and valid: invalid or missing fields take their default. */
export function normalizeValues(
  values: Readonly<Record<string, unknown>>,
  definitions: CheckerDefinitions,
): Record<string, CheckerValue> {
  const out: Record<string, CheckerValue> = {};
  for (const def of definitions.inputs) {
    const raw = Object.hasOwn(values, def.id) ? values[def.id] : undefined;
    const result = raw === undefined ? null : validateValue(def, raw);
    out[def.id] = result?.ok ? result.value : defaultOf(def);
  }
  return out;
}

function sameValue(a: CheckerValue, b: CheckerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function formatParam(value: CheckerValue): string {
  if (value === null) return UNKNOWN_TOKEN;
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'number' ? canonicalNumber(value) : String(value);
}

/**
 * The shareable query for the inputs (and assumption overrides): only fields that differ from their default,
 * in definition order, so the link stays short. Invalid values are left out.
 */
export function toCheckerParams(
  values: Readonly<Record<string, unknown>>,
  definitions: CheckerDefinitions,
  assumptions: Readonly<Record<string, unknown>> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const def of definitions.inputs) {
    if (!Object.hasOwn(values, def.id)) continue;
    const result = validateValue(def, values[def.id]);
    if (!result.ok || sameValue(result.value, defaultOf(def))) continue;
    params.set(def.id, formatParam(result.value));
  }
  for (const def of definitions.assumptions) {
    if (!Object.hasOwn(assumptions, def.id)) continue;
    const result = validateAssumption(def, assumptions[def.id]);
    if (!result.ok || result.value === def.value) continue;
    params.set(ASSUMPTION_PARAM_PREFIX + def.id, String(result.value));
  }
  return params;
}

export interface ParsedCheckerParams {
  /** Every field: from the URL where valid, else the default. */
  values: Record<string, CheckerValue>;
  /** Input ids whose URL value was invalid and ignored (for the notice). */
  invalid: string[];
  /** Input ids read from the URL. */
  provided: string[];
  /** Valid assumption overrides from the URL. */
  assumptions: Record<string, number>;
  /** Assumption ids whose URL value was invalid and ignored. */
  invalidAssumptions: string[];
}

/**
 * Reads the inputs from a query string (`?channels=3&goals=reach-awareness,leads-sales`). Invalid values are
 * ignored field by field and named in `invalid`; unrelated parameters (`utm_source`) are ignored silently.
 * Never throws.
 */
export function parseCheckerParams(
  search: string | URLSearchParams,
  definitions: CheckerDefinitions,
): ParsedCheckerParams {
  const out: ParsedCheckerParams = {
    values: defaultValues(definitions),
    invalid: [],
    provided: [],
    assumptions: {},
    invalidAssumptions: [],
  };
  let params: URLSearchParams;
  try {
    if (typeof search === 'string' && search.length > MAX_QUERY_LENGTH) return out;
    params = new URLSearchParams(search);
  } catch {
    return out;
  }
  for (const def of definitions.inputs) {
    const raw = params.get(def.id);
    if (raw === null) continue;
    const result = validateValue(def, raw);
    if (result.ok) {
      out.values[def.id] = result.value;
      out.provided.push(def.id);
    } else out.invalid.push(def.id);
  }
  for (const def of definitions.assumptions) {
    const raw = params.get(ASSUMPTION_PARAM_PREFIX + def.id);
    if (raw === null) continue;
    const result = validateAssumption(def, raw);
    if (result.ok && typeof result.value === 'number') out.assumptions[def.id] = result.value;
    else out.invalidAssumptions.push(def.id);
  }
  return out;
}

/** Only the valid overrides, clamped to nothing: out-of-range or non-numeric entries are dropped. */
export function cleanAssumptionOverrides(
  overrides: unknown,
  definitions: CheckerDefinitions,
): { assumptions: Record<string, number>; invalid: string[] } {
  const assumptions: Record<string, number> = {};
  const invalid: string[] = [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
    return { assumptions, invalid };
  const record = overrides as Record<string, unknown>;
  for (const def of definitions.assumptions) {
    if (!Object.hasOwn(record, def.id)) continue;
    const result = validateAssumption(def, record[def.id]);
    if (result.ok && typeof result.value === 'number') assumptions[def.id] = result.value;
    else invalid.push(def.id);
  }
  return { assumptions, invalid };
}

/**
 * The text to store under `CHECKER_STORAGE_KEY`. `rev` counts the writes of all tabs, so a tab that last saw
 * revision 3 can tell that revision 4 in storage is newer than what it shows (src/lib/checker/session.ts).
 */
export function serializeCheckerState(
  values: Readonly<Record<string, unknown>>,
  assumptions: Readonly<Record<string, unknown>> = {},
  definitions: CheckerDefinitions,
  rev = 1,
): string {
  return JSON.stringify({
    v: STORAGE_VERSION,
    rev: Number.isSafeInteger(rev) && rev > 0 ? rev : 1,
    inputs: normalizeValues(values, definitions),
    assumptions: cleanAssumptionOverrides(assumptions, definitions).assumptions,
  });
}

export interface SavedCheckerState {
  /** Whether usable saved state was found at all. */
  found: boolean;
  /**
   * `none`: nothing stored; `ok`: readable; `unreadable`: something is stored that this version cannot read
   * (corrupt, hand-edited or written by a newer version). Unreadable data is left alone, never overwritten
   * without the visitor's say.
   */
  status: 'none' | 'ok' | 'unreadable';
  /** The revision of the stored record (0 when it has none). */
  rev: number;
  values: Record<string, CheckerValue>;
  assumptions: Record<string, number>;
  /** Input ids whose saved value was invalid and replaced by the default. */
  invalid: string[];
  invalidAssumptions: string[];
}

/**
 * Reads what `serializeCheckerState` wrote (or anything else a browser's storage may hold: `null`, old
 * versions, hand-edited JSON). Never throws; unusable fields fall back to their defaults.
 */
export function parseSavedCheckerState(text: unknown, definitions: CheckerDefinitions): SavedCheckerState {
  const empty: SavedCheckerState = {
    found: false,
    status: text === null || text === undefined ? 'none' : 'unreadable',
    rev: 0,
    values: defaultValues(definitions),
    assumptions: {},
    invalid: [],
    invalidAssumptions: [],
  };
  if (typeof text !== 'string' || text.length > 100_000) return empty;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return empty;
  const record = data as Record<string, unknown>;
  if (record['v'] !== STORAGE_VERSION) return empty;
  const inputs = record['inputs'];
  if (inputs !== undefined && (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)))
    return empty;
  const rev = record['rev'];
  const state: SavedCheckerState = {
    ...empty,
    found: true,
    status: 'ok',
    rev: typeof rev === 'number' && Number.isSafeInteger(rev) && rev > 0 ? rev : 0,
  };
  if (typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs)) {
    const saved = inputs as Record<string, unknown>;
    for (const def of definitions.inputs) {
      if (!Object.hasOwn(saved, def.id)) continue;
      const result = validateValue(def, saved[def.id]);
      if (result.ok) state.values[def.id] = result.value;
      else state.invalid.push(def.id);
    }
  }
  const cleaned = cleanAssumptionOverrides(record['assumptions'], definitions);
  state.assumptions = cleaned.assumptions;
  state.invalidAssumptions = cleaned.invalid;
  return state;
}
