// Input hygiene shared by the fitting and interpolation functions.
import { TrajectoryError } from './errors';
import type { Observation, YearValue } from './types';

/** Keeps finite values, sorts by year and refuses two values for one year (which one would be right?). */
export function cleanSeries(points: readonly Observation[]): YearValue[] {
  const kept: YearValue[] = [];
  for (const p of points) {
    if (!Number.isFinite(p.year)) throw new TrajectoryError('invalid_year', `Year ${p.year} is not a finite number`);
    if (p.value === null || !Number.isFinite(p.value)) continue;
    kept.push({ year: p.year, value: p.value });
  }
  kept.sort((a, b) => a.year - b.year);
  for (let i = 1; i < kept.length; i++) {
    if (kept[i].year === kept[i - 1].year) throw new TrajectoryError('duplicate_year', `Two values for year ${kept[i].year}`);
  }
  return kept;
}

/** The points of the last `years` calendar years ending at the last point: year > last − years. */
export function lastYearsWindow(points: readonly YearValue[], years: number | undefined): YearValue[] {
  if (years === undefined || points.length === 0) return [...points];
  if (!(years >= 1)) throw new TrajectoryError('invalid_value', `The window must be at least one year, got ${years}`);
  const last = points[points.length - 1].year;
  return points.filter((p) => p.year > last - years);
}
