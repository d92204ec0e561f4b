// Observed trend by ordinary least squares, on values (linear) or on their logarithm (constant rate).
import { TrajectoryError } from './errors';
import { cleanSeries, lastYearsWindow } from './series';
import type { Observation } from './types';

export interface FitOptions {
  /** Fit only the last N calendar years ending at the last observation (see series.lastYearsWindow). */
  readonly lastYears?: number;
}

interface FitBase {
  readonly n: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly meanYear: number;
  /** Coefficient of determination 1 − SSres/SStot of the fitted quantity; 1 when SStot = 0 (flat data fit exactly). */
  readonly r2: number;
}

/** value ≈ intercept + slope·year; `meanValue` + slope·(year − meanYear) is the same line, better conditioned. */
export interface LinearFit extends FitBase {
  readonly kind: 'linear';
  readonly slope: number;
  readonly intercept: number;
  readonly meanValue: number;
}

/** ln(value) ≈ logIntercept + logSlope·year, i.e. value grows by annualRate = e^logSlope − 1 each year. r² is in log space. */
export interface ConstantRateFit extends FitBase {
  readonly kind: 'constant-rate';
  readonly annualRate: number;
  readonly logSlope: number;
  readonly logIntercept: number;
  readonly meanLogValue: number;
}

export type TrendFit = LinearFit | ConstantRateFit;

/** Least squares on centred years: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)². */
export function leastSquares(xs: ArrayLike<number>, ys: ArrayLike<number>) {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  // SSres = Syy − slope·Sxy for the least-squares line; clamp the tiny negative rounding residue.
  const ssRes = Math.max(0, syy - slope * sxy);
  const r2 = syy === 0 ? 1 : 1 - ssRes / syy;
  return { meanX: mx, meanY: my, slope, r2 };
}

function prepare(points: readonly Observation[], options: FitOptions) {
  const window = lastYearsWindow(cleanSeries(points), options.lastYears);
  if (window.length === 0) throw new TrajectoryError('no_data', 'No observation to fit');
  if (window.length < 2) throw new TrajectoryError('insufficient_data', 'A trend needs at least two years with values');
  return window;
}

export function fitLinear(points: readonly Observation[], options: FitOptions = {}): LinearFit {
  const w = prepare(points, options);
  const fit = leastSquares(
    w.map((p) => p.year),
    w.map((p) => p.value),
  );
  return {
    kind: 'linear',
    n: w.length,
    firstYear: w[0].year,
    lastYear: w[w.length - 1].year,
    meanYear: fit.meanX,
    meanValue: fit.meanY,
    slope: fit.slope,
    intercept: fit.meanY - fit.slope * fit.meanX,
    r2: fit.r2,
  };
}

export function fitConstantRate(points: readonly Observation[], options: FitOptions = {}): ConstantRateFit {
  const w = prepare(points, options);
  const bad = w.find((p) => p.value <= 0);
  if (bad) throw new TrajectoryError('non_positive_value', `A constant-rate trend needs values > 0; ${bad.year} has ${bad.value}`);
  const fit = leastSquares(
    w.map((p) => p.year),
    w.map((p) => Math.log(p.value)),
  );
  return {
    kind: 'constant-rate',
    n: w.length,
    firstYear: w[0].year,
    lastYear: w[w.length - 1].year,
    meanYear: fit.meanX,
    meanLogValue: fit.meanY,
    logSlope: fit.slope,
    logIntercept: fit.meanY - fit.slope * fit.meanX,
    annualRate: Math.expm1(fit.slope),
    r2: fit.r2,
  };
}

/** The fitted trend at each year (projection to horizons, or fitted values). */
export function projectTrend(fit: TrendFit, years: ArrayLike<number>): Float64Array {
  const out = new Float64Array(years.length);
  for (let i = 0; i < years.length; i++) {
    const dx = years[i] - fit.meanYear;
    out[i] = fit.kind === 'linear' ? fit.meanValue + fit.slope * dx : Math.exp(fit.meanLogValue + fit.logSlope * dx);
  }
  return out;
}
