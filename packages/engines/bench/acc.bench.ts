/**
 * ACC allocation benchmark: a 15-min year (35,040 steps) for 500 consumers and 20 producers, generated in-process
 * with a seeded PRNG so every run allocates the same data. Prints JSON: allocation-only wall time per key (best
 * and median of RUNS), steps/s, and memory. Run: npx tsx --expose-gc packages/engines/bench/acc.bench.ts
 * The end-to-end CLI figures (CSV in → files out) are measured separately.
 */
import { performance } from 'node:perf_hooks';
import { acc } from '../src/index';

const CONSUMERS = 500;
const PRODUCERS = 20;
const STEPS = 35_040;
const RUNS = Number(process.env.RUNS ?? 3);
const START = Date.UTC(2024, 11, 31, 23); // 2025-01-01T00:00+01:00

/** mulberry32: tiny, fast, seeded; good enough to make loads look irregular. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): acc.AllocationInput {
  const n = CONSUMERS + PRODUCERS;
  const rand = prng(20250101);
  const base = Float64Array.from({ length: CONSUMERS }, () => 40 + rand() * 360); // Wh per quarter-hour
  const peakKw = Float64Array.from({ length: PRODUCERS }, () => 20 + rand() * 100); // kWc
  const consumption = new Float64Array(STEPS * n);
  const production = new Float64Array(STEPS * n);
  let cloud = 1;
  for (let t = 0; t < STEPS; t++) {
    const hour = ((t % 96) / 4 + 1) % 24; // local winter time is close enough for a synthetic profile
    const day = Math.floor(t / 96);
    if (t % 96 === 0) cloud = 0.25 + 0.75 * rand();
    const season = Math.cos((2 * Math.PI * (day - 172)) / 365); // +1 mid-summer, −1 mid-winter
    const shape = 0.6 + 0.5 * Math.exp(-((hour - 8) ** 2) / 3) + 0.8 * Math.exp(-((hour - 19.5) ** 2) / 4);
    for (let i = 0; i < CONSUMERS; i++) {
      consumption[t * n + i] = Math.round(base[i] * shape * (1.15 - 0.25 * season) * (0.6 + 0.8 * rand()));
    }
    const daylight = 12 + 4 * season;
    const sun = Math.max(0, Math.sin((Math.PI * (hour - (12 - daylight / 2))) / daylight));
    for (let j = 0; j < PRODUCERS; j++) {
      const e = peakKw[j] * 250 * sun * (0.75 + 0.25 * season) * cloud * (0.9 + 0.2 * rand());
      production[t * n + CONSUMERS + j] = Math.round(e);
    }
  }
  return { participants: n, steps: STEPS, consumption, production };
}

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

const t0 = performance.now();
const input = generate();
const specs = keys(input);
const generationMs = performance.now() - t0;
const results: Record<string, unknown> = {};
let anyResult: acc.AllocationResult | null = null;
/** With --expose-gc, collect between keys so that the peak RSS reflects one allocation at a time. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();
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
console.log(
  JSON.stringify(
    {
      node: process.version,
      participants: { consumers: CONSUMERS, producers: PRODUCERS },
      steps: STEPS,
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
    },
    null,
    2,
  ),
);
