import { AccInputError } from '../errors';
import { formatIsoTimestamp, parisOffsetMinutes } from '../time';
import type { Curves } from './curves';

const HOUR = 3_600_000;
const MAX_LISTED = 8;

/** What the reader collected: per slot (a distinct instant) its ms and offset, and chunked per-slot rows. */
export interface Slots {
  ids: string[];
  ms: number[];
  offset: number[];
  chunks: ({ cons: Float64Array; prod: Float64Array; seen: Uint8Array } | null)[];
  /** Slot s lives in chunk s >>> chunkShift (31: a single chunk indexed by step). */
  chunkShift: number;
}

interface AssembleOptions {
  missing: 'error' | 'zero';
  /** 0 = infer. */
  stepMs: number;
  gridStart: number | null;
  gridSteps: number | null;
}

/** Turn collected slots into a dense step grid, rejecting odd steps, misalignment, mixed steps and gaps. */
export function assembleCurves(slots: Slots, options: AssembleOptions): Curves {
  const n = slots.ids.length;
  const present = slots.offset.flatMap((o, s) => (o === undefined ? [] : [s]));
  const { start, stepMs, steps } =
    options.gridStart !== null
      ? { start: options.gridStart, stepMs: options.stepMs, steps: options.gridSteps! }
      : discoverGrid(present.map((s) => slots.ms[s]).sort((a, b) => a - b), options.stepMs);
  const slotOfStep = new Int32Array(steps).fill(-1);
  for (const s of present) slotOfStep[stepMs === 0 ? 0 : (slots.ms[s] - start) / stepMs] = s;

  const mask = slots.chunkShift === 31 ? 0x7fffffff : (1 << slots.chunkShift) - 1;
  const seen = (t: number, i: number): boolean => {
    const s = slotOfStep[t];
    return s >= 0 && slots.chunks[s >>> slots.chunkShift]!.seen[(s & mask) * n + i] === 1;
  };
  const stamp = (t: number): string => {
    const ms = start + t * stepMs;
    const s = slotOfStep[t];
    return formatIsoTimestamp(ms, s >= 0 ? slots.offset[s] : parisOffsetMinutes(ms));
  };
  checkMixedSteps(slots.ids, steps, stepMs, seen, stamp);
  if (options.missing === 'error') checkGaps(slots.ids, steps, seen, stamp);

  let consumption: Float64Array;
  let production: Float64Array;
  if (options.gridStart !== null) {
    ({ cons: consumption, prod: production } = slots.chunks[0]!);
  } else {
    consumption = new Float64Array(steps * n);
    production = new Float64Array(steps * n);
    // Copy chunk by chunk and drop each one afterwards, so the garbage collector can reclaim it during the copy.
    slots.chunks.forEach((chunk, c) => {
      const first = c << slots.chunkShift;
      const last = Math.min(slots.ms.length, first + mask + 1);
      for (let s = first; s < last; s++) {
        const t = stepMs === 0 ? 0 : (slots.ms[s] - start) / stepMs;
        const from = (s & mask) * n;
        consumption.set(chunk!.cons.subarray(from, from + n), t * n);
        production.set(chunk!.prod.subarray(from, from + n), t * n);
      }
      slots.chunks[c] = null;
    });
  }
  const startMs = new Float64Array(steps);
  const offsetMinutes = new Int16Array(steps);
  for (let t = 0; t < steps; t++) {
    startMs[t] = start + t * stepMs;
    const s = slotOfStep[t];
    offsetMinutes[t] = s >= 0 ? slots.offset[s] : parisOffsetMinutes(startMs[t]);
  }
  return {
    input: { participants: n, steps, consumption, production, ids: slots.ids },
    stepMs,
    startMs,
    offsetMinutes,
  };
}

