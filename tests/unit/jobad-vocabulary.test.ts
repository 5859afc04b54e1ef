// The job-ad check's vocabulary in content/data/roles.yaml: complete, valid, linked to existing guide
// sections, and rejected with the file and field named when it is broken.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { loadContentData } from '../../src/build/content/data-files';
import { checkRoles, ContentError } from '../../src/build/content/validate';
import { FLAG_SECTIONS } from '../../src/lib/jobad/page-props';

const { roles } = loadContentData('content');

function guideAnchors(locale: 'de' | 'en'): Map<string, string[]> {
  const dir = path.join('content', locale, 'guides');
  const out = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const slugger = new GithubSlugger();
    out.set(
      /^key:\s*(\S+)/m.exec(text)![1]!,
      [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!)),
    );
  }
  return out;
}

describe('vocabulary in content/data/roles.yaml', () => {
  it('gives every task of both roles phrases in German and English', () => {
    for (const role of roles)
      for (const task of role.tasks) {
        const entry = role.vocabulary.find((v) => v.task === task.id);
        expect(entry, task.id).toBeDefined();
        expect(entry!.de.length, task.id).toBeGreaterThan(0);
        expect(entry!.en.length, task.id).toBeGreaterThan(0);
      }
  });

  it('links every task to a section that exists in its guide, in both languages', () => {
    for (const locale of ['de', 'en'] as const) {
      const anchors = guideAnchors(locale);
      for (const entry of roles.flatMap((r) => r.vocabulary))
        expect(anchors.get(entry.link.guide), `${entry.task} (${locale})`).toContain(
          entry.link.anchor[locale],
        );
    }
  });

  it('links the flags that continue in a guide to sections that exist', () => {
    for (const locale of ['de', 'en'] as const) {
      const anchors = guideAnchors(locale);
      for (const [id, link] of Object.entries(FLAG_SECTIONS))
        expect(anchors.get(link.guide), `${id} (${locale})`).toContain(link.anchor[locale]);
    }
  });
});

describe('validation of the vocabulary', () => {
  const raw = () =>
    parse(readFileSync('content/data/roles.yaml', 'utf8')) as { roles: Array<Record<string, any>> };
  const problems = (change: (data: ReturnType<typeof raw>) => void): string[] => {
    const data = raw();
    change(data);
    try {
      checkRoles('content/data/roles.yaml', data);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).problems.map((p) => `${p.path}: ${p.message}`);
    }
  };

  it('accepts the real file', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('rejects upper case, a lone * and too short terms, naming the field', () => {
    expect(problems((d) => (d.roles[0]!.vocabulary[0].de[0] = 'Strategie'))[0]).toMatch(
      /^roles\[0\]\.vocabulary\[0\]\.de\[0\]: must be lower-case words/,
    );
    expect(problems((d) => (d.roles[0]!.vocabulary[0].en[1] = 'ad'))[0]).toMatch(
      /^roles\[0\]\.vocabulary\[0\]\.en\[1\]: each term needs at least three letters/,
    );
    expect(problems((d) => (d.roles[0]!.vocabulary[0].en[1] = 'plan + *'))[0]).toMatch(
      /vocabulary\[0\]\.en\[1\]/,
    );
  });

  it('rejects a task of the other role, a second entry for a task and a phrase listed for both roles', () => {
    expect(problems((d) => (d.roles[0]!.vocabulary[0].task = 'cm.moderate'))).toContain(
      'roles[0].vocabulary[0].task: unknown task id "cm.moderate" (not among smm\'s tasks)',
    );
    expect(problems((d) => (d.roles[0]!.vocabulary[1].task = d.roles[0]!.vocabulary[0].task))).toContain(
      'roles[0].vocabulary[1].task: task "smm.strategy" has a second entry',
    );
    expect(problems((d) => d.roles[1]!.vocabulary[0].de.push('redaktionsplan*'))).toEqual([
      `roles[1].vocabulary[0].de[${raw().roles[1]!.vocabulary[0].de.length}]: "redaktionsplan*" is also listed for smm.content-planning`,
    ]);
  });

  it('rejects a missing language and a link without anchor', () => {
    expect(problems((d) => delete d.roles[1]!.vocabulary[2].en)).toContain(
      'roles[1].vocabulary[2].en: required field is missing',
    );
    expect(problems((d) => (d.roles[1]!.vocabulary[2].link.anchor.de = '#x'))[0]).toMatch(
      /^roles\[1\]\.vocabulary\[2\]\.link\.anchor\.de:/,
    );
  });
});
