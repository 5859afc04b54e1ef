/**
 * Validation of the YAML data files, including the references between them that a single zod schema
 * cannot see (a quiz item pointing at a task id in the roles data). Every problem is reported as
 * `file: field.path: message`, so a broken content file names itself and the field.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  checkerFile,
  knowledgeFile,
  quizFile,
  rolesFile,
  siteFile,
  type CheckerFile,
  type KnowledgeAnswer,
  type KnowledgeFile,
  type QuizFile,
  type Role,
  type SiteFile,
} from './schemas';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.path || '(root)'}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `['items', 3, 'tasks', 0]` → `items[3].tasks[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    // Zod names unknown keys in the message but not in the path; put them in the path so the field is named.
    if (issue.code === 'unrecognized_keys') {
      const base = formatPath(issue.path);
      return issue.keys.map((key) => ({
        file,
        path: base ? `${base}.${key}` : key,
        message: 'unknown field (check the spelling or remove it)',
      }));
    }
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'required field is missing';
    return [{ file, path: formatPath(issue.path), message }];
  }).flat();
}

function parseWith<T>(file: string, raw: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(zodProblems(file, result.error));
  return result.data;
}

export function parseYamlText(file: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ContentError([{ file, path: '', message: `not valid YAML: ${(error as Error).message}` }]);
  }
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return dupes;
}

export function checkRoles(file: string, raw: unknown): Role[] {
  const { roles } = parseWith(file, raw, rolesFile);
  const problems: ContentProblem[] = [];
  const roleDupes = duplicates(roles.map((r) => r.id));
  roles.forEach((role, r) => {
    if (roleDupes.has(role.id)) problems.push({ file, path: `roles[${r}].id`, message: `duplicate role "${role.id}"` });
    const taskIds = new Set<string>();
    role.tasks.forEach((task, t) => {
      const at = `roles[${r}].tasks[${t}].id`;
      if (!task.id.startsWith(`${role.id}.`))
        problems.push({ file, path: at, message: `task id must start with "${role.id}."` });
      if (taskIds.has(task.id)) problems.push({ file, path: at, message: `duplicate task id "${task.id}"` });
      taskIds.add(task.id);
    });
    for (const [list, items] of [
      ['skills', role.skills],
      ['kpis', role.kpis],
      ['tools', role.tools],
    ] as const) {
      const dupes = duplicates(items.map((i) => i.id));
      items.forEach((item, i) => {
        if (dupes.has(item.id))
          problems.push({ file, path: `roles[${r}].${list}[${i}].id`, message: `duplicate id "${item.id}"` });
      });
    }
    role.typicalWeek.forEach((day, d) =>
      day.activities.forEach((activity, a) => {
        if (!taskIds.has(activity.task))
          problems.push({
            file,
            path: `roles[${r}].typicalWeek[${d}].activities[${a}].task`,
            message: `unknown task id "${activity.task}" (not among ${role.id}'s tasks)`,
          });
      }),
    );
  });
  problems.push(...vocabularyProblems(file, roles));
  if (problems.length) throw new ContentError(problems);
  return roles;
}

/**
 * The job-ad vocabulary: each entry names a task of its own role, once; a phrase listed for both roles in the
 * same language could never decide between them, so it is reported.
 */