/** Step = declared, else the most common gap between consecutive instants (ties: the smaller). */
function discoverGrid(sorted: number[], declared: number): { start: number; stepMs: number; steps: number } {
  let stepMs = declared;
  if (stepMs === 0 && sorted.length > 1) {
    const counts = new Map<number, number>();
    for (let k = 1; k < sorted.length; k++) {
      const d = sorted[k] - sorted[k - 1];
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    let best = 0;
    for (const [d, c] of counts) if (c > (counts.get(best) ?? 0) || (c === counts.get(best) && d < best)) best = d;
    stepMs = best;
  }
  if (stepMs === 0) return { start: sorted[0], stepMs: 0, steps: 1 };
  if (HOUR % stepMs !== 0) {
    throw new AccInputError(
      'BAD_STEP',
      `curves.csv: steps of ${stepMs / 60_000} min are not supported; use a step that divides one hour (10, 15, 30, 60 min…)`,
    );
  }
  checkAlignment(sorted, stepMs);
  return { start: sorted[0], stepMs, steps: (sorted[sorted.length - 1] - sorted[0]) / stepMs + 1 };
}

/** Every instant must fall on one grid; the grid is the phase most instants share. */
function checkAlignment(sorted: number[], stepMs: number): void {
  const phase = (ms: number) => ((ms % stepMs) + stepMs) % stepMs;
  const counts = new Map<number, number>();
  for (const ms of sorted) counts.set(phase(ms), (counts.get(phase(ms)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const off = sorted.filter((ms) => phase(ms) !== main);
  if (off.length === 0) return;
  const listed = off.slice(0, MAX_LISTED).map((ms) => new Date(ms).toISOString());
  throw new AccInputError(
    'MISALIGNED_STEP',
    `curves.csv: ${off.length} timestamp(s) fall between the ${stepMs / 60_000}-min steps of the file: ${listed.join(', ')}` +
      (off.length > MAX_LISTED ? ', …' : ''),
    { timestamp: listed[0] },
    { misaligned: listed },
  );
}

/**
 * A participant with at least 3 rows, none of them on consecutive steps, uses a longer step than the operation
 * (e.g. a 30-min curve among 15-min ones). With fewer rows a gap and a longer step cannot be told apart, so they
 * are left to the gap check.
 */
function checkMixedSteps(
  ids: string[],
  steps: number,
  stepMs: number,
  seen: (t: number, i: number) => boolean,
  stamp: (t: number) => string,
): void {
  const mixed: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let last = -1;
    let gap = Infinity;
    let rows = 0;
    for (let t = 0; t < steps && gap > 1; t++) {
      if (!seen(t, i)) continue;
      if (last >= 0) gap = Math.min(gap, t - last);
      last = t;
      rows++;
    }
    if (gap > 1 && rows >= 3) mixed.push(`'${ids[i]}' every ${(gap * stepMs) / 60_000} min`);
  }
  if (mixed.length === 0) return;
  throw new AccInputError(
    'MIXED_STEPS',
    `curves.csv: mixed steps; the operation uses ${stepMs / 60_000}-min steps (from ${stamp(0)}) but ` +
      `${mixed.slice(0, MAX_LISTED).join(', ')}${mixed.length > MAX_LISTED ? `, and ${mixed.length - MAX_LISTED} more` : ''}` +
      `; resample every curve to the same step`,
    {},
    { mixed },
  );
}

interface Gap {
  id: string;
  from: string;
  to: string;
  steps: number;
}

function checkGaps(ids: string[], steps: number, seen: (t: number, i: number) => boolean, stamp: (t: number) => string) {
  const gaps: Gap[] = [];
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    let t = 0;
    while (t < steps) {
      if (seen(t, i)) {
        t++;
        continue;
      }
      const from = t;
      while (t < steps && !seen(t, i)) t++;
      total += t - from;
      if (gaps.length < 1000) gaps.push({ id: ids[i], from: stamp(from), to: stamp(t - 1), steps: t - from });
    }
  }
  if (total === 0) return;
  const listed = gaps
    .slice(0, MAX_LISTED)
    .map((g) => `'${g.id}' ${g.steps === 1 ? `at ${g.from}` : `from ${g.from} to ${g.to} (${g.steps} steps)`}`);
  throw new AccInputError(
    'MISSING_STEPS',
    `curves.csv: ${total} participant-step row(s) missing: ${listed.join('; ')}` +
      `${gaps.length > MAX_LISTED ? '; …' : ''}. Add the rows, or read with missing: 'zero' to count them as 0 Wh`,
    { participant: gaps[0].id, timestamp: gaps[0].from },
    { gaps },
  );
}
