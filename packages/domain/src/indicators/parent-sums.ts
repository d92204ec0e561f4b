// Consistency check of a diagnostic: the children of each parent (per breakdown) must add up to the parent.
import { INDICATOR_CATALOGUE, type IndicatorBreakdown, type IndicatorDefinition } from './catalogue';

export interface ParentSumTolerance {
  /** Allowed |children sum − parent| in the indicator's unit. */
  readonly absolute?: number;
  /** Allowed |children sum − parent| as a fraction of |parent| (0.001 = 0.1 %). */
  readonly relative?: number;
}

export interface ParentSumMismatch {
  readonly parent: string;
  readonly breakdown: IndicatorBreakdown;
  readonly children: readonly string[];
  readonly parentValue: number;
  readonly childrenSum: number;
  /** childrenSum − parentValue, in the indicator's unit. */
  readonly difference: number;
  /** max(absolute, relative × |parentValue|): the largest |difference| accepted. */
  readonly allowed: number;
  readonly tolerance: { readonly absolute: number; readonly relative: number };
}

export type IndicatorValues = ReadonlyMap<string, number> | Readonly<Record<string, number | null | undefined>>;

function read(values: IndicatorValues, code: string): number | undefined {
  const v = values instanceof Map ? values.get(code) : (values as Record<string, number | null | undefined>)[code];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Neumaier summation: sums of many decimal inputs stay within one rounding of the exact sum. */
function sum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

function groups(indicators: readonly IndicatorDefinition[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const i of indicators) {
    if (!i.parent || !i.breakdown) continue;
    const key = `${i.parent}\u0000${i.breakdown}`;
    const list = byKey.get(key) ?? [];
    list.push(i.code);
    byKey.set(key, list);
  }
  return byKey;
}

/**
 * Lists the parents whose children (one breakdown at a time) do not add up within the tolerance. A breakdown is
 * checked only when the parent and every child have a finite value: a partial set cannot be judged, since some
 * children (net sequestration) may be negative. A plain number is an absolute tolerance.
 */
export function checkParentSums(
  values: IndicatorValues,
  tolerance: number | ParentSumTolerance,
  indicators: readonly IndicatorDefinition[] = INDICATOR_CATALOGUE.indicators,
): ParentSumMismatch[] {
  const absolute = typeof tolerance === 'number' ? tolerance : (tolerance.absolute ?? 0);
  const relative = typeof tolerance === 'number' ? 0 : (tolerance.relative ?? 0);
  if (!(absolute >= 0) || !(relative >= 0)) throw new RangeError('Tolerances must be non-negative numbers');
  const mismatches: ParentSumMismatch[] = [];
  for (const [key, children] of groups(indicators)) {
    const [parent, breakdown] = key.split('\u0000') as [string, IndicatorBreakdown];
    const parentValue = read(values, parent);
    const childValues = children.map((c) => read(values, c));
    if (parentValue === undefined || childValues.some((v) => v === undefined)) continue;
    const childrenSum = sum(childValues as number[]);
    const difference = childrenSum - parentValue;
    const allowed = Math.max(absolute, relative * Math.abs(parentValue));
    if (Math.abs(difference) > allowed) {
      mismatches.push({ parent, breakdown, children, parentValue, childrenSum, difference, allowed, tolerance: { absolute, relative } });
    }
  }
  return mismatches;
}
