/**
 * Reading and writing the server-rendered checker form and assumptions table (src/components/checker). The
 * page renders the controls, so the questions and assumptions exist without JavaScript and cost the island no
 * template code; the island reads them on every input and writes the messages beside them.
 */
import type { AssumptionDefinition, InputDefinition } from '../../lib/checker/definitions';
import { assumptionFieldId, fieldErrorId, fieldId, fieldUnknownId } from '../../lib/checker/dom-ids';
import {
  validateAssumption,
  validateValue,
  type CheckerValue,
  type ValidationResult,
} from '../../lib/checker/values';

type Control = HTMLInputElement | HTMLSelectElement | RadioNodeList;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const boxes = (form: HTMLFormElement, name: string) =>
  form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);

/** The form's answers by input id: numbers as typed, `null` for "don't know", option ids for choices. */
export function readInputs(
  form: HTMLFormElement,
  defs: readonly InputDefinition[],
): Record<string, CheckerValue> {
  const out: Record<string, CheckerValue> = {};
  for (const def of defs) {
    if (def.kind === 'multi')
      out[def.id] = [...boxes(form, def.id)].filter((b) => b.checked).map((b) => b.value);
    else if (def.kind === 'number' && byId<HTMLInputElement>(fieldUnknownId(def.id))?.checked)
      out[def.id] = null;
    else out[def.id] = (form.elements.namedItem(def.id) as Control | null)?.value ?? '';
  }
  return out;
}

/** Puts answers into the form (from the URL, storage, a reset, or back and forward). */
export function writeInputs(
  form: HTMLFormElement,
  defs: readonly InputDefinition[],
  values: Readonly<Record<string, CheckerValue>>,
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
    }
    if (control) control.value = value === null || Array.isArray(value) ? String(def.default) : String(value);
  }
}

/**
 * Shows each number field's state: the message beside it (empty when valid), `aria-invalid`, and the field
 * disabled while "don't know" is ticked.
 */
export function showInputErrors(
  defs: readonly InputDefinition[],
  values: Readonly<Record<string, CheckerValue>>,
  message: (result: Extract<ValidationResult, { ok: false }>) => string,
): void {
  for (const def of defs) {
    if (def.kind !== 'number') continue;
    const input = byId<HTMLInputElement>(fieldId(def.id));
    const error = byId(fieldErrorId(def.id));
    const value = values[def.id] ?? null;
    const result = value === null ? null : validateValue(def, value);
    const text = result && !result.ok ? message(result) : '';
    if (error && error.textContent !== text) error.textContent = text;
    if (!input) continue;
    input.disabled = value === null;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** The assumption fields that differ from the data (or cannot be read), as typed. */
export function readAssumptions(defs: readonly AssumptionDefinition[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of defs) {
    const input = byId<HTMLInputElement>(assumptionFieldId(def.id));
    if (!input) continue;
    const result = validateAssumption(def, input.value);
    if (!(result.ok && result.value === def.value)) out[def.id] = input.value;
  }
  return out;
}

/** Puts assumption values into the table; ids without an override show the value from the data. */
export function writeAssumptions(
  defs: readonly AssumptionDefinition[],
  overrides: Readonly<Record<string, string | number>>,
): void {
  for (const def of defs) {
    const input = byId<HTMLInputElement>(assumptionFieldId(def.id));
    if (input) input.value = String(Object.hasOwn(overrides, def.id) ? overrides[def.id] : def.value);
  }
}

/**
 * Shows each assumption's state: message, `aria-invalid`, the row marked as changed with its default value
 * and reset button. Returns how many are changed.
 */
export function showAssumptionState(
  defs: readonly AssumptionDefinition[],
  overrides: Readonly<Record<string, string>>,
  message: (result: Extract<ValidationResult, { ok: false }>) => string,
): number {
  let changed = 0;
  for (const def of defs) {
    const id = assumptionFieldId(def.id);
    const input = byId<HTMLInputElement>(id);
    const row = input?.closest('tr');
    if (!input || !row) continue;
    const isChanged = Object.hasOwn(overrides, def.id);
    const result = isChanged ? validateAssumption(def, overrides[def.id]) : null;
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
