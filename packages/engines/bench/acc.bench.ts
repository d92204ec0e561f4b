/**
 * ACC allocation benchmark on a 15-min year (35,040 steps) for 500 consumers and 20 producers (acc-data.ts).
 * 1. In process: allocation-only wall time per key (best and median of RUNS), steps/s, memory.
 * 2. End to end: the same operation as canonical CSV files in a temp dir, run through
 *    `trajectoire acc simulate --key default` as a child process (wall time, phases, peak RSS, file sizes).
 *    With --python, also the pandas/numpy baseline (python/acc_default.py), its time ratio, and a hash comparison
 *    of both allocations.csv.
 * Run: npm run bench:acc [-- --python] [-- --e2e-only | --no-e2e]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { acc } from '../src/index';
import { CONSUMERS, generate, PRODUCERS, prng, START, STEPS, writeCanonicalCsv } from './acc-data';
import { findPython, runCli, runPython, sha256 } from './acc-e2e';

const RUNS = Number(process.env.RUNS ?? 3);
const args = new Set(process.argv.slice(2));

function keys(input: acc.AllocationInput): Record<string, acc.KeySpec> {
  const n = input.participants;
  const rand = prng(7);
  const equal = new Int32Array(n);
  for (let i = 0; i < CONSUMERS; i++) equal[i] = 1_000_000 / CONSUMERS;
  const weights = Array.from({ length: CONSUMERS }, () => rand());
  const total = weights.reduce((a, b) => a + b, 0);
  const uneven = new Int32Array(n);
  weights.forEach((w, i) => (uneven[i] = Math.floor((w * 1_000_000) / total)));
  const dynamic = new Int32Array(STEPS * n);
  for (let t = 0; t < STEPS; t++) {
    // PMO-style dynamic key: pro rata of each consumer's consumption, floored to millionths.
    let sum = 0;
    for (let i = 0; i < CONSUMERS; i++) sum += input.consumption[t * n + i];
    for (let i = 0; i < CONSUMERS && sum > 0; i++) {
      dynamic[t * n + i] = Math.floor((input.consumption[t * n + i] * 1_000_000) / sum);
    }
  }
  const ranks = Int32Array.from({ length: n }, (_, i) => (i < CONSUMERS ? 1 + Math.floor(rand() * 5) : 0));
  return {
    default: { kind: 'default' },
    static: { kind: 'static', coefficients: equal },
    'static-redistributed': { kind: 'static-redistributed', coefficients: uneven },
    dynamic: { kind: 'dynamic', coefficients: dynamic },
    priority: { kind: 'priority', ranks },
  };
}

function time<T>(fn: () => T): { ms: number[]; last: T } {
  const ms: number[] = [];
  let last!: T;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    last = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, last };
}

const round = (v: number) => Math.round(v * 10) / 10;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
/** With --expose-gc, collect between keys so that the peak RSS reflects one allocation at a time. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

function inProcess(input: acc.AllocationInput, generationMs: number) {
  const specs = keys(input);
  const results: Record<string, unknown> = {};
  let anyResult: acc.AllocationResult | null = null;
  for (const [name, key] of Object.entries(specs)) {
    anyResult = null;
    collect();
    const { ms, last } = time(() => acc.allocate(input, key));
    anyResult = last;
    const s = acc.summarize(last);
    results[name] = {
      bestMs: round(Math.min(...ms)),
      medianMs: round(median(ms)),
      stepsPerSecond: Math.round(STEPS / (Math.min(...ms) / 1000)),
      selfConsumptionRate: Number(s.totals.selfConsumptionRate!.toFixed(4)),
      selfProductionRate: Number(s.totals.selfProductionRate!.toFixed(4)),
    };
  }
  const big = time(() => acc.allocate(input, specs.default, { forceBig: true }));
  const stamps = Float64Array.from({ length: STEPS }, (_, t) => START + t * 900_000);
  const summary = time(() => acc.summarize(anyResult!, stamps));
  const coefficients = time(() => acc.coefficientsFromAllocation(anyResult!));
  const memory = process.memoryUsage();
  return {
    runs: RUNS,
    generationMs: Math.round(generationMs),
    allocate: results,
    defaultForcedBigIntMs: round(Math.min(...big.ms)),
    summarizeWithMonthsMs: round(Math.min(...summary.ms)),
    coefficientsFromAllocationMs: round(Math.min(...coefficients.ms)),
    memory: {
      inputMB: Math.round((input.consumption.byteLength + input.production.byteLength) / 2 ** 20),
      resultMB: Math.round(anyResult!.allocated.byteLength / 2 ** 20),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      rssMB: Math.round(memory.rss / 2 ** 20),
      arrayBuffersMB: Math.round(memory.arrayBuffers / 2 ** 20),
    },
  };
}

async function endToEnd(op: ReturnType<typeof generate>) {
  const dir = mkdtempSync(join(tmpdir(), 'trajectoire-acc-bench-'));
  try {
    const t0 = performance.now();
    const files = writeCanonicalCsv(dir, op);
    const writeMs = performance.now() - t0;
    const cli = await runCli(files, dir);
    const report: Record<string, unknown> = {
      csvWriteMs: Math.round(writeMs),
      inputMB: { participants: round(files.bytes.participants / 2 ** 20), curves: round(files.bytes.curves / 2 ** 20) },
      cli: cli.figures,
    };
    if (args.has('--python')) {
      const python = findPython();
      if (!python) {
        report.python = 'skipped: python3 with pandas and numpy not found (apt-get install -y python3-pandas)';
      } else {
        const py = await runPython(python, files, dir);
        const [a, b] = await Promise.all([sha256(join(cli.out, 'allocations.csv')), sha256(py.out)]);
        report.python = py.figures;
        report.comparison = {
          allocationsSha256: { cli: a, python: b },
          identical: a === b,
          wallTimeRatioPythonOverCli: Math.round((py.figures.wallMs / cli.figures.wallMs) * 100) / 100,
        };
      }
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const t0 = performance.now();
const op = generate();
const generationMs = performance.now() - t0;
const report: Record<string, unknown> = {
  node: process.version,
  participants: { consumers: CONSUMERS, producers: PRODUCERS },
  steps: STEPS,
};
if (!args.has('--e2e-only')) report.inProcess = inProcess(op.input, generationMs);
collect();
if (!args.has('--no-e2e')) report.endToEnd = await endToEnd(op);
console.log(JSON.stringify(report, null, 2));
