// `npm run check`: the type checks of .astro and .ts files (astro check) and of .svelte files (svelte-check),
// and Prettier. Each of the three keeps one core busy, so they run side by side once `astro sync` has written
// the content types that both type checks read; each one's output is printed in one block when it ends.
// Exits non-zero when any of them fails.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = (name) => path.resolve('node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const sync = spawnSync(bin('astro'), ['sync'], { stdio: 'inherit', env });
if (sync.status !== 0) process.exit(sync.status ?? 1);

const CHECKS = [
  ['astro check', bin('astro'), ['check', '--noSync']],
  ['svelte-check', bin('svelte-check'), ['--workspace', '.', '--fail-on-warnings']],
  ['prettier', bin('prettier'), ['--check', '.']],
];

const results = await Promise.all(
  CHECKS.map(
    ([label, command, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(command, args, { env });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', (error) => resolve({ label, status: 1, output: String(error) }));
        child.on('close', (status) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`\n── ${label} (exit ${status}, ${seconds} s)\n${output}`);
          resolve({ label, status });
        });
      }),
  ),
);

const failed = results.filter((r) => r.status !== 0);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((r) => r.label).join(', ')}`);
  process.exit(1);
}
