/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser test files that take longest (each loads many pages), started first when vitest has no timings
 * from an earlier run (a clean clone): by default it then starts larger files first, and these are small files
 * that, started last, left one worker busy alone at the end.
 */
const LONGEST_FIRST = ['tests/e2e/every-page.test.ts', 'tests/e2e/quiz.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (this.ctx.cache.getTestSpecificationResult(spec)) return LONGEST_FIRST.length;
      const i = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(name));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // Projects stay in the order the base sequencer gives them; within one, a stable sort by rank.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) =>
      sorted.filter((spec) => spec.project.name === name).sort((a, b) => rank(a) - rank(b)),
    );
  }
}

// Three projects: plain TypeScript and Astro components in node, Svelte islands in jsdom,
// and browser tests that build the site once and drive Chromium against it.
export default getViteConfig({
  test: {
    // The JSON report feeds the `N passed, N failed` line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // One worker per core: vitest's default (cores - 1) runs the unit and component files one at a time on a
    // 2-core machine, where they then take twice as long.
    maxWorkers: '100%',
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'components', environment: 'jsdom', include: ['tests/components/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
