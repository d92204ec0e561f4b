/** Trajectory engine: objectives, interpolation, observed trends, on-track status, SGPE lever allocation. See README.md. */
export { TrajectoryError, type TrajectoryErrorCode } from './errors';
export type { Observation, YearValue } from './types';
export { resolveObjectives, type Objective } from './objectives';
export { LAW_HORIZONS, budgetMedianYear, pcaetObjectiveYears, type BudgetPeriod } from './horizons';
export { interpolate, type InterpolateOptions, type InterpolationMethod } from './interpolate';
export { fitConstantRate, fitLinear, projectTrend, type ConstantRateFit, type FitOptions, type LinearFit, type TrendFit } from './trend';
export { BATCH_STATUS, trendBatch, type TrendBatchInput, type TrendBatchResult } from './trend-batch';
export { requiredAnnualRate } from './rates';
export {
  DEFAULT_ASSESS_OPTIONS,
  assessSectors,
  assessTrajectory,
  type AssessInput,
  type AssessOptions,
  type Assessment,
  type InsufficientReason,
  type TrackStatus,
} from './assess';
export {
  LEVER_REFERENCE_YEAR,
  LEVER_TARGET_YEAR,
  allocateLever,
  allocateLevers,
  type LeverAllocation,
  type LeverBasisValues,
  type LeverMissing,
  type LeverSpec,
} from './levers';
export { compareLeversWithActions, type CoverageOptions, type CoverageVerdict, type LeverCoverage, type PlannedAction } from './coverage';
export { DISPLAY_DECIMALS, roundHalfAwayFromZero } from './rounding';
