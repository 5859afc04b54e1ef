/**
 * The two parts of the knowledge check as rows of choices, so one component draws both: a task to sort offers
 * the three roles, a question its options, each in the shuffled order and with what was chosen; once checked,
 * whether the row was right and the right answer as the visitor reads it.
 */
import type { KnowledgeAnswer } from '../../build/content/schemas';
import { KNOWLEDGE_CHOICES, type QuestionItem, type SortItem } from './model';

export interface KnowledgeChoice {
  /** The input's value: the role id, or the option's content index. */
  value: string;
  /** The choice's index: in `KNOWLEDGE_CHOICES` for a task, in the question's options for a question. */
  option: number;
  label: string;
  chosen: boolean;
}

export interface KnowledgeRow {
  /** Content index of the task or question. */
  index: number;
  id: string;
  text: string;
  /** Checkboxes (several options may be right) rather than radio buttons. */
  multiple: boolean;
  choices: KnowledgeChoice[];
  right: boolean;
  answered: boolean;
  /** The right answer, as the visitor reads it. */
  answer: string;
  /** The explanation and the guide section that covers it. */
  item: Pick<SortItem, 'explanation' | 'href' | 'topic'>;
}

export function sortingRows(
  items: readonly SortItem[],
  order: readonly number[],
  answers: readonly (KnowledgeAnswer | null)[],
  label: (answer: KnowledgeAnswer) => string,
): KnowledgeRow[] {
  return order.map((index) => {
    const item = items[index]!;
    const given = answers[index] ?? null;
    return {
      index,
      id: item.id,
      text: item.text,
      multiple: false,
      choices: KNOWLEDGE_CHOICES.map((role, option) => ({
        value: role,
        option,
        label: label(role),
        chosen: given === role,
      })),
      right: given === item.answer,
      answered: given !== null,
      answer: label(item.answer),
      item,
    };
  });
}

export function questionRows(
  questions: readonly QuestionItem[],
  order: readonly number[],
  options: readonly (readonly number[])[],
  answers: readonly number[],
): KnowledgeRow[] {
  return order.map((index) => {
    const question = questions[index]!;
    const mask = answers[index] ?? 0;
    return {
      index,
      id: question.id,
      text: question.text,
      multiple: question.multiple,
      choices: (options[index] ?? []).map((option) => ({
        value: String(option),
        option,
        label: question.options[option]!,
        chosen: (mask & (1 << option)) !== 0,
      })),
      right: mask === question.correct,
      answered: mask !== 0,
      answer: question.options.filter((_, i) => (question.correct & (1 << i)) !== 0).join('; '),
      item: question,
    };
  });
}
