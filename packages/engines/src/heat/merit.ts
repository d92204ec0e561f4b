import type { Highs } from 'highs';
import { packComponents } from './components';
import { keptComponents } from './lp';
import { lpModel } from './lp-model';
import type { LpProblem } from './lp-text';
import { isInfeasible, loadSolver, OPTIMAL, openModel, runModel, statusName } from './solver';

export interface MeritPoint {
  /** Arcs costing at most this (€ per MWh recovered) may be used. */
  thresholdEurPerMwh: number;
  /** Arcs at or under the threshold. */
  arcs: number;
  /** Maximum recoverable waste heat using only those arcs (MWh/yr). */
  recoverableMwh: number;
}

export interface MeritCurve {
  points: MeritPoint[];
  /** 'Optimal', or the first HiGHS status that was not (its points are then NaN). */
  solverStatus: string;
  solves: number;
  solveMs: number;
}

/** `steps` thresholds evenly spaced from the cheapest to the dearest arc, the last one exactly the dearest. */
export function meritThresholds(costs: readonly number[], steps: number): number[] {
  if (costs.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of costs) {
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (lo === hi) return [hi];
  return Array.from({ length: steps }, (_, s) => (s === steps - 1 ? hi : lo + ((hi - lo) * s) / (steps - 1)));
}

/**
 * Merit-order curve: for each threshold, the maximum recoverable heat when only arcs at or under it exist, i.e. the
 * maximum-recovery LP with the capacity of every dearer arc set to 0. Each model is built once and re-solved at
 * ascending thresholds: a step only raises bounds, so the previous optimum stays feasible and HiGHS restarts from
 * its basis. The curve is non-decreasing because each step only adds arcs to a maximisation.
 */
export async function meritCurve(problem: LpProblem, steps: number, highs?: Highs, maxArcsPerSolve = 50_000): Promise<MeritCurve> {
  const costs = problem.arcs.map((a) => a.cost);
  const thresholds = meritThresholds(costs, steps);
  const out: MeritCurve = {
    points: thresholds.map((t) => ({ thresholdEurPerMwh: t, arcs: costs.filter((c) => c <= t).length, recoverableMwh: 0 })),
    solverStatus: 'Optimal',
    solves: 0,
    solveMs: 0,
  };
  if (thresholds.length === 0) return out;
  const solver = highs ?? (await loadSolver());
  for (const group of packComponents(keptComponents(problem, () => true), maxArcsPerSolve)) {
    const lp = lpModel(solver, problem, group);
    const model = openModel(solver, lp.data);
    try {
      const lower = new Float64Array(lp.columns.length);
      const upper = new Float64Array(lp.columns.length);
      thresholds.forEach((t, s) => {
        lp.columns.forEach((k, c) => (upper[c] = costs[k] <= t ? problem.arcs[k].capacity : 0));
        model.changeColsBounds({ kind: 'range', from: 0, to: lp.columns.length - 1 }, lower, upper);
        const code = runModel(model, out);
        if (code !== OPTIMAL) {
          if (out.solverStatus === 'Optimal') out.solverStatus = isInfeasible(code) ? 'Infeasible' : statusName(code);
          out.points[s].recoverableMwh = NaN;
          return;
        }
        out.points[s].recoverableMwh += model.getObjectiveValue();
      });
    } finally {
      model.dispose();
    }
  }
  return out;
}
