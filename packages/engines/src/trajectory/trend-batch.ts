// The same least-squares trends as trend.ts for many series at once (every commune × indicator), on typed arrays:
// one flat Float64Array in, flat arrays out, no per-series objects. Missing values are NaN.
import { TrajectoryError } from './errors';
import type { InterpolationMethod } from './interpolate';

export const BATCH_STATUS = { ok: 0, insufficientData: 1, nonPositive: 2 } as const;

export interface TrendBatchInput {
  /** T distinct years, shared by every series (slice the columns beforehand to fit only the last N years). */
  readonly years: ArrayLike<number>;
  /** S × T values, row-major (series s, year t at s·T + t); NaN marks a missing value. */
  readonly values: Float64Array;
  readonly horizons: ArrayLike<number>;
  readonly method: InterpolationMethod;
  /** Fewer valid points than this gives status insufficientData (default 2, the least a line needs). */
  readonly minPoints?: number;
}

export interface TrendBatchResult {
  readonly seriesCount: number;
  /** Linear: units per year. Constant-rate: slope of ln(value), so the annual rate is Math.expm1(slope). */
  readonly slope: Float64Array;
  /** Value (linear) or ln(value) (constant-rate) at year 0, as in fitLinear / fitConstantRate. */
  readonly intercept: Float64Array;
  readonly r2: Float64Array;
  readonly n: Uint16Array;
  readonly status: Uint8Array;
  /** S × H projected values at the horizons (row-major); NaN when status is not ok. */
  readonly projections: Float64Array;
}

export function trendBatch(input: TrendBatchInput): TrendBatchResult {
  const { years, values, horizons, method } = input;
  const T = years.length;
  const H = horizons.length;
  const minPoints = Math.max(2, input.minPoints ?? 2);
  if (T === 0 || values.length % T !== 0) throw new TrajectoryError('invalid_value', 'values must hold S × years.length numbers');
  for (let t = 1; t < T; t++) {
    if (!(years[t] > years[t - 1])) throw new TrajectoryError('invalid_year', 'years must be strictly increasing');
  }
  const S = values.length / T;
  const logs = method === 'constant-rate';
  const out: TrendBatchResult = {
    seriesCount: S,
    slope: new Float64Array(S).fill(NaN),
    intercept: new Float64Array(S).fill(NaN),
    r2: new Float64Array(S).fill(NaN),
    n: new Uint16Array(S),
    status: new Uint8Array(S),
    projections: new Float64Array(S * H).fill(NaN),
  };
  const y = new Float64Array(T);
  for (let s = 0; s < S; s++) {
    const row = s * T;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let nonPositive = false;
    for (let t = 0; t < T; t++) {
      const v = values[row + t];
      if (Number.isNaN(v)) continue;
      if (logs && v <= 0) nonPositive = true;
      y[t] = logs ? Math.log(v) : v;
      sx += years[t];
      sy += y[t];
      n++;
    }
    out.n[s] = n;
    if (n < minPoints) {
      out.status[s] = BATCH_STATUS.insufficientData;
      continue;
    }
    if (nonPositive) {
      out.status[s] = BATCH_STATUS.nonPositive;
      continue;
    }
    const mx = sx / n;
    const my = sy / n;
    let sxx = 0;
    let sxy = 0;
    let syy = 0;
    for (let t = 0; t < T; t++) {
      if (Number.isNaN(values[row + t])) continue;
      const dx = years[t] - mx;
      const dy = y[t] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    const slope = sxy / sxx;
    out.slope[s] = slope;
    out.intercept[s] = my - slope * mx;
    out.r2[s] = syy === 0 ? 1 : 1 - Math.max(0, syy - slope * sxy) / syy;
    for (let h = 0; h < H; h++) {
      const level = my + slope * (horizons[h] - mx);
      out.projections[s * H + h] = logs ? Math.exp(level) : level;
    }
  }
  return out;
}