function vocabularyProblems(file: string, roles: readonly Role[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, string>();
  roles.forEach((role, r) => {
    const taskIds = new Set(role.tasks.map((t) => t.id));
    const seen = new Set<string>();
    role.vocabulary.forEach((entry, v) => {
      const at = `roles[${r}].vocabulary[${v}]`;
      if (!taskIds.has(entry.task))
        problems.push({ file, path: `${at}.task`, message: `unknown task id "${entry.task}" (not among ${role.id}'s tasks)` });
      if (seen.has(entry.task)) problems.push({ file, path: `${at}.task`, message: `task "${entry.task}" has a second entry` });
      seen.add(entry.task);
      for (const locale of ['de', 'en'] as const)
        entry[locale].forEach((phrase, p) => {
          const key = `${locale}:${phrase}`;
          const other = owner.get(key);
          if (other && !other.startsWith(`${role.id}.`))
            problems.push({ file, path: `${at}.${locale}[${p}]`, message: `"${phrase}" is also listed for ${other}` });
          else owner.set(key, entry.task);
        });
    });
  });
  return problems;
}

export function checkQuiz(file: string, raw: unknown, knownTaskIds: ReadonlySet<string>): QuizFile {
  const quiz = parseWith(file, raw, quizFile);
  const problems: ContentProblem[] = [];
  const dupes = duplicates(quiz.items.map((i) => i.id));
  quiz.items.forEach((item, i) => {
    if (dupes.has(item.id)) problems.push({ file, path: `items[${i}].id`, message: `duplicate item id "${item.id}"` });
    item.tasks.forEach((task, t) => {
      if (!knownTaskIds.has(task))
        problems.push({ file, path: `items[${i}].tasks[${t}]`, message: `unknown task id "${task}" (not in the roles data)` });
    });
  });
  const s = quiz.scoring;
  if (s['neither-max'] >= s['both-min'])
    problems.push({ file, path: 'scoring.neither-max', message: 'must be below scoring.both-min' });
  if (s['lean-min-gap'] > s['clear-min-gap'])
    problems.push({ file, path: 'scoring.lean-min-gap', message: 'must not exceed scoring.clear-min-gap' });
  const seen = new Set<number>();
  quiz.previous.forEach((old, i) => {
    if (old.version >= quiz.version || seen.has(old.version))
      problems.push({ file, path: `previous[${i}].version`, message: 'must be an earlier version, listed once' });
    seen.add(old.version);
    const oldDupes = duplicates(old.items);
    old.items.forEach((id, j) => {
      if (oldDupes.has(id)) problems.push({ file, path: `previous[${i}].items[${j}]`, message: `duplicate item id "${id}"` });
    });
  });
  if (problems.length) throw new ContentError(problems);
  return quiz;
}

/** The answer the roles data implies for a set of task ids: one role's tasks, or tasks of both roles. */
export function impliedAnswer(taskIds: readonly string[]): KnowledgeAnswer | null {
  const roles = new Set(taskIds.map((id) => id.slice(0, id.indexOf('.'))));
  if (roles.size === 2) return 'both';
  const [only] = roles;
  return only === 'smm' || only === 'cm' ? only : null;
}

export function checkKnowledge(file: string, raw: unknown, knownTaskIds: ReadonlySet<string>): KnowledgeFile {
  const knowledge = parseWith(file, raw, knowledgeFile);
  const problems: ContentProblem[] = [];
  const itemDupes = duplicates(knowledge.sorting.map((i) => i.id));
  const taskDupes = duplicates(knowledge.sorting.flatMap((i) => i.tasks));
  knowledge.sorting.forEach((item, i) => {
    const at = `sorting[${i}]`;
    if (itemDupes.has(item.id)) problems.push({ file, path: `${at}.id`, message: `duplicate item id "${item.id}"` });
    item.tasks.forEach((task, t) => {
      if (!knownTaskIds.has(task))
        problems.push({ file, path: `${at}.tasks[${t}]`, message: `unknown task id "${task}" (not in the roles data)` });
      if (taskDupes.has(task))
        problems.push({ file, path: `${at}.tasks[${t}]`, message: `task "${task}" is used by more than one item` });
    });
    const implied = impliedAnswer(item.tasks);
    if (item.tasks.length === 2 && implied !== 'both')
      problems.push({ file, path: `${at}.tasks`, message: 'two tasks must be one of each role (a task both share)' });
    else if (implied !== item.answer)
      problems.push({ file, path: `${at}.answer`, message: `must be "${implied}" as the roles data implies` });
    if (item.tasks.length === 2 && !item.text)
      problems.push({ file, path: `${at}.text`, message: 'a task both roles share needs its own text' });
  });
  const questionDupes = duplicates(knowledge.questions.map((q) => q.id));
  knowledge.questions.forEach((question, q) => {
    const at = `questions[${q}]`;
    if (questionDupes.has(question.id))
      problems.push({ file, path: `${at}.id`, message: `duplicate question id "${question.id}"` });
    const correct = question.options.filter((o) => o.correct).length;
    if (correct === 0) problems.push({ file, path: `${at}.options`, message: 'at least one option must be correct' });
    else if (!question.multiple && correct > 1)
      problems.push({ file, path: `${at}.options`, message: 'a single-choice question has exactly one correct option' });
  });
  if (problems.length) throw new ContentError(problems);
  return knowledge;
}

export function checkChecker(file: string, raw: unknown): CheckerFile {
  const checker = parseWith(file, raw, checkerFile);
  const problems: ContentProblem[] = [];
  checker.inputs.forEach((input, i) => {
    const at = `inputs[${i}]`;
    if (input.kind === 'number') {
      if (typeof input.default !== 'number')
        problems.push({ file, path: `${at}.default`, message: 'a number input needs a number as default' });
      else if (
        (input.min !== undefined && input.default < input.min) ||
        (input.max !== undefined && input.default > input.max)
      )
        problems.push({ file, path: `${at}.default`, message: 'default lies outside min and max' });
      else if (!input.decimals && !Number.isInteger(input.default))
        problems.push({ file, path: `${at}.default`, message: 'a whole-number input needs a whole default (or decimals: true)' });
      if (input.options) problems.push({ file, path: `${at}.options`, message: 'a number input has no options' });
    } else {
      const ids = new Set((input.options ?? []).map((o) => o.id));
      if (ids.size === 0) problems.push({ file, path: `${at}.options`, message: 'a choice input needs options' });
      const defaults = Array.isArray(input.default) ? input.default : [input.default];
      if (input.kind === 'choice' && Array.isArray(input.default))
        problems.push({ file, path: `${at}.default`, message: 'a single-choice input takes one default' });
      defaults.forEach((d) => {
        if (typeof d !== 'string' || !ids.has(d))
          problems.push({ file, path: `${at}.default`, message: `default "${String(d)}" is not one of the options` });
      });
    }
  });
  checker.assumptions.forEach((a, i) => {
    if (a.min > a.max) problems.push({ file, path: `assumptions[${i}].min`, message: 'min is greater than max' });
    if (a.value < a.min || a.value > a.max)
      problems.push({ file, path: `assumptions[${i}].value`, message: 'value lies outside min and max' });
    for (const end of ['low', 'high'] as const) {
      const x = a[end];
      if (x !== undefined && (x < a.min || x > a.max))
        problems.push({ file, path: `assumptions[${i}].${end}`, message: `${end} lies outside min and max` });
    }
  });
  for (const [list, items] of [
    ['inputs', checker.inputs],
    ['assumptions', checker.assumptions],
  ] as const) {
    const dupes = duplicates(items.map((x) => x.id));
    items.forEach((x, i) => {
      if (dupes.has(x.id)) problems.push({ file, path: `${list}[${i}].id`, message: `duplicate id "${x.id}"` });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return checker;
}

export function checkSite(file: string, raw: unknown): SiteFile {
  return parseWith(file, raw, siteFile);
}
