// Every built page is valid HTML according to the Nu Html Checker (vnu.jar from the npm package vnu-jar,
// run with the machine's Java; its postinstall, which would download a Java runtime, is denied in package.json).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DIST } from './browser';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

describe('HTML validity', () => {
  it('finds zero errors in every page of the build', () => {
    const result = spawnSync(
      'java',
      ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', DIST],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.error) throw new Error(`The Nu Html Checker needs Java on the PATH: ${result.error.message}`);
    const messages = (
      JSON.parse(result.stderr || '{"messages":[]}') as {
        messages: Array<{ url: string; message: string; lastLine?: number }>;
      }
    ).messages.map(
      (m) => `${m.url.replace(/^.*?\/(dist|[^/]*-dist)\//, '/')}:${m.lastLine ?? '?'}: ${m.message}`,
    );
    expect(messages).toEqual([]);
  });
});
