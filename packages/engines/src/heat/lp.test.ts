import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectedComponents } from './components';
import { allocate } from './lp';
import { lpText, type LpArc, type LpProblem } from './lp-text';
import { loadSolver } from './solver';
import { minCostMaxFlow } from './testing/min-cost-flow';
import { bruteForceLp } from './testing/vertex-lp';

const EPS = 1e-9;
const arc = (source: number, sink: number, capacity: number, cost: number, more: Partial<LpArc> = {}): LpArc => ({
  source,
  sink,
  capacity,
  cost,
  sourceCoef: 1,
  gain: 1,
  ...more,
});

/** Every row and bound holds, within the solver's 1e-7 tolerance scaled to the row. */
function expectFeasible(p: LpProblem, flows: Float64Array): void {
  const used = new Float64Array(p.supplies.length);
  const served = new Float64Array(p.demands.length);
  p.arcs.forEach((a, k) => {
    expect(flows[k]).toBeGreaterThanOrEqual(0);
    expect(flows[k]).toBeLessThanOrEqual(a.capacity);
    used[a.source] += a.sourceCoef * flows[k];
    served[a.sink] += a.gain * flows[k];
  });
  used.forEach((u, i) => expect(u).toBeLessThanOrEqual(p.supplies[i] + 1e-6 * (1 + p.supplies[i])));
  served.forEach((s, j) => expect(s).toBeLessThanOrEqual(p.demands[j] + 1e-6 * (1 + p.demands[j])));
}

describe('allocate: hand cases', () => {
  it('maximises recovery, then takes the cheapest way to it', async () => {
    // Supplies 100, 50; demands 80, 60. Arcs s0→d0 (10 €/MWh), s0→d1 (20 €), s1→d1 (5 €).
    // Max: d0 can only get 80 (from s0), d1 60 → 140. Cheapest: d0 ← s0 80 (800 €); d1 ← s1 50 (250 €) + s0 10 (200 €).
    const p: LpProblem = { supplies: [100, 50], demands: [80, 60], arcs: [arc(0, 0, 100, 10), arc(0, 1, 100, 20), arc(1, 1, 50, 5)] };
    const r = await allocate(p, { epsilon: EPS });
    expect(r.status).toBe('optimal');
    expect(r.maxRecoveredMwh).toBeCloseTo(140, 6);
    expect([...r.flows].map((f) => Number(f.toFixed(4)))).toEqual([80, 10, 50]);
    expect(r.costEur).toBeCloseTo(1250, 3);
    expect(r.solves).toBe(2);
  });

  it('reports recovery duals: per extra MWh of demand behind a heat pump, per extra MWh of a lossy source', async () => {
    // Sink-limited heat pump arc, g = 2: f ≤ 50/2 = 25; one more MWh of demand recovers 1/2 MWh more.
    const hp = await allocate({ supplies: [100], demands: [50], arcs: [arc(0, 0, 1000, 1, { gain: 2 })] }, { epsilon: EPS });
    expect(hp.maxRecoveredMwh).toBeCloseTo(25, 6);
    expect(hp.sinkRecoveryDuals[0]).toBeCloseTo(0.5, 9);
    expect(hp.sourceRecoveryDuals[0]).toBeCloseTo(0, 9);
    // Source-limited lossy arc: 1.25 MWh withdrawn per MWh recovered → f = 10/1.25 = 8; dual 1/1.25 = 0.8.
    const lossy = await allocate({ supplies: [10], demands: [100], arcs: [arc(0, 0, 1000, 1, { sourceCoef: 1.25 })] }, { epsilon: EPS });
    expect(lossy.maxRecoveredMwh).toBeCloseTo(8, 6);
    expect(lossy.sourceRecoveryDuals[0]).toBeCloseTo(0.8, 9);
  });

  it('answers an empty study without calling the solver', async () => {
    const r = await allocate({ supplies: [10], demands: [10], arcs: [] }, { epsilon: EPS });
    expect(r).toMatchObject({ status: 'empty', solves: 0, recoveredMwh: 0, costEur: 0, solverStatus: 'Not run' });
  });

  it('reports an infeasible study (negative supply) as a status, not an exception', async () => {
    const r = await allocate({ supplies: [-5], demands: [10], arcs: [arc(0, 0, 10, 1)] }, { epsilon: EPS });
    expect(r.status).toBe('infeasible');
    expect(r.solverStatus).toBe('Infeasible');
    expect([...r.flows]).toEqual([0]);
  });

  it('honours the arc filter', async () => {
    const p: LpProblem = { supplies: [100], demands: [100], arcs: [arc(0, 0, 30, 1), arc(0, 0, 50, 9)] };
    const r = await allocate(p, { epsilon: EPS, keep: (k) => k === 0 });
    expect(r.maxRecoveredMwh).toBeCloseTo(30, 6);
    expect(r.flows[1]).toBe(0);
  });
});

// Energies are 0 or at least 0.01 MWh: HiGHS works to a primal feasibility tolerance of 1e-7, so amounts such as
// 6e-8 MWh (found by fast-check) sit below what the solver resolves and are meaningless for heat studies anyway.
const energy = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true }));

