// PCAET objectives are written against a reference year ("−50 % in 2050 compared with 2005") or as absolute values
// ("21 TWh of EnR&R in 2030"). Both become milestones: (year, absolute value), reference first.
import { TrajectoryError } from './errors';
import type { YearValue } from './types';

export type Objective =
  | { readonly year: number; readonly kind: 'change'; /** −50 means −50 % of the reference value. */ readonly percent: number }
  | { readonly year: number; readonly kind: 'absolute'; readonly value: number };

/**
 * Milestones from a reference value and objectives: value = reference × (1 + percent/100) or the absolute value.
 * Objective years must be integers after the reference year and distinct.
 */
export function resolveObjectives(reference: YearValue, objectives: readonly Objective[]): YearValue[] {
  if (!Number.isInteger(reference.year)) throw new TrajectoryError('invalid_year', `Reference year ${reference.year} is not an integer`);
  if (!Number.isFinite(reference.value)) throw new TrajectoryError('invalid_value', 'The reference value is not a finite number');
  const seen = new Set<number>();
  const milestones: YearValue[] = [{ year: reference.year, value: reference.value }];
  for (const o of objectives) {
    if (!Number.isInteger(o.year) || o.year <= reference.year) {
      throw new TrajectoryError('invalid_objective', `Objective year ${o.year} must be an integer after the reference year ${reference.year}`);
    }
    if (seen.has(o.year)) throw new TrajectoryError('duplicate_year', `Two objectives for ${o.year}`);
    seen.add(o.year);
    const value = o.kind === 'change' ? reference.value * (1 + o.percent / 100) : o.value;
    if (!Number.isFinite(value)) throw new TrajectoryError('invalid_objective', `Objective for ${o.year} is not a finite number`);
    milestones.push({ year: o.year, value });
  }
  return milestones.sort((a, b) => a.year - b.year);
}
