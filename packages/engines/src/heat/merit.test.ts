import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LpProblem } from './lp-text';
import { meritCurve, meritThresholds } from './merit';
import { minCostMaxFlow } from './testing/min-cost-flow';

describe('meritThresholds', () => {
  it('spaces the thresholds evenly from the cheapest to the dearest arc, ending exactly on the dearest', () => {
    // (30 − 10) / 4 = 5 € steps
    expect(meritThresholds([30, 10, 20], 5)).toEqual([10, 15, 20, 25, 30]);
    const t = meritThresholds([0.1, 0.7], 20);
    expect(t).toHaveLength(20);
    expect(t[19]).toBe(0.7);
  });

  it('has one point when every arc costs the same, none without arcs', () => {
    expect(meritThresholds([12, 12], 20)).toEqual([12]);
    expect(meritThresholds([], 20)).toEqual([]);
  });
});

describe('meritCurve', () => {
  it('hand case: a cheap arc to a small sink, a dear one to a large sink', async () => {
    // Source 100. Arc A 10 €/MWh to a 30 MWh sink; arc B 40 €/MWh to a 100 MWh sink.
    // Thresholds 10, 20, 30, 40: only A (30 MWh) until 40 €, then both: min(100, 30 + 100) = 100 MWh.
    const p: LpProblem = {
      supplies: [100],
      demands: [30, 100],
      arcs: [
        { source: 0, sink: 0, capacity: 30, sourceCoef: 1, gain: 1, cost: 10 },
        { source: 0, sink: 1, capacity: 100, sourceCoef: 1, gain: 1, cost: 40 },
      ],
    };
    const curve = await meritCurve(p, 4);
    expect(curve.points.map((q) => [q.thresholdEurPerMwh, q.arcs, Number(q.recoverableMwh.toFixed(6))])).toEqual([
      [10, 1, 30],
      [20, 1, 30],
      [30, 1, 30],
      [40, 2, 100],
    ]);
    expect(curve.solverStatus).toBe('Optimal');
  });

  it('is non-decreasing and each point equals an independent max-flow on the arcs under its threshold', async () => {
    const net = fc
      .record({
        supplies: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 4 }),
        demands: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 4 }),
        raw: fc.array(fc.record({ s: fc.nat(), d: fc.nat(), capacity: fc.integer({ min: 1, max: 30 }), cost: fc.integer({ min: 0, max: 60 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
      })
      .map(({ supplies, demands, raw }) => ({
        supplies,
        demands,
        arcs: raw.map((a) => ({ source: a.s % supplies.length, sink: a.d % demands.length, capacity: a.capacity, cost: a.cost, sourceCoef: 1, gain: 1 })),
      }));
    await fc.assert(
      fc.asyncProperty(net, async (p) => {
        const curve = await meritCurve(p, 6);
        let previous = 0;
        for (const point of curve.points) {
          const arcs = p.arcs.filter((a) => a.cost <= point.thresholdEurPerMwh);
          expect(point.arcs).toBe(arcs.length);
          expect(point.recoverableMwh).toBeCloseTo(minCostMaxFlow(p.supplies, p.demands, arcs).flow, 6);
          expect(point.recoverableMwh).toBeGreaterThanOrEqual(previous - 1e-6);
          previous = point.recoverableMwh;
        }
      }),
      { numRuns: 40 },
    );
  });
});
