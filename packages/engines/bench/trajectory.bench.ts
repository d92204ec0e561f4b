/**
 * Trajectory benchmark: observed trends and projections for every French commune. 35,000 communes × 3 indicators
 * (final energy, GHG, renewables) × 10 years (2013–2022), about 5 % missing values, generated in-process with a
 * seeded PRNG. Fits linear and constant-rate trends with trendBatch and projects them to the PCAET horizons
 * (2026, 2030, 2031, 2050), then assesses a 1,000-series sample one by one with assessTrajectory (the per-sector
 * path). Prints JSON: best and median wall time of RUNS, series/s. Run: npm run bench:trajectory
 */
import { performance } from 'node:perf_hooks';
import { trajectory } from '../src/index';
import { prng } from './prng';

const COMMUNES = 35_000;
const INDICATORS = 3;
const YEARS = Array.from({ length: 10 }, (_, k) => 2013 + k);
const HORIZONS = trajectory.pcaetObjectiveYears([
  { firstYear: 2019, lastYear: 2023 },
  { firstYear: 2024, lastYear: 2028 },
  { firstYear: 2029, lastYear: 2033 },
]);
const RUNS = Number(process.env.RUNS ?? 5);
const SAMPLE = 1_000;


function generate(): Float64Array {
  const rand = prng(20240101);
  const series = COMMUNES * INDICATORS;
  const values = new Float64Array(series * YEARS.length);
  for (let s = 0; s < series; s++) {
    const level = 500 + rand() * 50_000; // MWh or tCO2e of a commune
    const rate = s % INDICATORS === 2 ? 0.02 + rand() * 0.1 : -0.04 + rand() * 0.05;
    for (let t = 0; t < YEARS.length; t++) {
      values[s * YEARS.length + t] = rand() < 0.05 ? NaN : level * (1 + rate) ** t * (0.95 + rand() * 0.1);
    }
  }
  return values;
}

function time(fn: () => void): { bestMs: number; medianMs: number } {
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { bestMs: round(runs[0]), medianMs: round(runs[Math.floor(runs.length / 2)]) };
}

const values = generate();
const series = COMMUNES * INDICATORS;
const results: Record<string, unknown> = {};
for (const method of ['linear', 'constant-rate'] as const) {
  let ok = 0;
  const t = time(() => {
    const r = trajectory.trendBatch({ years: YEARS, values, horizons: HORIZONS, method, minPoints: 3 });
    ok = r.status.filter((s) => s === trajectory.BATCH_STATUS.ok).length;
  });
  results[method] = { ...t, seriesPerSecond: Math.round(series / (t.medianMs / 1000)), seriesOk: ok };
}
const sample = Array.from({ length: SAMPLE }, (_, s) =>
  YEARS.map((year, k) => ({ year, value: values[s * YEARS.length + k] })),
);
const assess = time(() => {
  for (const observations of sample) {
    trajectory.assessTrajectory({ observations, target: { year: 2030, value: 1000 }, direction: 'decrease' }, { lastYears: 10 });
  }
});
results.assessTrajectory = { ...assess, series: SAMPLE, seriesPerSecond: Math.round(SAMPLE / (assess.medianMs / 1000)) };

console.log(
  JSON.stringify(
    {
      bench: 'trajectory',
      node: process.version,
      communes: COMMUNES,
      indicators: INDICATORS,
      years: YEARS.length,
      series,
      horizons: HORIZONS,
      runs: RUNS,
      trendBatch: { linear: results.linear, constantRate: results['constant-rate'] },
      assessTrajectory: results.assessTrajectory,
      memoryMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    null,
    2,
  ),
);
