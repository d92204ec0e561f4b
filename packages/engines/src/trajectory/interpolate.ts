// Yearly values between milestones (objectives, or observations with gaps).
import { TrajectoryError } from './errors';
import { cleanSeries } from './series';
import type { YearValue } from './types';

export type InterpolationMethod = 'linear' | 'constant-rate';

export interface InterpolateOptions {
  /** Years before the first or after the last milestone: 'error' (default) or 'hold' the nearest milestone value. */
  readonly outside?: 'error' | 'hold';
}

/** Index of the last milestone whose year is ≤ year (binary search); −1 when year is before the first. */
function segmentStart(years: Float64Array, year: number): number {
  let lo = 0;
  let hi = years.length - 1;
  if (year < years[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (years[mid] <= year) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Values at `years` between milestones. 'linear': a + (b − a)·(y − ya)/(yb − ya). 'constant-rate': a·(b/a)^((y − ya)/(yb − ya)),
 * the same annual rate over the whole segment, which needs every milestone > 0. A year equal to a milestone year
 * returns that milestone's value exactly.
 */
export function interpolate(
  milestones: readonly YearValue[],
  years: ArrayLike<number>,
  method: InterpolationMethod,
  options: InterpolateOptions = {},
): Float64Array {
  if (milestones.length === 0) throw new TrajectoryError('no_data', 'No milestone to interpolate from');
  const points = cleanSeries(milestones);
  if (points.length !== milestones.length) throw new TrajectoryError('invalid_value', 'Every milestone needs a finite value');
  if (method === 'constant-rate') {
    const bad = points.find((p) => p.value <= 0);
    if (bad) {
      throw new TrajectoryError('non_positive_value', `Constant-rate interpolation needs values > 0; ${bad.year} has ${bad.value}`);
    }
  }
  const ys = Float64Array.from(points, (p) => p.year);
  const vs = Float64Array.from(points, (p) => p.value);
  const last = points.length - 1;
  const out = new Float64Array(years.length);
  for (let k = 0; k < years.length; k++) {
    const year = years[k];
    if (!Number.isFinite(year)) throw new TrajectoryError('invalid_year', `Year ${year} is not a finite number`);
    const i = segmentStart(ys, year);
    if (i >= 0 && ys[i] === year) {
      out[k] = vs[i];
    } else if (i < 0 || i === last) {
      if (options.outside !== 'hold') {
        throw new TrajectoryError('out_of_range', `Year ${year} is outside the milestones ${ys[0]}–${ys[last]}`);
      }
      out[k] = i < 0 ? vs[0] : vs[last];
    } else {
      const t = (year - ys[i]) / (ys[i + 1] - ys[i]);
      out[k] = method === 'linear' ? vs[i] + (vs[i + 1] - vs[i]) * t : vs[i] * Math.pow(vs[i + 1] / vs[i], t);
    }
  }
  return out;
}
