/**
 * The one module that touches the server-rendered checker form and assumptions table (src/components/checker).
 * The page renders the controls, so the questions and assumptions exist without JavaScript and cost the island
 * no template code; the island reads them on every input (`CheckerFormDom`) and writes the messages beside
 * them. Numbers are read the way the page's language writes them (src/lib/checker/numbers.ts) and kept
 * canonical from then on.
 */
import type { Locale } from '../../lib/content/ids';
import type { AssumptionDefinition, InputDefinition } from '../../lib/checker/definitions';
import {
  assumptionErrorId,
  assumptionFieldId,
  CHECKER_IDS,
  fieldEchoId,
  fieldErrorId,
  fieldId,
  fieldUnknownId,
} from '../../lib/checker/dom-ids';
import { formatNumber, formatParams } from '../../lib/checker/format';
import { canonicalNumber, fieldNumber, readTypedNumber } from '../../lib/checker/numbers';
import type { CheckerState } from '../../lib/checker/session';
import { stringKey, type CheckerTranslate } from '../../lib/checker/strings';
import {
  defaultValues,
  fail,
  validateAssumption,
  validateValue,
  type CheckerValue,
  type ValidationResult,
} from '../../lib/checker/values';
import type { CheckerIslandData } from '../../lib/checker/view';
import { listen } from './listen';

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
function readInputs(
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
function writeInputs(
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
function showInputErrors(
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
function readAssumptions(defs: readonly AssumptionDefinition[], locale: Locale): Record<string, string> {
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
function writeAssumptions(
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
function showAssumptionState(
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
    const error = byId(assumptionErrorId(def.id));
    if (error && error.textContent !== text) error.textContent = text;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    row.classList.toggle('changed', isChanged);
    for (const el of row.querySelectorAll<HTMLElement>('.default, [data-reset]')) el.hidden = !isChanged;
    if (isChanged) changed++;
  }
  return changed;
}

/** The verdict in one line at the top of the form (phones); empty while there is no result. */
export function showSummary(text: string): void {
  const box = byId(CHECKER_IDS.summary);
  if (box) box.textContent = text;
}

/** What the visitor does in the form and the table; the form itself is already updated when these run. */
export interface FormHandlers {
  /** An entry is being typed. */
  input: () => void;
  /** A change is complete (a field lost focus, a box was ticked, a reset button was pressed). */
  change: () => void;
  /** The answers were reset to their defaults. */
  reset: () => void;
}

export type CheckerFormDom = ReturnType<typeof checkerFormDom>;

/**
 * The checker's form and assumptions table as the page rendered them, for one island. A closure rather than a
 * class, so the minifier can shorten its private names.
 */
export function checkerFormDom(checker: CheckerIslandData, locale: Locale, t: CheckerTranslate) {
  const form = byId<HTMLFormElement>(CHECKER_IDS.form);
  const table = byId(CHECKER_IDS.assumptions);
  const { inputs, assumptions } = checker;
  const status = (text: string) => {
    const box = byId(CHECKER_IDS.assumptionStatus);
    if (box) box.textContent = text;
  };
  const message = (result: Failure) =>
    t(stringKey('checker.error', result.error), formatParams(result.params, locale));

  return {
    /** What the form and the table show now; `values` stands in when there is no form. */
    read(values: Record<string, CheckerValue>): CheckerState {
      return {
        values: form ? readInputs(form, inputs, locale) : values,
        assumptions: readAssumptions(assumptions, locale),
      };
    },

    /** Puts a state into the form and the table (from the URL, storage, another tab, back and forward). */
    write(state: CheckerState): void {
      if (form) writeInputs(form, inputs, state.values, locale);
      writeAssumptions(assumptions, state.assumptions, locale);
    },

    /** The messages beside the fields, the count of changed assumptions and whether "reset all" works. */
    showFeedback(state: CheckerState): void {
      if (form)
        showInputErrors(form, inputs, state.values, locale, message, (value) =>
          t('checker.form.echo', { value }),
        );
      const changed = showAssumptionState(assumptions, state.assumptions, locale, message);
      const total = assumptions.length;
      status(changed > 0 ? t('checker.assumptions.changed', { count: changed, total }) : '');
      const resetAll = byId<HTMLButtonElement>(CHECKER_IDS.resetAssumptions);
      if (resetAll) resetAll.disabled = changed === 0;
    },

    /** Wires the form, the table and their reset buttons, then enables the controls; returns the unwiring. */
    start(on: FormHandlers): () => void {
      const resetInputs = byId(CHECKER_IDS.resetInputs);
      const resetAll = byId(CHECKER_IDS.resetAssumptions);
      const onTableClick = (event: Event) => {
        const button = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-reset]');
        const id = button?.dataset['reset'];
        if (!id) return;
        const rest = readAssumptions(assumptions, locale);
        delete rest[id];
        writeAssumptions(assumptions, rest, locale);
        on.change();
        byId(assumptionFieldId(id))?.focus();
      };
      const onResetInputs = () => {
        if (form) writeInputs(form, inputs, defaultValues(checker), locale);
        on.reset();
      };
      const onResetAll = () => {
        writeAssumptions(assumptions, {}, locale);
        on.change();
        status(t('checker.assumptions.resetDone'));
      };
      const unwire = listen([
        [form, 'input', on.input],
        [form, 'change', on.change],
        [form, 'submit', (event) => event.preventDefault()],
        [table, 'input', on.input],
        [table, 'change', on.change],
        [table, 'click', onTableClick],
        [resetInputs, 'click', onResetInputs],
        [resetAll, 'click', onResetAll],
      ]);
      // Everything is wired: the controls the page rendered disabled can be used now.
      const fields = byId<HTMLFieldSetElement>(CHECKER_IDS.fields);
      if (fields) fields.disabled = false;
      for (const input of table?.querySelectorAll('input') ?? []) input.disabled = false;
      for (const button of [resetInputs, resetAll]) if (button) button.hidden = false;
      return unwire;
    },
  };
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

/**
 * Adds a notice above the form (text only, never HTML), with a button per action and one to dismiss it; the
 * notices region is a status region the page renders, so screen readers hear it.
 */
export function addNotice(message: string, actions: readonly NoticeAction[], dismiss: string): void {
  const box = byId(CHECKER_IDS.notices);
  if (!box) return;
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