/** Small random LPs: a few sources and sinks, a few arcs between them with gains and losses. */
const tiny = fc
  .record({
    supplies: fc.array(energy, { minLength: 1, maxLength: 3 }),
    demands: fc.array(energy, { minLength: 1, maxLength: 3 }),
    raw: fc.array(
      fc.record({
        s: fc.nat(),
        d: fc.nat(),
        capacity: fc.double({ min: 0.5, max: 120, noNaN: true }),
        cost: fc.double({ min: 0, max: 80, noNaN: true }),
        sourceCoef: fc.oneof(fc.constant(1), fc.double({ min: 1, max: 1.5, noNaN: true })),
        gain: fc.oneof(fc.constant(1), fc.double({ min: 1.1, max: 2, noNaN: true })),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ supplies, demands, raw }): LpProblem => ({
    supplies,
    demands,
    arcs: raw.map((a) => ({ ...a, source: a.s % supplies.length, sink: a.d % demands.length })),
  }));

describe('allocate against independent solutions', () => {
  it('matches exhaustive vertex enumeration on tiny LPs (max recovery, then min cost)', async () => {
    await fc.assert(
      fc.asyncProperty(tiny, async (p) => {
        const truth = bruteForceLp(p);
        const r = await allocate(p, { epsilon: EPS });
        expect(r.status).toBe('optimal');
        expectFeasible(p, r.flows);
        const tol = 1e-6 * (1 + truth.maxRecovered);
        expect(Math.abs(r.maxRecoveredMwh - truth.maxRecovered)).toBeLessThanOrEqual(tol);
        expect(r.recoveredMwh).toBeGreaterThanOrEqual(truth.maxRecovered * (1 - EPS) - tol);
        // The cost phase may give up ε of recovery, so it may undercut the exact minimum by at most ε·max·dearest arc.
        const slack = EPS * truth.maxRecovered * 80 + 1e-6 * (1 + truth.minCost);
        expect(r.costEur).toBeLessThanOrEqual(truth.minCost + slack);
        expect(r.costEur).toBeGreaterThanOrEqual(truth.minCost - slack);
      }),
      { numRuns: 150 },
    );
  });

  it('matches an integer min-cost max-flow (successive shortest paths) on lossless direct networks', async () => {
    const net = fc
      .record({
        supplies: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
        demands: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
        raw: fc.array(fc.record({ s: fc.nat(), d: fc.nat(), capacity: fc.integer({ min: 1, max: 40 }), cost: fc.integer({ min: 0, max: 50 }) }), {
          minLength: 1,
          maxLength: 15,
        }),
      })
      .map(({ supplies, demands, raw }) => ({
        supplies,
        demands,
        arcs: raw.map((a) => arc(a.s % supplies.length, a.d % demands.length, a.capacity, a.cost)),
      }));
    await fc.assert(
      fc.asyncProperty(net, async (p) => {
        const truth = minCostMaxFlow(p.supplies, p.demands, p.arcs);
        const r = await allocate(p, { epsilon: EPS });
        expectFeasible(p, r.flows);
        expect(r.maxRecoveredMwh).toBeCloseTo(truth.flow, 6);
        expect(Math.abs(r.costEur - truth.cost)).toBeLessThanOrEqual(EPS * truth.flow * 50 + 1e-6 * (1 + truth.cost));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same optimum whether components are solved one by one or together', async () => {
    await fc.assert(
      fc.asyncProperty(tiny, async (p) => {
        const together = await allocate(p, { epsilon: EPS });
        const apart = await allocate(p, { epsilon: EPS, maxArcsPerSolve: 1 });
        expect(apart.maxRecoveredMwh).toBeCloseTo(together.maxRecoveredMwh, 6);
        expect(apart.costEur).toBeCloseTo(together.costEur, 4);
        expect(apart.components.length).toBe(together.components.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('lpText', () => {
  it('writes the model the solver solves: same optima through the HiGHS LP-text reader', async () => {
    const highs = await loadSolver();
    await fc.assert(
      fc.asyncProperty(tiny, async (p) => {
        const comps = connectedComponents(p.supplies.length, p.demands.length, p.arcs);
        const r = await allocate(p, { epsilon: EPS });
        const max = highs.solve(lpText(p, comps, 'max-recovered').text, { output_flag: false });
        expect(max.Status).toBe('Optimal');
        expect(max.ObjectiveValue).toBeCloseTo(r.maxRecoveredMwh, 6);
        const floors = comps.map((c) => c.arcs.reduce((sum, k) => sum + r.flows[k], 0) * (1 - 1e-7));
        const min = highs.solve(lpText(p, comps, 'min-cost', () => true, floors).text, { output_flag: false });
        expect(min.Status).toBe('Optimal');
        expect(min.ObjectiveValue).toBeLessThanOrEqual(r.costEur + 1e-6 * (1 + r.costEur));
      }),
      { numRuns: 50 },
    );
  });
});
