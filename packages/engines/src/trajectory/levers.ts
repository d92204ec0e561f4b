// SGPE lever allocation (research note energy-engines §4.3, as Territoires en Transitions computes it): each lever
// gets a regional percentage of its sector's change between 2019 and the 2030 objective.
//   reduction = (Σ objective2030 − Σ value2019) × percent / 100      [ktCO2e per year; negative = a reduction]
// value2019 is the measured 2019 value when present, else the 2019 objective of the trajectory.

export const LEVER_REFERENCE_YEAR = 2019;
export const LEVER_TARGET_YEAR = 2030;

/** Values of one basis indicator in ktCO2e per year (net emissions: sequestration enters with sign −1). */
export interface LeverBasisValues {
  readonly measured2019: number | null;
  readonly objective2019: number | null;
  readonly objective2030: number | null;
}

export interface LeverSpec {
  readonly code: string;
  readonly sector: string;
  /** Indicators whose sum the lever takes a share of; sign −1 turns a removal (sequestration) into an emission. */
  readonly basis: readonly { readonly indicator: string; readonly sign?: 1 | -1 }[];
  /** Regional percentage (may exceed 100 for energy-branch levers, as published); null when the region has none. */
  readonly percent: number | null;
  /** Action lever codes (e.g. COP levers) counted for this lever; defaults to [code]. */
  readonly actionLeverCodes?: readonly string[];
}

export type LeverMissing = `percent` | `${string}:objective2030` | `${string}:value2019`;

export interface LeverAllocation {
  readonly code: string;
  readonly sector: string;
  readonly percent: number | null;
  readonly actionLeverCodes: readonly string[];
  /** Σ sign × value2019 of the basis, ktCO2e/yr; null when a term has neither a measure nor an objective. */
  readonly basis2019: number | null;
  readonly basis2030: number | null;
  /** Full precision; null (never 0) when anything is missing. Round only for display (DISPLAY_DECIMALS.ktco2e). */
  readonly reductionKt: number | null;
  readonly missing: readonly LeverMissing[];
}

function value2019(v: LeverBasisValues | undefined): number | null {
  if (!v) return null;
  if (v.measured2019 !== null && Number.isFinite(v.measured2019)) return v.measured2019;
  return v.objective2019 !== null && Number.isFinite(v.objective2019) ? v.objective2019 : null;
}

function finiteOrNull(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}

export function allocateLever(lever: LeverSpec, values: Readonly<Record<string, LeverBasisValues | undefined>>): LeverAllocation {
  const missing: LeverMissing[] = [];
  let sum2019 = 0;
  let sum2030 = 0;
  for (const term of lever.basis) {
    const sign = term.sign ?? 1;
    const v = values[term.indicator];
    const v2019 = value2019(v);
    const v2030 = finiteOrNull(v?.objective2030);
    if (v2030 === null) missing.push(`${term.indicator}:objective2030`);
    if (v2019 === null) missing.push(`${term.indicator}:value2019`);
    sum2019 += sign * (v2019 ?? 0);
    sum2030 += sign * (v2030 ?? 0);
  }
  const percent = finiteOrNull(lever.percent);
  if (percent === null) missing.push('percent');
  const complete2019 = !missing.some((m) => m.endsWith(':value2019'));
  const complete2030 = !missing.some((m) => m.endsWith(':objective2030'));
  return {
    code: lever.code,
    sector: lever.sector,
    percent,
    actionLeverCodes: lever.actionLeverCodes ?? [lever.code],
    basis2019: complete2019 ? sum2019 : null,
    basis2030: complete2030 ? sum2030 : null,
    reductionKt: missing.length === 0 ? ((sum2030 - sum2019) * (percent as number)) / 100 : null,
    missing,
  };
}

/** allocateLever for each lever, in the given order. */
export function allocateLevers(levers: readonly LeverSpec[], values: Readonly<Record<string, LeverBasisValues | undefined>>): LeverAllocation[] {
  return levers.map((lever) => allocateLever(lever, values));
}
