/**
 * Reads and validates every YAML data file in one pass, so cross-file references (quiz → role tasks)
 * are checked with the same code at build time and in tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkChecker, checkKnowledge, checkQuiz, checkRoles, checkSite, ContentError, parseYamlText } from './validate';
import type { CheckerFile, KnowledgeFile, QuizFile, Role, SiteFile } from './schemas';

export const DATA_FILES = {
  roles: 'data/roles.yaml',
  quiz: 'data/quiz.yaml',
  knowledge: 'data/knowledge.yaml',
  checker: 'data/checker.yaml',
  site: 'data/site.yaml',
} as const;

export interface ContentData {
  roles: Role[];
  quiz: QuizFile;
  knowledge: KnowledgeFile;
  checker: CheckerFile;
  site: SiteFile;
}

/** The content folder: `content/` at the project root, or `ROLLENKLAR_CONTENT_DIR` (used by build tests). */
export function contentDir(): string {
  return path.resolve(process.env['ROLLENKLAR_CONTENT_DIR'] || 'content');
}

function readYaml(dir: string, relative: string): { file: string; raw: unknown } {
  // Name the file as a person would find it: relative to the project when it is inside, else absolute.
  const absolute = path.join(dir, relative);
  const fromCwd = path.relative(process.cwd(), absolute);
  const file = (fromCwd.startsWith('..') ? absolute : fromCwd).split(path.sep).join('/');
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new ContentError([{ file, path: '', message: 'file is missing' }]);
  }
  return { file, raw: parseYamlText(file, text) };
}

export function loadContentData(dir: string = contentDir()): ContentData {
  const r = readYaml(dir, DATA_FILES.roles);
  const roles = checkRoles(r.file, r.raw);
  const taskIds = new Set(roles.flatMap((role) => role.tasks.map((t) => t.id)));
  const q = readYaml(dir, DATA_FILES.quiz);
  const k = readYaml(dir, DATA_FILES.knowledge);
  const c = readYaml(dir, DATA_FILES.checker);
  const s = readYaml(dir, DATA_FILES.site);
  return {
    roles,
    quiz: checkQuiz(q.file, q.raw, taskIds),
    knowledge: checkKnowledge(k.file, k.raw, taskIds),
    checker: checkChecker(c.file, c.raw),
    site: checkSite(s.file, s.raw),
  };
}
