import { formatIsoTimestamp } from '../time';
import type { AllocationResult } from '../types';
import type { Curves } from './curves';
import { csvField } from './line';

/** Text of step t's timestamp. */
export type Stamp = (t: number) => string;

/** Timestamps as the curves file wrote them (same instants and offsets). */
export function curveStamps(curves: Pick<Curves, 'startMs' | 'offsetMinutes'>): Stamp {
  return (t) => formatIsoTimestamp(curves.startMs[t], curves.offsetMinutes[t]);
}

export interface AllocationsCsvOptions {
  /** Participant ids (default: result.input.ids). */
  ids?: readonly string[];
  /** Which participants get rows, in output order (default: all). E.g. skip pure producers. */
  rows?: ArrayLike<number>;
}

/**
 * allocations.csv (`timestamp,id,consumption_wh,allocated_wh,grid_wh`), yielded as the header then one chunk of
 * lines per step, each line ending with "\n": a writer can stream it with bounded memory.
 */
export function* allocationsCsv(result: AllocationResult, stamp: Stamp, options: AllocationsCsvOptions = {}) {
  const { participants: n, steps, consumption } = result.input;
  const ids = (options.ids ?? result.input.ids ?? Array.from({ length: n }, (_, i) => String(i + 1))).map(csvField);
  const rows = options.rows ?? Int32Array.from({ length: n }, (_, i) => i);
  yield 'timestamp,id,consumption_wh,allocated_wh,grid_wh\n';
  for (let t = 0; t < steps; t++) {
    const ts = stamp(t);
    let chunk = '';
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const c = consumption[t * n + i];
      const a = result.allocated[t * n + i];
      chunk += `${ts},${ids[i]},${c},${a},${c - a}\n`;
    }
    yield chunk;
  }
}

/** steps.csv (`timestamp,production_wh,consumption_wh,allocated_wh,surplus_wh`), header then one line per step. */
export function* stepsCsv(result: AllocationResult, stamp: Stamp) {
  yield 'timestamp,production_wh,consumption_wh,allocated_wh,surplus_wh\n';
  for (let t = 0; t < result.input.steps; t++) {
    yield `${stamp(t)},${result.stepProduction[t]},${result.stepConsumption[t]},${result.stepAllocated[t]},${result.stepSurplus[t]}\n`;
  }
}
