import type { ArcsResult, HeatStudy } from './arcs';
import type { DropReason } from './arc-cost';
import type { Allocation, AllocationStatus } from './lp';
import { SOURCE_KINDS, type SourceKind } from './types';

/** A territorial target, e.g. a PCAET's recovered-heat objective, in MWh/yr of recovered or of delivered heat. */
export interface Objective {
  mwh: number;
  basis: 'recovered' | 'delivered';
}

export interface HeatSummary {
  status: AllocationStatus;
  /** Plain-language reason when nothing was allocated. */
  message: string | null;
  sources: number;
  sinks: number;
  candidates: number;
  arcs: number;
  dropped: Record<DropReason, number>;
  recoveredMwh: number;
  deliveredMwh: number;
  electricityMwh: number;
  bySourceKind: Record<SourceKind, { recoveredMwh: number; deliveredMwh: number }>;
  annualCostEur: number;
  /** annual cost / recovered; null when nothing is recovered. */
  averageCostEurPerMwh: number | null;
  objective: (Objective & { coverage: number }) | null;
  solver: { status: string; costPhaseStatus: string | null; solves: number; solveMs: number; components: number };
}

function message(study: HeatStudy, stage1: ArcsResult, a: Allocation): string | null {
  if (a.status === 'infeasible') return `the solver proved the allocation infeasible (${a.solverStatus}): check for negative energies`;
  if (a.status === 'failed') return `the solver stopped without an optimum (${a.solverStatus})`;
  if (a.status !== 'empty') return null;
  if (study.sources.length === 0) return 'no sources';
  if (study.sinks.length === 0) return 'no sinks';
  if (stage1.candidates === 0) {
    return 'no sink within the search radius of any source (radius_m, narrowed per source to where a line could cost less than max_cost_eur_per_mwh)';
  }
  const why = Object.entries(stage1.dropped)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return `no arc kept: ${stage1.candidates} pairs within the radius, all dropped (${why})`;
}

export function summarize(study: HeatStudy, stage1: ArcsResult, a: Allocation, objective?: Objective): HeatSummary {
  const bySourceKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, { recoveredMwh: 0, deliveredMwh: 0 }])) as HeatSummary['bySourceKind'];
  let delivered = 0;
  let electricity = 0;
  stage1.arcs.forEach((arc, k) => {
    const f = a.flows[k];
    if (f <= 0) return;
    const b = arc.breakdown;
    const kind = bySourceKind[study.sources[arc.source].kind];
    kind.recoveredMwh += f;
    kind.deliveredMwh += f * b.gain;
    delivered += f * b.gain;
    electricity += (f * b.electricityMwh) / b.capacityMwh;
  });
  const reached = objective ? (objective.basis === 'recovered' ? a.recoveredMwh : delivered) : 0;
  return {
    status: a.status,
    message: message(study, stage1, a),
    sources: study.sources.length,
    sinks: study.sinks.length,
    candidates: stage1.candidates,
    arcs: stage1.arcs.length,
    dropped: { ...stage1.dropped },
    recoveredMwh: a.recoveredMwh,
    deliveredMwh: delivered,
    electricityMwh: electricity,
    bySourceKind,
    annualCostEur: a.costEur,
    averageCostEurPerMwh: a.recoveredMwh > 0 ? a.costEur / a.recoveredMwh : null,
    objective: objective ? { ...objective, coverage: reached / objective.mwh } : null,
    solver: {
      status: a.solverStatus,
      costPhaseStatus: a.costPhaseStatus,
      solves: a.solves,
      solveMs: a.solveMs,
      components: a.components.length,
    },
  };
}
