// npm run bench:checker — how long the hiring check takes to recompute after an input change, over many
// random inputs: the model alone (estimateWorkload), and everything the island recomputes per keystroke
// (model, share-link query, storage text and the result in words). The budget is one frame (16 ms).
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { loadContentData } from '../src/build/content/data-files';
import { useTranslations } from '../src/i18n';
import {
  COMPANY_SIZES,
  COVERAGES,
  GOALS,
  INPUT,
  RISKS,
  SPACES,
  estimateWorkload,
  serializeCheckerState,
  toCheckerParams,
  describeResult,
  type CheckerValue,
} from '../src/lib/checker';

const RUNS = 20_000;
const WARM_UP = 2_000;
const FRAME_MS = 16;

const { checker } = loadContentData('content');
const t = useTranslations('de');
const names = { smm: 'Social-Media-Manager:in', cm: 'Community-Manager:in' };
const labels = Object.fromEntries(checker.inputs.map((i) => [i.id, i.label.de]));

// A seeded generator, so every run measures the same inputs.
let seed = 20_240_601;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[]): T[] => list.filter(() => random() < 0.4);
/** Mostly plausible numbers, sometimes "don't know", typed text or absurd values (as a visitor types them). */
const number = (max: number): CheckerValue => {
  const r = random();
  if (r < 0.05) return null;
  if (r < 0.1) return String(Math.round(random() * max)).replace(/(\d)(\d{3})$/, '$1 $2');
  if (r < 0.13) return pick(['-5', '1e12', '', 'abc', '1,5']);
  return Math.round(random() * max * (random() < 0.8 ? 0.05 : 1));
};

function randomInputs(): Record<string, CheckerValue> {
  return {
    [INPUT.companySize]: pick(COMPANY_SIZES),
    [INPUT.goals]: some(GOALS),
    [INPUT.channels]: number(50),
    [INPUT.posts]: number(1000),
    [INPUT.inbound]: number(100_000),
    [INPUT.space]: pick(SPACES),
    [INPUT.members]: number(10_000_000),
    [INPUT.activeShare]: number(100),
    [INPUT.events]: number(200),
    [INPUT.coverage]: pick(COVERAGES),
    [INPUT.risk]: some(RISKS),
    [INPUT.currentHours]: number(2000),
  };
}

function randomAssumptions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of checker.assumptions)
    if (random() < 0.1) out[a.id] = String(a.min + random() * (a.max - a.min));
  return out;
}

function measure(
  label: string,
  work: (inputs: Record<string, CheckerValue>, a: Record<string, string>) => void,
) {
  const cases = Array.from({ length: RUNS + WARM_UP }, () => [randomInputs(), randomAssumptions()] as const);
  const times: number[] = [];
  cases.forEach(([inputs, assumptions], i) => {
    const t0 = performance.now();
    work(inputs, assumptions);
    if (i >= WARM_UP) times.push(performance.now() - t0);
  });
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return {
    measure: label,
    runs: RUNS.toLocaleString('en'),
    'median ms': q(0.5).toFixed(4),
    'p95 ms': q(0.95).toFixed(4),
    'p99 ms': q(0.99).toFixed(4),
    'max ms': times[times.length - 1]!.toFixed(3),
    'within 16 ms': q(0.99) < FRAME_MS ? 'yes' : 'NO',
  };
}

const rows = [
  measure('estimateWorkload', (inputs, a) => estimateWorkload(inputs, a, checker)),
  measure('full recompute (model, link, storage, words)', (inputs, a) => {
    const w = estimateWorkload(inputs, a, checker);
    toCheckerParams(inputs, checker, a).toString();
    serializeCheckerState(inputs, a, checker);
    describeResult(w, 'de', t, names, labels);
  }),
];

console.log(
  `Hiring check benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
);
console.log(
  `${RUNS.toLocaleString('en')} random inputs after ${WARM_UP.toLocaleString('en')} warm-up runs\n`,
);
const headers = Object.keys(rows[0]!);
console.log(`| ${headers.join(' | ')} |`);
console.log(`|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${Object.values(row).join(' | ')} |`);
if (rows.some((row) => row['within 16 ms'] !== 'yes')) process.exitCode = 1;
