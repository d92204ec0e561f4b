// Is a sector on track for its objective? Compare the observed annual rate (constant-rate fit on recent years) with
// the constant rate still required from the last observation to the target.
import { requiredAnnualRate } from './rates';
import { cleanSeries, lastYearsWindow } from './series';
import { fitConstantRate, fitLinear, projectTrend, type ConstantRateFit } from './trend';
import type { Observation, YearValue } from './types';

export type TrackStatus = 'on_track' | 'off_track' | 'insufficient_data';
export type InsufficientReason = 'too_few_points' | 'non_positive_values' | 'non_positive_target' | 'horizon_not_after_data';

export interface AssessInput {
  readonly observations: readonly Observation[];
  readonly target: YearValue;
  /** What the plan wants: emissions and consumption 'decrease', renewables and sequestration 'increase'. */
  readonly direction: 'decrease' | 'increase';
  /** The objective's reference point (e.g. 2005), to report the rate the objective implied from the start. */
  readonly reference?: YearValue;
}

export interface AssessOptions {
  /** Calendar years fitted, ending at the last observation (default 5). */
  readonly lastYears?: number;
  /** Fewest observations in that window (default 3). */
  readonly minPoints?: number;
  /** Slack on the rate comparison, as an annual rate (0.001 = 0.1 point per year; default 0). */
  readonly tolerance?: number;
}

export interface Assessment {
  readonly status: TrackStatus;
  readonly reason: InsufficientReason | null;
  readonly direction: 'decrease' | 'increase';
  readonly pointsUsed: number;
  readonly lastObserved: YearValue | null;
  /** Constant rate from the last observation to the target: what is still needed. */
  readonly requiredRate: number | null;
  /** Constant rate from the reference to the target: what the objective meant when it was set. */
  readonly requiredRateFromReference: number | null;
  readonly observedRate: number | null;
  readonly fit: ConstantRateFit | null;
  /** Observed trends extended to the target year (constant-rate and linear variants). */
  readonly projectedAtTarget: number | null;
  readonly projectedLinearAtTarget: number | null;
}

export const DEFAULT_ASSESS_OPTIONS = { lastYears: 5, minPoints: 3, tolerance: 0 } as const;

function safeRate(from: YearValue | undefined, to: YearValue): number | null {
  if (!from || from.year >= to.year || from.value <= 0 || to.value <= 0) return null;
  return requiredAnnualRate(from, to);
}

/**
 * Rule: 'decrease' is on track when observed ≤ required + tolerance; 'increase' when observed ≥ required − tolerance
 * (equality is on track). Insufficient data when the window holds fewer than minPoints values, when a value or the
 * target is ≤ 0 (no constant rate exists), or when the target year is not after the last observation.
 */
export function assessTrajectory(input: AssessInput, options: AssessOptions = {}): Assessment {
  const { lastYears, minPoints, tolerance } = { ...DEFAULT_ASSESS_OPTIONS, ...options };
  if (!(tolerance >= 0)) throw new RangeError('tolerance must be ≥ 0');
  const window = lastYearsWindow(cleanSeries(input.observations), lastYears);
  const lastObserved = window.at(-1) ?? null;
  const base = {
    direction: input.direction,
    pointsUsed: window.length,
    lastObserved,
    requiredRateFromReference: safeRate(input.reference, input.target),
  };
  const insufficient = (reason: InsufficientReason): Assessment => ({
    ...base,
    status: 'insufficient_data',
    reason,
    requiredRate: null,
    observedRate: null,
    fit: null,
    projectedAtTarget: null,
    projectedLinearAtTarget: window.length >= 2 ? projectTrend(fitLinear(window), [input.target.year])[0] : null,
  });
  if (window.length < Math.max(2, minPoints)) return insufficient('too_few_points');
  if (lastObserved && lastObserved.year >= input.target.year) return insufficient('horizon_not_after_data');
  if (window.some((p) => p.value <= 0)) return insufficient('non_positive_values');
  if (input.target.value <= 0) return insufficient('non_positive_target');

  const fit = fitConstantRate(window);
  const requiredRate = requiredAnnualRate(lastObserved as YearValue, input.target);
  const observedRate = fit.annualRate;
  const onTrack = input.direction === 'decrease' ? observedRate <= requiredRate + tolerance : observedRate >= requiredRate - tolerance;
  return {
    ...base,
    status: onTrack ? 'on_track' : 'off_track',
    reason: null,
    requiredRate,
    observedRate,
    fit,
    projectedAtTarget: projectTrend(fit, [input.target.year])[0],
    projectedLinearAtTarget: projectTrend(fitLinear(window), [input.target.year])[0],
  };
}

/** assessTrajectory for each sector (or any key) with the same options. */
export function assessSectors<K extends string>(inputs: Readonly<Record<K, AssessInput>>, options: AssessOptions = {}): Record<K, Assessment> {
  const out = {} as Record<K, Assessment>;
  for (const key of Object.keys(inputs) as K[]) out[key] = assessTrajectory(inputs[key], options);
  return out;
}
