import type { Highs, ModelData } from 'highs';
import type { Component } from './components';
import type { LpProblem, LpText } from './lp-text';

export interface LpModel {
  data: ModelData;
  /** Arc positions of the variables, in column order. */
  columns: number[];
  /** Source and sink rows, in row order (same order as lpText). */
  rows: LpText['rows'];
}

/**
 * The maximum-recovery LP of a group of components as sparse arrays for HiGHS `passModel`. Same model as
 * `lpText`, but without text: each column (arc) has exactly two coefficients, its source row and its sink row,
 * so the compressed-sparse-column form is two entries per arc. Reading 10⁵ arcs as CPLEX LP text costs HiGHS
 * about a second, longer than solving it; arrays cost a few milliseconds.
 */
export function lpModel(highs: Highs, problem: LpProblem, group: readonly Component[], keep: (k: number) => boolean = () => true): LpModel {
  const columns: number[] = [];
  for (const c of group) for (const k of c.arcs) if (keep(k)) columns.push(k);
  const sourceRow = new Map<number, number>();
  const sinkRow = new Map<number, number>();
  for (const k of columns) {
    sourceRow.set(problem.arcs[k].source, -1);
    sinkRow.set(problem.arcs[k].sink, -1);
  }
  const rows: LpText['rows'] = [];
  const rowUpper: number[] = [];
  for (const c of group) {
    for (const i of c.sources) {
      if (!sourceRow.has(i)) continue;
      sourceRow.set(i, rows.length);
      rows.push({ kind: 'source', index: i });
      rowUpper.push(problem.supplies[i]);
    }
  }
  for (const c of group) {
    for (const j of c.sinks) {
      if (!sinkRow.has(j)) continue;
      sinkRow.set(j, rows.length);
      rows.push({ kind: 'sink', index: j });
      rowUpper.push(problem.demands[j]);
    }
  }
  const n = columns.length;
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(2 * n);
  const values = new Float64Array(2 * n);
  const colUpper = new Float64Array(n);
  columns.forEach((k, c) => {
    const a = problem.arcs[k];
    starts[c + 1] = 2 * (c + 1);
    indices[2 * c] = sourceRow.get(a.source)!;
    values[2 * c] = a.sourceCoef;
    indices[2 * c + 1] = sinkRow.get(a.sink)!;
    values[2 * c + 1] = a.gain;
    colUpper[c] = a.capacity;
  });
  const data: ModelData = {
    numCols: n,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(n).fill(1),
    colLower: new Float64Array(n),
    colUpper,
    rowLower: new Float64Array(rows.length).fill(-highs.infinity),
    rowUpper: Float64Array.from(rowUpper),
    matrix: { format: 'csc', numRows: rows.length, numCols: n, starts, indices, values },
  };
  return { data, columns, rows };
}
