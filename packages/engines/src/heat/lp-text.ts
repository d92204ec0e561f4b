import type { Component } from './components';

/**
 * The allocation LP in the abstract: what the solver needs and nothing of the geography. Arc k carries f_k MWh of
 * recovered heat from `source` to `sink`:
 *   source rows   Σ_k sourceCoef_k · f_k ≤ supply_i     (sourceCoef = withdrawn / recovered ≥ 1: line losses)
 *   sink rows     Σ_k gain_k · f_k ≤ demand_j           (gain = delivered / recovered: 1, or COP/(COP − 1))
 *   bounds        0 ≤ f_k ≤ capacity_k
 */
export interface LpArc {
  source: number;
  sink: number;
  capacity: number;
  sourceCoef: number;
  gain: number;
  /** € per MWh recovered. */
  cost: number;
}

export interface LpProblem {
  supplies: ArrayLike<number>;
  demands: ArrayLike<number>;
  arcs: readonly LpArc[];
}

/** Shortest text that reads back to the same double (JS number → string is round-trip exact). */
const num = (x: number): string => String(x);

export interface LpText {
  text: string;
  /** Arc positions of the variables, in column order. */
  columns: number[];
  /** What each constraint row is, in row order: a source, a sink, or a component's recovery floor. */
  rows: { kind: 'source' | 'sink' | 'floor'; index: number }[];
}

/**
 * CPLEX LP text for a group of components: the same model as the solver's sparse arrays (lp-model.ts), written
 * out for export, inspection and other solvers. `objective` 'max-recovered' maximises Σf; 'min-cost' minimises Σ cost·f
 * subject to Σ_{k∈c} f_k ≥ floors[c] for each component c of the group. `keep` filters arcs (merit order).
 * Built as an array of lines joined once: string concatenation in a loop would copy the text over and over.
 */
export function lpText(
  problem: LpProblem,
  group: readonly Component[],
  objective: 'max-recovered' | 'min-cost',
  keep: (k: number) => boolean = () => true,
  floors: readonly number[] = [],
): LpText {
  const { arcs } = problem;
  const columns: number[] = [];
  for (const c of group) for (const k of c.arcs) if (keep(k)) columns.push(k);
  const lines: string[] = [objective === 'max-recovered' ? 'Maximize' : 'Minimize'];
  const terms = columns.map((k) => (objective === 'max-recovered' ? `x${k}` : `${num(arcs[k].cost)} x${k}`));
  lines.push(` obj: ${terms.length ? terms.join(' + ') : '0'}`, 'Subject To');
  const bySource = new Map<number, number[]>();
  const bySink = new Map<number, number[]>();
  for (const k of columns) {
    const a = arcs[k];
    let s = bySource.get(a.source);
    if (!s) bySource.set(a.source, (s = []));
    s.push(k);
    let d = bySink.get(a.sink);
    if (!d) bySink.set(a.sink, (d = []));
    d.push(k);
  }
  const rows: LpText['rows'] = [];
  for (const c of group) {
    for (const i of c.sources) {
      const ks = bySource.get(i);
      if (!ks) continue;
      lines.push(` s${i}: ${ks.map((k) => `${num(arcs[k].sourceCoef)} x${k}`).join(' + ')} <= ${num(problem.supplies[i])}`);
      rows.push({ kind: 'source', index: i });
    }
  }
  for (const c of group) {
    for (const j of c.sinks) {
      const ks = bySink.get(j);
      if (!ks) continue;
      lines.push(` d${j}: ${ks.map((k) => `${num(arcs[k].gain)} x${k}`).join(' + ')} <= ${num(problem.demands[j])}`);
      rows.push({ kind: 'sink', index: j });
    }
  }
  if (objective === 'min-cost') {
    group.forEach((c, n) => {
      const ks = c.arcs.filter(keep);
      if (ks.length === 0 || !(floors[n] > 0)) return;
      lines.push(` r${n}: ${ks.map((k) => `x${k}`).join(' + ')} >= ${num(floors[n])}`);
      rows.push({ kind: 'floor', index: n });
    });
  }
  lines.push('Bounds');
  for (const k of columns) lines.push(` 0 <= x${k} <= ${num(arcs[k].capacity)}`);
  lines.push('End', '');
  return { text: lines.join('\n'), columns, rows };
}
