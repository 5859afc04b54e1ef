import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import { glossaryFrontmatter, guideFrontmatter } from '../../src/build/content/schemas';
import { loadContentData } from '../../src/build/content/data-files';
import { ContentError, checkQuiz, formatPath, zodProblems } from '../../src/build/content/validate';
import { TEST_SCORING } from './quiz-test-rules';
import { ASSUMPTION, INPUT } from '../../src/lib/checker/definitions';

const FIXTURE = path.resolve('tests/fixtures/content');

/** Copies the valid fixture, lets the test break one YAML file, and returns the load error. */
function loadBroken(file: string, mutate: (data: any) => void): ContentError {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollenklar-content-'));
  const content = path.join(dir, 'content');
  try {
    cpSync(FIXTURE, content, { recursive: true });
    const target = path.join(content, file);
    const data = parse(readFileSync(target, 'utf8'));
    mutate(data);
    writeFileSync(target, stringify(data));
    loadContentData(content);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected the broken content to be rejected');
}

describe('data files', () => {
  it('accepts the valid fixture', () => {
    const data = loadContentData(FIXTURE);
    expect(data.roles.map((r) => r.id)).toEqual(['smm', 'cm']);
    expect(data.quiz.items).toHaveLength(1);
    expect(data.checker.inputs).toHaveLength(Object.keys(INPUT).length);
    expect(data.checker.assumptions).toHaveLength(Object.keys(ASSUMPTION).length);
  });

  it('names file and field when a translation is missing', () => {
    const error = loadBroken('data/roles.yaml', (d) => delete d.roles[1].tasks[0].title.en);
    expect(error.message).toContain(
      'content/data/roles.yaml: roles[1].tasks[0].title.en: required field is missing',
    );
  });

  it('names file and field for an unknown field', () => {
    const error = loadBroken('data/site.yaml', (d) => (d.operator.fax = '123'));
    expect(error.message).toContain('content/data/site.yaml: operator.fax: unknown field');
  });

  it('rejects a quiz item that points at a task id the roles data does not have', () => {
    const error = loadBroken('data/quiz.yaml', (d) => (d.items[0].tasks = ['cm.does-not-exist']));
    expect(error.problems).toEqual([
      {
        file: expect.stringMatching(/\/content\/data\/quiz\.yaml$/),
        path: 'items[0].tasks[0]',
        message: 'unknown task id "cm.does-not-exist" (not in the roles data)',
      },
    ]);
  });

  it('names the knowledge-check file and field when an answer contradicts the roles data', () => {
    const error = loadBroken('data/knowledge.yaml', (d) => (d.sorting[1].answer = 'both'));
    expect(error.message).toContain(
      'content/data/knowledge.yaml: sorting[1].answer: must be "cm" as the roles data implies',
    );
  });

  it('rejects a typical-week activity that points at another role’s task', () => {
    const error = loadBroken(
      'data/roles.yaml',
      (d) => (d.roles[0].typicalWeek[0].activities[0].task = 'cm.moderate'),
    );
    expect(error.message).toContain(
      'roles[0].typicalWeek[0].activities[0].task: unknown task id "cm.moderate"',
    );
  });

  it('rejects a task id whose prefix does not match its role', () => {
    const error = loadBroken('data/roles.yaml', (d) => (d.roles[1].tasks[0].id = 'smm.moderate'));
    expect(error.message).toContain('roles[1].tasks[0].id: task id must start with "cm."');
  });

  it('rejects a checker default outside its range and an assumption outside its range', () => {
    const error = loadBroken('data/checker.yaml', (d) => {
      d.inputs[0].default = -5;
      d.assumptions[0].value = 999;
    });
    expect(error.message).toContain(
      'content/data/checker.yaml: inputs[0].default: default lies outside min and max',
    );
    expect(error.message).toContain(
      'content/data/checker.yaml: assumptions[0].value: value lies outside min and max',
    );
  });

  it('requires every input and assumption the checker model reads, naming file and field', () => {
    const error = loadBroken('data/checker.yaml', (d) => {
      d.inputs = d.inputs.filter((i: { id: string }) => i.id !== 'goals');
      d.assumptions = d.assumptions.filter((a: { id: string }) => a.id !== 'absence-share');
    });
    expect(error.message).toContain(
      'content/data/checker.yaml: inputs: missing "goals" (the model reads it)',
    );
    expect(error.message).toContain(
      'content/data/checker.yaml: assumptions: missing "absence-share" (the model reads it)',
    );
  });

  it('rejects a checker input or assumption id the model does not read', () => {
    const error = loadBroken('data/checker.yaml', (d) => {
      d.inputs[0].id = 'community-size';
      d.assumptions[0].id = 'minutes-per-member';
    });
    expect(error.message).toMatch(/content\/data\/checker\.yaml: inputs\[0\]\.id: .*"community-members"/);
    expect(error.message).toMatch(/content\/data\/checker\.yaml: assumptions\[0\]\.id: .*"absence-share"/);
  });

  it('holds each checker input to the kind and the option ids the model reads', () => {
    const error = loadBroken('data/checker.yaml', (d) => {
      const byId = (id: string) => d.inputs.findIndex((i: { id: string }) => i.id === id);
      d.inputs[byId('channels')].kind = 'choice';
      const size = d.inputs[byId('company-size')];
      size.options[4].id = 'huge';
    });
    const at = (id: string) =>
      `inputs[${loadContentData(FIXTURE).checker.inputs.findIndex((i) => i.id === id)}]`;
    expect(error.message).toContain(`${at('channels')}.kind: the model reads "channels" as a number input`);
    expect(error.message).toContain(
      `${at('company-size')}.options[4].id: unknown option "huge" (the model knows micro, small, medium, large, enterprise)`,
    );
    expect(error.message).toContain(`${at('company-size')}.options: missing option "enterprise"`);
  });

  it('reports a missing data file by name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rollenklar-content-'));
    try {
      expect(() => loadContentData(dir)).toThrow(/data\/roles\.yaml: \(root\): file is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports YAML syntax errors with the file name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rollenklar-content-'));
    const content = path.join(dir, 'content');
    try {
      cpSync(FIXTURE, content, { recursive: true });
      writeFileSync(path.join(content, 'data/quiz.yaml'), 'version: 1\nitems: [unclosed\n');
      expect(() => loadContentData(content)).toThrow(/content\/data\/quiz\.yaml: \(root\): not valid YAML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cross-checks without files', () => {
  const quizItem = {
    id: 'a',
    role: 'cm',
    text: { de: 'x', en: 'y' },
    tasks: ['cm.moderate'],
    facets: ['dialogue'],
  };

  it('flags duplicate quiz item ids', () => {
    const item = quizItem;
    const scoring = TEST_SCORING;
    expect(() =>
      checkQuiz('q.yaml', { version: 1, scoring, items: [item, item] }, new Set(['cm.moderate'])),
    ).toThrow(/q\.yaml: items\[1\]\.id: duplicate item id "a"/);
  });

  it('flags quiz thresholds that contradict each other and earlier versions that are not earlier', () => {
    const item = quizItem;
    const scoring = { ...TEST_SCORING, 'both-min': 40, 'neither-max': 60 };
    const raw = { version: 2, scoring, items: [item], previous: [{ version: 2, items: ['a'] }] };
    expect(() => checkQuiz('q.yaml', raw, new Set(['cm.moderate']))).toThrow(
      /q\.yaml: scoring\.neither-max: must be below scoring\.both-min[\s\S]*q\.yaml: previous\[0\]\.version/,
    );
  });

  it('flags a choice input whose default is not an option', () => {
    const error = loadBroken('data/checker.yaml', (d) => {
      d.inputs.find((i: { id: string }) => i.id === 'company-size').default = 'huge';
    });
    expect(error.message).toMatch(
      /checker\.yaml: inputs\[\d+\]\.default: default "huge" is not one of the options/,
    );
  });
});

describe('MDX frontmatter schemas', () => {
  const guide = {
    key: 'sample',
    title: 'Titel',
    description: 'Beschreibung',
    order: 1,
    updated: '2026-11-26',
    roles: ['cm'],
    sources: [{ publisher: 'BVCM', title: 'Studie', year: 2018, url: 'https://bvcm.org/?p=22438' }],
  };

  it('accepts a complete guide', () => {
    expect(guideFrontmatter.safeParse(guide).success).toBe(true);
  });

  it('names the field when a guide lacks its description', () => {
    const { description, ...rest } = guide;
    const result = guideFrontmatter.safeParse(rest);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(zodProblems('content/de/guides/x.mdx', result.error)).toEqual([
        { file: 'content/de/guides/x.mdx', path: 'description', message: 'required field is missing' },
      ]);
    }
  });

  it('rejects a description longer than 160 characters', () => {
    const result = guideFrontmatter.safeParse({ ...guide, description: 'x'.repeat(161) });
    expect(result.success).toBe(false);
  });

  it('rejects a source without a valid URL or with a future year', () => {
    expect(
      guideFrontmatter.safeParse({ ...guide, sources: [{ ...guide.sources[0], url: 'bvcm.org' }] }).success,
    ).toBe(false);
    expect(
      guideFrontmatter.safeParse({ ...guide, sources: [{ ...guide.sources[0], year: 2999 }] }).success,
    ).toBe(false);
  });

  it('accepts a source check date and rejects one that is malformed or in the future', () => {
    const withCheck = (checked: unknown) =>
      guideFrontmatter.safeParse({ ...guide, sources: [{ ...guide.sources[0], checked }] });
    const ok = withCheck('2026-01-15');
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.sources[0]?.checked?.toISOString().slice(0, 10)).toBe('2026-01-15');
    expect(withCheck('last week').success).toBe(false);
    expect(withCheck('2999-01-01').success).toBe(false);
    expect(guideFrontmatter.safeParse(guide).success).toBe(true);
  });

  it('rejects unknown glossary fields', () => {
    const result = glossaryFrontmatter.safeParse({ key: 'troll', term: 'Troll', short: 'x', synonyms: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodProblems('g.mdx', result.error)[0]?.path).toBe('synonyms');
  });

  it('formats nested paths like the YAML', () => {
    expect(formatPath(['roles', 0, 'tasks', 2, 'title', 'en'])).toBe('roles[0].tasks[2].title.en');
  });
});
