// Are the plan's actions "à la hauteur des enjeux de 2030" on each lever? Compare each lever's allocated reduction
// with the expected impacts of the actions tagged with it.
//
// Convention. The lever figure is a change of ANNUAL emissions between 2019 and 2030 (ktCO2e per year). An action's
// `impactTco2ePerYear` is its expected avoided emissions per year once in effect. So the two compare directly, after
// ÷ 1000 (t → kt): an action avoiding 500 tCO2e/yr in 2030 covers 0.5 ktCO2e of the lever. Impacts are never
// multiplied by a number of years (that would compare a cumulative amount with an annual one). An action that only
// starts after the target year cannot contribute in 2030 and is left out (reported); an unknown start counts.
import type { LeverAllocation } from './levers';
import { LEVER_TARGET_YEAR } from './levers';

export interface PlannedAction {
  readonly id: string;
  readonly leverCodes: readonly string[];
  /** Expected avoided emissions, tCO2e per year (positive = fewer emissions); null when not estimated. */
  readonly impactTco2ePerYear: number | null;
  readonly startYear?: number | null;
}

export interface CoverageOptions {
  /** An action on several levers: 'split' its impact equally among them (default, no double counting) or count it 'full'y on each. */
  readonly multiLever?: 'split' | 'full';
  readonly targetYear?: number;
}

export type CoverageVerdict = 'covered' | 'short' | 'no_target' | 'no_reduction_needed';

export interface LeverCoverage {
  readonly code: string;
  readonly sector: string;
  /** Reduction to achieve, ktCO2e/yr (= −reductionKt); null when the allocation has no value. */
  readonly neededKt: number | null;
  /** Σ counted action impacts, ktCO2e/yr. */
  readonly plannedKt: number;
  /** plannedKt / neededKt when neededKt > 0, else null. */
  readonly coverage: number | null;
  /** Shortfall max(0, neededKt − plannedKt) in ktCO2e/yr; null without a target. */
  readonly gapKt: number | null;
  readonly verdict: CoverageVerdict;
  readonly actionIds: readonly string[];
  readonly actionsWithoutImpact: readonly string[];
  readonly actionsAfterTarget: readonly string[];
}

export function compareLeversWithActions(
  allocation: readonly LeverAllocation[],
  actions: readonly PlannedAction[],
  options: CoverageOptions = {},
): LeverCoverage[] {
  const targetYear = options.targetYear ?? LEVER_TARGET_YEAR;
  const split = (options.multiLever ?? 'split') === 'split';
  // Which allocation levers each action reaches, through the action lever codes of each lever.
  const reached = new Map<string, Set<string>>();
  for (const action of actions) {
    const tags = new Set(action.leverCodes);
    const levers = new Set(allocation.filter((l) => l.actionLeverCodes.some((c) => tags.has(c))).map((l) => l.code));
    reached.set(action.id, levers);
  }
  return allocation.map((lever) => {
    const tagged = actions.filter((a) => reached.get(a.id)?.has(lever.code));
    const actionsAfterTarget = tagged.filter((a) => a.startYear != null && a.startYear > targetYear).map((a) => a.id);
    const actionsWithoutImpact: string[] = [];
    let plannedKt = 0;
    for (const a of tagged) {
      if (actionsAfterTarget.includes(a.id)) continue;
      if (a.impactTco2ePerYear === null || !Number.isFinite(a.impactTco2ePerYear)) {
        actionsWithoutImpact.push(a.id);
        continue;
      }
      const share = split ? 1 / (reached.get(a.id) as Set<string>).size : 1;
      plannedKt += (a.impactTco2ePerYear / 1000) * share;
    }
    const neededKt = lever.reductionKt === null ? null : -lever.reductionKt;
    const actionIds = tagged.map((a) => a.id);
    const base = { code: lever.code, sector: lever.sector, neededKt, plannedKt, actionIds, actionsWithoutImpact, actionsAfterTarget };
    if (neededKt === null) return { ...base, coverage: null, gapKt: null, verdict: 'no_target' as const };
    if (neededKt <= 0) return { ...base, coverage: null, gapKt: 0, verdict: 'no_reduction_needed' as const };
    const gapKt = Math.max(0, neededKt - plannedKt);
    return { ...base, coverage: plannedKt / neededKt, gapKt, verdict: plannedKt >= neededKt ? ('covered' as const) : ('short' as const) };
  });
}
