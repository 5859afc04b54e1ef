/**
 * Reading and writing the server-rendered checker form and assumptions table (src/components/checker). The
 * page renders the controls, so the questions and assumptions exist without JavaScript and cost the island no
 * template code; the island reads them on every input and writes the messages beside them. Numbers are read
 * the way the page's language writes them (src/lib/checker/numbers.ts) and kept canonical from then on.
 */
import type { Locale } from '../../lib/content/schemas';
import type { AssumptionDefinition, InputDefinition } from '../../lib/checker/definitions';
import {
  assumptionFieldId,
  fieldEchoId,
  fieldErrorId,
  fieldId,
  fieldUnknownId,
} from '../../lib/checker/dom-ids';
import { formatNumber } from '../../lib/checker/format';
import { canonicalNumber, fieldNumber, readTypedNumber } from '../../lib/checker/numbers';
import {
  fail,
  validateAssumption,
  validateValue,
  type CheckerValue,
  type ValidationResult,
} from '../../lib/checker/values';

type Control = HTMLInputElement | HTMLSelectElement | RadioNodeList;
type Failure = Extract<ValidationResult, { ok: false }>;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const boxes = (form: HTMLFormElement, name: string) =>
  form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);

/** A typed entry checked against its field: the number it reads as, or why it cannot be used. */
function checkTyped(
  text: string,
  def: { min?: number | undefined; max?: number | undefined },
  locale: Locale,
  validate: (value: number) => ValidationResult,
): ValidationResult {
  if (text.trim() === '') return fail('empty', def);
  const read = readTypedNumber(text, locale);
  return read.ok ? validate(read.value) : fail(read.error, def);
}

/**
 * The form's answers by input id: numbers as numbers (NaN when the entry cannot be read), `''` for an empty
 * field, `null` for "don't know", option ids for choices.
 */
export function readInputs(
  form: HTMLFormElement,
  defs: readonly InputDefinition[],
  locale: Locale,
): Record<string, CheckerValue> {
  const out: Record<string, CheckerValue> = {};
  for (const def of defs) {
    if (def.kind === 'multi') {
      out[def.id] = [...boxes(form, def.id)].filter((b) => b.checked).map((b) => b.value);
      continue;
    }
    const raw = (form.elements.namedItem(def.id) as Control | null)?.value ?? '';
    if (def.kind !== 'number') out[def.id] = raw;
    else if (byId<HTMLInputElement>(fieldUnknownId(def.id))?.checked) out[def.id] = null;
    else if (raw.trim() === '') out[def.id] = '';
    else {
      const read = readTypedNumber(raw, locale);
      out[def.id] = read.ok ? read.value : Number.NaN;
    }
  }
  return out;
}

/** Puts answers into the form (from the URL, storage, a reset, another tab, or back and forward). */
export function writeInputs(
  form: HTMLFormElement,
  defs: readonly InputDefinition[],
  values: Readonly<Record<string, CheckerValue>>,
  locale: Locale,
): void {
  for (const def of defs) {
    const value = values[def.id] ?? null;
    if (def.kind === 'multi') {
      for (const box of boxes(form, def.id)) box.checked = Array.isArray(value) && value.includes(box.value);
      continue;
    }
    const control = form.elements.namedItem(def.id) as Control | null;
    if (def.kind === 'number') {
      const unknown = byId<HTMLInputElement>(fieldUnknownId(def.id));
      if (unknown) unknown.checked = value === null;
      const shown =
        typeof value === 'number' && Number.isFinite(value)
          ? value
          : typeof def.default === 'number'
            ? def.default
            : 0;
      if (control) control.value = value === '' ? '' : fieldNumber(shown, locale);
    } else if (control) control.value = typeof value === 'string' ? value : String(def.default);
  }
}

/**
 * Shows each number field's state: the message beside it (empty when valid), what the entry was read as
 * ("= 3.000 Mitglieder"), `aria-invalid`, and the field disabled while "don't know" is ticked.
 */
