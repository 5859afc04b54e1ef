/**
 * The knowledge check island's props for one page language, built on the server from the knowledge data: every
 * text in the page language, and every guide link resolved from the guide's key and the section's anchor. A link
 * to a guide or section that does not exist fails the build, naming the field in the data file.
 */
import type { KnowledgeFile, Locale, Role } from '../../build/content/schemas';
import type { GuideSection, SectionResolver } from '../content/guides';
import { maskOf, type KnowledgeProps } from './model';

const KNOWLEDGE_FILE = 'content/data/knowledge.yaml';

export function knowledgeProps(input: {
  locale: Locale;
  knowledge: KnowledgeFile;
  roles: readonly Role[];
  /** The island's strings (`pickStrings(locale, …)`). */
  strings: KnowledgeProps['strings'];
  sections: SectionResolver;
  /** A section link's label ("Guide: Section"). */
  topic: (section: GuideSection) => string;
}): KnowledgeProps {
  const { locale, knowledge, roles, strings, sections, topic } = input;
  const taskTitle = new Map(
    roles.flatMap((r) => r.tasks.map((task) => [task.id, task.title[locale]] as const)),
  );
  const link = (field: string, at: Parameters<SectionResolver['resolve']>[0]) => {
    const found = sections.resolve(at, `${KNOWLEDGE_FILE}: ${field}`);
    return { href: found.href, topic: topic(found) };
  };
  return {
    locale,
    version: knowledge.version,
    strings,
    sorting: knowledge.sorting.map((item, i) => ({
      id: item.id,
      text: item.text?.[locale] ?? taskTitle.get(item.tasks[0]!) ?? item.id,
      answer: item.answer,
      explanation: item.explanation[locale],
      ...link(`sorting[${i}].link`, item.link),
    })),
    questions: knowledge.questions.map((q, i) => ({
      id: q.id,
      text: q.text[locale],
      multiple: q.multiple,
      options: q.options.map((o) => o.text[locale]),
      correct: maskOf(q.options.flatMap((o, j) => (o.correct ? [j] : []))),
      explanation: q.explanation[locale],
      ...link(`questions[${i}].link`, q.link),
    })),
  };
}
