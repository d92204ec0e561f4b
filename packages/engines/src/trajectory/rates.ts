// Annual rates: the constant rate r that takes V_from to V_to, V_from·(1 + r)^(y_to − y_from) = V_to.
import { TrajectoryError } from './errors';
import type { YearValue } from './types';

/** r = (V_to / V_from)^(1/(y_to − y_from)) − 1. Needs both values > 0 and y_to > y_from. */
export function requiredAnnualRate(from: YearValue, to: YearValue): number {
  if (!Number.isFinite(from.year) || !Number.isFinite(to.year) || to.year <= from.year) {
    throw new TrajectoryError('invalid_horizon', `The horizon ${to.year} must come after ${from.year}`);
  }
  if (!Number.isFinite(from.value) || !Number.isFinite(to.value)) throw new TrajectoryError('invalid_value', 'Values must be finite numbers');
  if (from.value <= 0 || to.value <= 0) {
    throw new TrajectoryError(
      'non_positive_value',
      `A constant annual rate needs values > 0 (got ${from.value} in ${from.year}, ${to.value} in ${to.year})`,
    );
  }
  // expm1/log keep precision for small rates (|r| ≪ 1), which are the usual case.
  return Math.expm1(Math.log(to.value / from.value) / (to.year - from.year));
}