export function showInputErrors(
  form: HTMLFormElement,
  defs: ReadonlyArray<InputDefinition & { readonly unit?: string | null }>,
  values: Readonly<Record<string, CheckerValue>>,
  locale: Locale,
  message: (result: Failure) => string,
  echo: (value: string) => string,
): void {
  for (const def of defs) {
    if (def.kind !== 'number') continue;
    const input = byId<HTMLInputElement>(fieldId(def.id));
    const error = byId(fieldErrorId(def.id));
    const echoed = byId(fieldEchoId(def.id));
    const unknown = values[def.id] === null;
    const text = input?.value ?? (form.elements.namedItem(def.id) as HTMLInputElement | null)?.value ?? '';
    const result = unknown ? null : checkTyped(text, def, locale, (n) => validateValue(def, n));
    const errorText = result && !result.ok ? message(result) : '';
    const value = result?.ok && typeof result.value === 'number' ? result.value : null;
    const readAs =
      value !== null && (value >= 1000 || text.trim() !== canonicalNumber(value))
        ? echo(`${formatNumber(value, locale, 2)}${def.unit ? ` ${def.unit}` : ''}`)
        : '';
    if (error && error.textContent !== errorText) error.textContent = errorText;
    if (echoed && echoed.textContent !== readAs) echoed.textContent = readAs;
    if (!input) continue;
    input.disabled = unknown;
    if (errorText) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/**
 * The assumption fields that differ from the data, as canonical numbers (`'1.5'`); an entry that cannot be
 * read becomes `'NaN'` (the model then uses the value from the data) and an empty one `''`.
 */
export function readAssumptions(
  defs: readonly AssumptionDefinition[],
  locale: Locale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of defs) {
    const input = byId<HTMLInputElement>(assumptionFieldId(def.id));
    if (!input) continue;
    if (input.value.trim() === '') {
      out[def.id] = '';
      continue;
    }
    const read = readTypedNumber(input.value, locale);
    if (!read.ok) out[def.id] = 'NaN';
    else if (read.value !== def.value) out[def.id] = canonicalNumber(read.value);
  }
  return out;
}

/** Puts assumption values into the table; ids without an override show the value from the data. */
export function writeAssumptions(
  defs: readonly AssumptionDefinition[],
  overrides: Readonly<Record<string, string | number>>,
  locale: Locale,
): void {
  for (const def of defs) {
    const input = byId<HTMLInputElement>(assumptionFieldId(def.id));
    if (!input) continue;
    const raw = Object.hasOwn(overrides, def.id) ? overrides[def.id] : def.value;
    const n = typeof raw === 'number' ? raw : Number(raw);
    input.value = raw === '' ? '' : Number.isFinite(n) ? fieldNumber(n, locale) : String(raw);
  }
}

/**
 * Shows each assumption's state: message, `aria-invalid`, the row marked as changed with its default value
 * and reset button. Returns how many are changed.
 */
export function showAssumptionState(
  defs: readonly AssumptionDefinition[],
  overrides: Readonly<Record<string, string>>,
  locale: Locale,
  message: (result: Failure) => string,
): number {
  let changed = 0;
  for (const def of defs) {
    const id = assumptionFieldId(def.id);
    const input = byId<HTMLInputElement>(id);
    const row = input?.closest('tr');
    if (!input || !row) continue;
    const isChanged = Object.hasOwn(overrides, def.id);
    const result = isChanged ? checkTyped(input.value, def, locale, (n) => validateAssumption(def, n)) : null;
    const text = result && !result.ok ? message(result) : '';
    const error = byId(`${id}-error`);
    if (error && error.textContent !== text) error.textContent = text;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    row.classList.toggle('changed', isChanged);
    for (const el of row.querySelectorAll<HTMLElement>('.default, [data-reset]')) el.hidden = !isChanged;
    if (isChanged) changed++;
  }
  return changed;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Adds a notice to `box` (text only, never HTML), with a button per action and one to dismiss it. */
export function addNotice(box: HTMLElement, message: string, actions: NoticeAction[], dismiss: string): void {
  const notice = document.createElement('div');
  notice.className = 'notice';
  const body = document.createElement('div');
  const text = document.createElement('p');
  text.textContent = message;
  body.append(text);
  const button = (label: string, className: string, run: () => void) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = className;
    el.textContent = label;
    el.addEventListener('click', () => {
      notice.remove();
      run();
    });
    return el;
  };
  if (actions.length) {
    const row = document.createElement('p');
    row.className = 'notice-actions';
    for (const action of actions) row.append(button(action.label, 'button button--secondary', action.run));
    body.append(row);
  }
  const close = button('×', 'dismiss', () => {});
  close.setAttribute('aria-label', dismiss);
  notice.append(body, close);
  box.append(notice);
}
