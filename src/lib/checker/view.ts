/**
 * What the checker page hands to its island: the checker data in one language (labels, help texts, units,
 * sources) next to the definitions the model reads, and the parts of each role a job ad needs. Only plain
 * data, so it serialises into the island's props.
 */
import type { CheckerFile, Locale, LocalizedText, Role } from '../../build/content/schemas';
import type { AssumptionDefinition, CheckerDefinitions, InputDefinition } from './definitions';
import type { JobAdRole } from './job-ad';

export interface CheckerOptionView {
  readonly id: string;
  readonly label: string;
}

export interface CheckerInputView extends InputDefinition {
  readonly label: string;
  readonly help: string;
  readonly unit: string | null;
  readonly options?: readonly CheckerOptionView[] | undefined;
}

export interface CheckerSourceView {
  readonly publisher: string;
  readonly title: string;
  readonly year: number | null;
  readonly url: string;
}

export interface CheckerAssumptionView extends AssumptionDefinition {
  readonly label: string;
  readonly unit: string;
  /** What the sources say and what is assumed, in the page's language. */
  readonly note: string;
  readonly sources: readonly CheckerSourceView[];
}

export interface CheckerView extends CheckerDefinitions {
  readonly inputs: readonly CheckerInputView[];
  readonly assumptions: readonly CheckerAssumptionView[];
}

/** The checker data in one language. */
export function localizeChecker(file: CheckerFile, locale: Locale): CheckerView {
  return {
    inputs: file.inputs.map((input) => ({
      id: input.id,
      kind: input.kind,
      label: input.label[locale],
      help: input.help[locale],
      unit: input.unit?.[locale] ?? null,
      ...(input.min !== undefined ? { min: input.min } : {}),
      ...(input.max !== undefined ? { max: input.max } : {}),
      default: input.default,
      allowUnknown: input.allowUnknown,
      decimals: input.decimals,
      ...(input.options ? { options: input.options.map((o) => ({ id: o.id, label: o.label[locale] })) } : {}),
    })),
    assumptions: file.assumptions.map((a) => ({
      id: a.id,
      label: a.label[locale],
      value: a.value,
      ...(a.low !== undefined ? { low: a.low } : {}),
      ...(a.high !== undefined ? { high: a.high } : {}),
      unit: a.unit[locale],
      min: a.min,
      max: a.max,
      note: a.note[locale],
      sources: [a.source, ...a.alsoSources].map((s) => ({
        publisher: s.publisher,
        title: s.title,
        year: s.year,
        url: s.url,
      })),
    })),
  };
}

/** What the island needs of an input: the definition, its label and unit (help texts stay in the page). */
export interface CheckerIslandInput extends InputDefinition {
  readonly label: string;
  readonly unit: string | null;
}

/** What the island needs of an assumption: the definition and its label (sources stay in the page). */
export interface CheckerIslandAssumption extends AssumptionDefinition {
  readonly label: string;
}

export interface CheckerIslandData extends CheckerDefinitions {
  readonly inputs: readonly CheckerIslandInput[];
  readonly assumptions: readonly CheckerIslandAssumption[];
}

/** The checker data the island computes with: definitions and labels, without help texts and sources. */
export function islandData(view: CheckerView): CheckerIslandData {
  return {
    inputs: view.inputs.map(({ help: _help, options, ...input }) => ({
      ...input,
      ...(options ? { options: options.map((o) => ({ id: o.id })) } : {}),
    })),
    assumptions: view.assumptions.map(({ id, label, value, min, max, low, high }) => ({
      id,
      label,
      value,
      min,
      max,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
    })),
  };
}

/**
 * A role without what a job ad does not use (definition, KPI descriptions, tools, typical week, sources), with
 * the texts of the other language left empty: the island's props carry only the page's language.
 */
export function jobAdRole(role: Role, locale: Locale): JobAdRole {
  const only = (text: LocalizedText): LocalizedText => ({
    de: locale === 'de' ? text.de : '',
    en: locale === 'en' ? text.en : '',
  });
  return {
    id: role.id,
    name: only(role.name),
    tasks: role.tasks.map((task) => ({ id: task.id, title: only(task.title), summary: only(task.summary) })),
    kpis: role.kpis.map((kpi) => ({ id: kpi.id, name: only(kpi.name), description: { de: '', en: '' } })),
    skills: role.skills.map((skill) => ({ id: skill.id, name: only(skill.name) })),
  };
}
