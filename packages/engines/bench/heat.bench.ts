/**
 * Waste-heat matching benchmark: 2,000 sources × 20,000 sinks spread over an Île-de-France-sized extent, generated
 * in-process with a seeded PRNG so that every run matches the same study. Runs stage 1 (arcs) and stage 2 (LP,
 * cost phase, merit order) and prints JSON: arcs, time per stage, peak memory. It then writes the LP's arcs to a
 * temporary CSV and, when python3 with scipy is available, solves the same LP with scipy.optimize.linprog
 * (method='highs', the native HiGHS) through bench/python/heat_linprog.py and prints the time ratio.
 * Run: npm run bench:heat  (SOURCES=…, SINKS=… resize the instance; STAGE1_ONLY=1 stops after stage 1)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heat } from '../src/index';
import { prng } from './prng';

const SOURCES = Number(process.env.SOURCES ?? 2000);
const SINKS = Number(process.env.SINKS ?? 20_000);
// Île-de-France spans about 48.12–49.24 °N and 1.45–3.56 °E (≈ 125 × 155 km).
const EXTENT = { south: 48.12, north: 49.24, west: 1.45, east: 3.56 };
const PARIS = { lat: 48.8566, lon: 2.3522 };


function generate(): heat.HeatStudy {
  const rand = prng(20_250_601);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const logBetween = (lo: number, hi: number) => Math.exp(between(Math.log(lo), Math.log(hi)));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  // Six in ten sites cluster around Paris (σ ≈ 12 km), the rest spread over the region, as activity does.
  const place = () => {
    for (;;) {
      const clustered = rand() < 0.6;
      const lat = clustered ? PARIS.lat + gauss() * 0.108 : between(EXTENT.south, EXTENT.north);
      const lon = clustered ? PARIS.lon + gauss() * 0.163 : between(EXTENT.west, EXTENT.east);
      if (lat >= EXTENT.south && lat <= EXTENT.north && lon >= EXTENT.west && lon <= EXTENT.east) return { lat, lon };
    }
  };
  // [kind, share, MWh range, °C range]: orders of magnitude of the Cerema/FCU waste-heat layers.
  const sourceKinds: [heat.SourceKind, number, [number, number], [number, number]][] = [
    ['datacenter', 0.3, [5_000, 80_000], [25, 35]],
    ['wastewater', 0.15, [2_000, 30_000], [12, 20]],
    ['incinerator', 0.03, [50_000, 400_000], [120, 180]],
    ['laundry', 0.2, [300, 3_000], [30, 50]],
    ['industry', 0.27, [1_000, 100_000], [40, 250]],
    ['other', 0.05, [500, 10_000], [20, 90]],
  ];
  const sinkKinds: [heat.SinkKind, number, [number, number], [number, number]][] = [
    ['heat_network', 0.01, [20_000, 500_000], [70, 105]],
    ['district', 0.09, [2_000, 30_000], [55, 75]],
    ['building', 0.9, [100, 3_000], [45, 70]],
  ];
  const pick = <K>(table: [K, number, [number, number], [number, number]][]) => {
    let r = rand();
    for (const row of table) if ((r -= row[1]) <= 0) return row;
    return table[table.length - 1];
  };
  const sources = Array.from({ length: SOURCES }, (_, i): heat.HeatSource => {
    const [kind, , mwh, temp] = pick(sourceKinds);
    return { id: `S${i}`, kind, name: `${kind} ${i}`, ...place(), annualMwh: logBetween(...mwh), temperatureC: between(...temp) };
  });
  const sinks = Array.from({ length: SINKS }, (_, j): heat.HeatSink => {
    const [kind, , mwh, temp] = pick(sinkKinds);
    return { id: `D${j}`, kind, name: `${kind} ${j}`, ...place(), annualMwh: logBetween(...mwh), supplyTemperatureC: between(...temp) };
  });
  return { sources, sinks };
}

/** The LP as data for the Python side: one line per arc, with its ends' availability repeated. */
function lpCsv(problem: heat.LpProblem, study: heat.HeatStudy): string {
  const lines = ['source_id,sink_id,source_mwh,sink_mwh,source_coef,gain,capacity_mwh,cost_eur_per_mwh'];
  for (const a of problem.arcs) {
    lines.push(
      [study.sources[a.source].id, study.sinks[a.sink].id, problem.supplies[a.source], problem.demands[a.sink], a.sourceCoef, a.gain, a.capacity, a.cost].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

const round = (x: number, d = 1) => Number(x.toFixed(d));

async function main(): Promise<void> {
  const t0 = performance.now();
  const study = generate();
  const generateMs = performance.now() - t0;
  const params = heat.resolveParams({});
  await heat.loadSolver(); // compile the WebAssembly module outside the timed stages

  const t1 = performance.now();
  const stage1 = heat.buildArcs(study, params);
  const stage1Ms = performance.now() - t1;

  if (process.env.STAGE1_ONLY) {
    const s1 = { instance: { sources: SOURCES, sinks: SINKS }, stage1: { ms: round(stage1Ms), candidates: stage1.candidates, arcs: stage1.arcs.length, dropped: stage1.dropped } };
    console.log(JSON.stringify({ ...s1, peakRssMb: round(process.resourceUsage().maxRSS / 1024) }, null, 2));
    return;
  }
  const problem = heat.lpProblem(study, stage1.arcs);
  const t2 = performance.now();
  const allocation = await heat.allocate(problem, { epsilon: params.lp_epsilon });
  const stage2Ms = performance.now() - t2;
  const t3 = performance.now();
  const merit = await heat.meritCurve(problem, params.merit_steps);
  const meritMs = performance.now() - t3;
  // The first solves also pay for tiering up the WebAssembly code; a second run shows the steady state.
  const t4 = performance.now();
  const warm = await heat.allocate(problem, { epsilon: params.lp_epsilon });
  const warmMs = performance.now() - t4;
  const summary = heat.summarize(study, stage1, allocation);
  const largest = allocation.components.reduce((m, c) => Math.max(m, c.arcs.length), 0);

  const report: Record<string, unknown> = {
    instance: { sources: SOURCES, sinks: SINKS, extent: EXTENT, generateMs: round(generateMs) },
    stage1: { ms: round(stage1Ms), candidates: stage1.candidates, arcs: stage1.arcs.length, dropped: stage1.dropped },
    stage2: {
      ms: round(stage2Ms),
      solverMs: round(allocation.solveMs),
      solves: allocation.solves,
      status: allocation.solverStatus,
      components: allocation.components.length,
      largestComponentArcs: largest,
      maxRecoveredMwh: round(allocation.maxRecoveredMwh, 3),
      recoveredMwh: round(allocation.recoveredMwh, 3),
      deliveredMwh: round(summary.deliveredMwh, 3),
      annualCostEur: round(allocation.costEur, 2),
    },
    stage2Again: { ms: round(warmMs), solverMs: round(warm.solveMs), recoveredMwh: round(warm.recoveredMwh, 3), annualCostEur: round(warm.costEur, 2) },
    merit: { ms: round(meritMs), solves: merit.solves, points: merit.points.length, status: merit.solverStatus },
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20),
  };

  const dir = mkdtempSync(join(tmpdir(), 'heat-bench-'));
  try {
    const csvPath = join(dir, 'lp_arcs.csv');
    writeFileSync(csvPath, lpCsv(problem, study));
    const script = fileURLToPath(new URL('./python/heat_linprog.py', import.meta.url));
    const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { encoding: 'utf8' }).status === 0;
    if (!hasScipy) {
      report.python = { skipped: 'python3 with scipy not found (apt-get install -y python3-scipy)' };
    } else {
      const run = spawnSync('python3', [script, csvPath, String(params.lp_epsilon)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (run.status !== 0) report.python = { failed: run.stderr.trim().split('\n').slice(-3).join(' | ') };
      else {
        const py = JSON.parse(run.stdout) as { solveMs: number; maxRecoveredMwh: number; annualCostEur: number; buildMs: number };
        report.python = {
          ...py,
          recoveredGap: round(Math.abs(py.maxRecoveredMwh - allocation.maxRecoveredMwh), 6),
          costRelativeGap: allocation.costEur > 0 ? Number((Math.abs(py.annualCostEur - allocation.costEur) / allocation.costEur).toExponential(2)) : 0,
          // > 1: our stage 2 (HiGHS in WebAssembly, per component, warm-started phase 2) is faster than native
          // HiGHS through scipy on the whole LP; first run and steady state.
          ratioPythonOverTsFirst: round(py.solveMs / allocation.solveMs, 2),
          ratioPythonOverTsAgain: round(py.solveMs / warm.solveMs, 2),
        };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report, null, 2));
}

await main();
