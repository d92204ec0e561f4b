import { AccInputError } from './errors';
import { MAX_SAFE } from './exact';
import { parisMonthKey } from './time';
import type { AllocationResult } from './types';

/** Energy totals in Wh, and the two standard ratios (null when their denominator is 0). */
export interface Totals {
  production: number;
  consumption: number;
  allocated: number;
  surplus: number;
  /** Σ (Cᵢ − Aᵢ): what suppliers deliver on top of the operation. */
  grid: number;
  /** Taux d'autoconsommation: ΣA / ΣP. */
  selfConsumptionRate: number | null;
  /** Taux d'autoproduction: ΣA / ΣC. */
  selfProductionRate: number | null;
}

export interface ParticipantSummary {
  index: number;
  id?: string;
  consumption: number;
  production: number;
  allocated: number;
  grid: number;
  /** Aᵢ / Cᵢ over the period. Production is pooled, so there is no per-producer self-consumption rate. */
  selfProductionRate: number | null;
}

export interface MonthSummary extends Totals {
  month: string;
}

export interface Summary {
  totals: Totals;
  participants: ParticipantSummary[];
  /** Per month, in chronological order of first appearance; null without timestamps. */
  months: MonthSummary[] | null;
}

/**
 * Period totals, per participant and (with step-start timestamps in epoch ms) per month. Sums are exact while they
 * stay below 2^53 Wh (about 9,000 TWh); beyond, an AccInputError 'OVERFLOW' is thrown rather than a rounded figure.
 */
export function summarize(
  result: AllocationResult,
  timestamps?: ArrayLike<number>,
  monthKey: (ms: number) => string = parisMonthKey,
): Summary {
  const { input, allocated } = result;
  const { participants: n, steps, consumption, production, ids } = input;
  if (timestamps && timestamps.length !== steps) {
    throw new AccInputError('SHAPE', `summarize needs ${steps} timestamps, got ${timestamps.length}`);
  }
  const pc = new Float64Array(n);
  const pp = new Float64Array(n);
  const pa = new Float64Array(n);
  const months = new Map<string, [number, number, number]>();
  for (let t = 0; t < steps; t++) {
    const base = t * n;
    for (let i = 0; i < n; i++) {
      pc[i] += consumption[base + i];
      pp[i] += production[base + i];
      pa[i] += allocated[base + i];
    }
    if (timestamps) {
      const key = monthKey(timestamps[t]);
      const acc = months.get(key) ?? months.set(key, [0, 0, 0]).get(key)!;
      acc[0] += result.stepProduction[t];
      acc[1] += result.stepConsumption[t];
      acc[2] += result.stepAllocated[t];
    }
  }
  const participants: ParticipantSummary[] = [];
  let P = 0;
  let C = 0;
  let A = 0;
  for (let i = 0; i < n; i++) {
    checkExact(pc[i], pp[i]);
    P += pp[i];
    C += pc[i];
    A += pa[i];
    participants.push({
      index: i,
      ...(ids ? { id: ids[i] } : {}),
      consumption: pc[i],
      production: pp[i],
      allocated: pa[i],
      grid: pc[i] - pa[i],
      selfProductionRate: ratio(pa[i], pc[i]),
    });
  }
  checkExact(P, C);
  return {
    totals: totals(P, C, A),
    participants,
    months: timestamps ? [...months].map(([month, [p, c, a]]) => ({ month, ...totals(p, c, a) })) : null,
  };
}

function totals(production: number, consumption: number, allocated: number): Totals {
  return {
    production,
    consumption,
    allocated,
    surplus: production - allocated,
    grid: consumption - allocated,
    selfConsumptionRate: ratio(allocated, production),
    selfProductionRate: ratio(allocated, consumption),
  };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function checkExact(...values: number[]): void {
  for (const v of values) {
    if (v > MAX_SAFE) throw new AccInputError('OVERFLOW', 'period totals exceed 2^53 − 1 Wh, beyond exact arithmetic');
  }
}
