import type { Highs } from 'highs';
import { connectedComponents, packComponents, type Component } from './components';
import { lpModel } from './lp-model';
import type { LpProblem } from './lp-text';
import { isInfeasible, loadSolver, OPTIMAL, openModel, runModel, statusName } from './solver';

export type { LpArc, LpProblem } from './lp-text';

export interface AllocateOptions {
  /** Relative slack of the recovery floor in the cost phase: Σf ≥ max·(1 − ε). */
  epsilon: number;
  /** Components are packed into models of at most this many arcs (default 50,000). */
  maxArcsPerSolve?: number;
  /** Skip the cost phase. */
  costPhase?: boolean;
  /** Only arcs passing this filter take part. */
  keep?: (k: number) => boolean;
  highs?: Highs;
}

export type AllocationStatus = 'optimal' | 'empty' | 'infeasible' | 'failed';

export interface ComponentResult {
  sources: number[];
  sinks: number[];
  arcs: number[];
  maxRecoveredMwh: number;
}

export interface Allocation {
  status: AllocationStatus;
  /** HiGHS model status of the first solve that was not optimal, else 'Optimal' ('Not run' when no solve). */
  solverStatus: string;
  /** Set when the cost phase failed and the flows are the maximum-recovery phase's. */
  costPhaseStatus: string | null;
  solves: number;
  /** Wall time inside HiGHS runs (LP text reading excluded). */
  solveMs: number;
  /** Phase 1 optimum, Σ over components. */
  maxRecoveredMwh: number;
  recoveredMwh: number;
  costEur: number;
  /** f_k by arc position (0 for arcs filtered out). */
  flows: Float64Array;
  /**
   * Shadow values of phase 1 (HiGHS row duals, ∂objective/∂rhs): MWh more recovered per extra MWh available at
   * source i, or per extra MWh of demand at sink j. 0 for a node with slack or without arcs. When the LP is
   * degenerate several dual solutions exist and this is one of them. The cost phase has no such figures: its
   * recovery floor is tied to the very rows that bind, so its duals are degenerate by construction.
   */
  sourceRecoveryDuals: Float64Array;
  sinkRecoveryDuals: Float64Array;
  components: ComponentResult[];
}

/** Components of the arcs that pass `keep`, with arc positions in the full problem. */
export function keptComponents(problem: LpProblem, keep: (k: number) => boolean): Component[] {
  const kept: number[] = [];
  for (let k = 0; k < problem.arcs.length; k++) if (keep(k)) kept.push(k);
  const ends = kept.map((k) => problem.arcs[k]);
  return connectedComponents(problem.supplies.length, problem.demands.length, ends).map((c) => ({ ...c, arcs: c.arcs.map((p) => kept[p]) }));
}

/**
 * Stage 2: lexicographic LP on the kept arcs. Phase 1 maximises Σ f (recovered waste heat). Phase 2 keeps each
 * component's recovery at its maximum, up to a relative ε, and minimises Σ cost·f. Components are solved
 * independently (exact, see components.ts), packed into models of bounded size; phase 2 re-solves phase 1's model
 * with a floor row per component and the cost objective, warm-started from phase 1's basis.
 */
export async function allocate(problem: LpProblem, options: AllocateOptions): Promise<Allocation> {
  const keep = options.keep ?? (() => true);
  const result: Allocation = {
    status: 'empty',
    solverStatus: 'Not run',
    costPhaseStatus: null,
    solves: 0,
    solveMs: 0,
    maxRecoveredMwh: 0,
    recoveredMwh: 0,
    costEur: 0,
    flows: new Float64Array(problem.arcs.length),
    sourceRecoveryDuals: new Float64Array(problem.supplies.length),
    sinkRecoveryDuals: new Float64Array(problem.demands.length),
    components: [],
  };
  const comps = keptComponents(problem, keep);
  if (comps.length === 0) return result;
  const highs = options.highs ?? (await loadSolver());
  const column = new Int32Array(problem.arcs.length); // arc → column of the current model
  result.status = 'optimal';
  result.solverStatus = 'Optimal';
  for (const group of packComponents(comps, options.maxArcsPerSolve ?? 50_000)) {
    const lp = lpModel(highs, problem, group, keep);
    lp.columns.forEach((k, c) => (column[k] = c));
    let model;
    try {
      model = openModel(highs, lp.data);
    } catch (err) {
      return fail(result, 'failed', `Load error: ${(err as Error).message}`);
    }
    try {
      const code = runModel(model, result);
      if (code !== OPTIMAL) return fail(result, isInfeasible(code) ? 'infeasible' : 'failed', statusName(code));
      const phase1 = model.getSolution();
      readFlows(problem, lp.columns, phase1.colValue, result.flows);
      lp.rows.forEach((r, n) => {
        if (r.kind === 'source') result.sourceRecoveryDuals[r.index] = phase1.rowDual[n];
        else if (r.kind === 'sink') result.sinkRecoveryDuals[r.index] = phase1.rowDual[n];
      });
      for (const c of group) result.components.push({ ...c, maxRecoveredMwh: c.arcs.reduce((s, k) => s + result.flows[k], 0) });
      if (options.costPhase === false) continue;
      for (const c of result.components.slice(-group.length)) {
        if (!(c.maxRecoveredMwh > 0)) continue;
        const indices = Int32Array.from(c.arcs, (k) => column[k]);
        model.addRow(c.maxRecoveredMwh * (1 - options.epsilon), highs.infinity, { indices, values: new Float64Array(indices.length).fill(1) });
      }
      model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
      model.changeColsCost({ kind: 'range', from: 0, to: lp.columns.length - 1 }, Float64Array.from(lp.columns, (k) => problem.arcs[k].cost));
      const code2 = runModel(model, result);
      // On failure keep the phase 1 flows: they recover the maximum, only their cost is not minimal.
      if (code2 !== OPTIMAL) result.costPhaseStatus ??= statusName(code2);
      else readFlows(problem, lp.columns, model.getSolution().colValue, result.flows);
    } finally {
      model.dispose();
    }
  }
  for (let k = 0; k < problem.arcs.length; k++) {
    result.recoveredMwh += result.flows[k];
    result.costEur += result.flows[k] * problem.arcs[k].cost;
  }
  result.maxRecoveredMwh = result.components.reduce((s, c) => s + c.maxRecoveredMwh, 0);
  return result;
}

function fail(result: Allocation, status: AllocationStatus, solverStatus: string): Allocation {
  result.status = status;
  result.solverStatus = solverStatus;
  result.flows.fill(0);
  result.components = [];
  return result;
}

/** Column values into `flows`, clamped to [0, capacity]: HiGHS may overshoot a bound by its 1e-7 tolerance. */
function readFlows(problem: LpProblem, columns: number[], values: Float64Array, flows: Float64Array): void {
  columns.forEach((k, c) => (flows[k] = Math.min(problem.arcs[k].capacity, Math.max(0, values[c]))));
}
