// PCAET objective years (R229-51 II, as read in the research note): the median year of each of the two most distant
// adopted carbon budgets, plus the L100-4 horizons 2030 and 2050.
import { TrajectoryError } from './errors';

export interface BudgetPeriod {
  readonly firstYear: number;
  readonly lastYear: number;
}

/** Horizons of article L100-4 of the code de l'énergie. */
export const LAW_HORIZONS = [2030, 2050] as const;

/** Median year of a budget period; periods are odd-length (5 years), so the median is a whole year. */
export function budgetMedianYear(period: BudgetPeriod): number {
  const { firstYear, lastYear } = period;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear) {
    throw new TrajectoryError('invalid_year', `Invalid budget period ${firstYear}–${lastYear}`);
  }
  if ((lastYear - firstYear) % 2 !== 0) {
    throw new TrajectoryError('invalid_year', `Budget period ${firstYear}–${lastYear} has an even number of years: no single median year`);
  }
  return (firstYear + lastYear) / 2;
}

/**
 * Sorted, distinct objective years for a plan, given the carbon budgets adopted when it is adopted. With SNBC-2
 * (2019–23, 2024–28, 2029–33) that gives 2026, 2030, 2031, 2050.
 */
export function pcaetObjectiveYears(adoptedBudgets: readonly BudgetPeriod[]): number[] {
  if (adoptedBudgets.length === 0) throw new TrajectoryError('no_data', 'At least one adopted carbon budget is needed');
  const mostDistant = [...adoptedBudgets].sort((a, b) => b.lastYear - a.lastYear).slice(0, 2);
  const years = new Set<number>([...mostDistant.map(budgetMedianYear), ...LAW_HORIZONS]);
  return [...years].sort((a, b) => a - b);
}
