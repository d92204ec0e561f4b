import type { Highs } from 'highs';
import { buildArcs, type ArcsResult, type HeatStudy } from './arcs';
import { allocate, type Allocation } from './lp';
import type { LpProblem } from './lp-text';
import { meritCurve, type MeritCurve } from './merit';
import { HeatInputError } from './errors';
import { resolveParams, type HeatParams } from './params';
import { summarize, type HeatSummary, type Objective } from './summary';

/** The LP of a study's kept arcs: source coefficients from line losses, sink coefficients from heat-pump gains. */
export function lpProblem(study: HeatStudy, arcs: ArcsResult['arcs']): LpProblem {
  return {
    supplies: study.sources.map((s) => s.annualMwh),
    demands: study.sinks.map((s) => s.annualMwh),
    arcs: arcs.map((a) => ({
      source: a.source,
      sink: a.sink,
      capacity: a.breakdown.capacityMwh,
      sourceCoef: a.breakdown.withdrawnMwh / a.breakdown.capacityMwh,
      gain: a.breakdown.gain,
      cost: a.breakdown.costEurPerMwh,
    })),
  };
}

export interface RunOptions {
  objective?: Objective;
  /** Skip the merit-order curve (it costs `merit_steps` extra solves). */
  merit?: boolean;
  maxArcsPerSolve?: number;
  highs?: Highs;
}

export interface HeatRun {
  params: HeatParams;
  stage1: ArcsResult & { ms: number };
  allocation: Allocation;
  merit: MeritCurve | null;
  summary: HeatSummary;
}

/** Both stages and the summary. Parameters and objective are validated first; problems throw HeatInputError. */
export async function runStudy(study: HeatStudy, paramsInput: unknown = {}, options: RunOptions = {}): Promise<HeatRun> {
  const params = resolveParams(paramsInput);
  const o = options.objective;
  if (o && (!(Number.isFinite(o.mwh) && o.mwh > 0) || (o.basis !== 'recovered' && o.basis !== 'delivered'))) {
    throw new HeatInputError([{ code: 'BAD_PARAMETER', column: 'objective', message: 'objective: mwh must be a positive number, basis recovered or delivered' }]);
  }
  const t0 = performance.now();
  const stage1 = { ...buildArcs(study, params), ms: 0 };
  stage1.ms = performance.now() - t0;
  const problem = lpProblem(study, stage1.arcs);
  const solveOptions = { highs: options.highs, maxArcsPerSolve: options.maxArcsPerSolve };
  const allocation = await allocate(problem, { epsilon: params.lp_epsilon, ...solveOptions });
  const merit = options.merit === false ? null : await meritCurve(problem, params.merit_steps, options.highs, options.maxArcsPerSolve);
  return { params, stage1, allocation, merit, summary: summarize(study, stage1, allocation, options.objective) };
}
