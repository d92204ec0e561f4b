import { HeatInputError } from './errors';
import { HOURS_PER_YEAR, type Profiles } from './types';

/**
 * Waste heat withdrawn from the source over a year when its line loses `lossMwh` a year, with hourly profiles.
 * Each hour the line takes what the source offers, up to what the sink can use plus that hour's loss:
 *     W = Σₕ min(S·pₕ, (D/g)·qₕ + L/8760)
 * and the recovered heat that reaches the sink side is W − L. With flat profiles this is min(S, D/g + L) − L =
 * min(S − L, D/g), the annual formula; and Σ min ≤ min Σ, so profiles can only lower a capacity.
 * `p` or `q` null means flat (1/8760 each hour).
 */
export function hourlyWithdrawnMwh(
  supplyMwh: number,
  p: Float64Array | null,
  usableMwh: number,
  q: Float64Array | null,
  lossMwh: number,
): number {
  const flat = 1 / HOURS_PER_YEAR;
  const lossH = lossMwh / HOURS_PER_YEAR;
  let total = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const offer = supplyMwh * (p ? p[h] : flat);
    const take = usableMwh * (q ? q[h] : flat) + lossH;
    total += offer < take ? offer : take;
  }
  return total;
}

/** Look a profile up by name; a named profile that is missing is an input error, never a silent flat year. */
export function profileOf(profiles: Profiles | undefined, name: string | undefined, owner: string): Float64Array | null {
  if (name === undefined || name === '') return null;
  const found = profiles?.get(name);
  if (!found) {
    throw new HeatInputError([{ code: 'UNKNOWN_PROFILE', column: 'profile', message: `${owner}: unknown profile '${name}'` }]);
  }
  if (found.length !== HOURS_PER_YEAR) {
    throw new HeatInputError([
      { code: 'BAD_PROFILE', column: 'profile', message: `profile '${name}' has ${found.length} values, expected ${HOURS_PER_YEAR}` },
    ]);
  }
  return found;
}

/**
 * Scale raw hourly values to shares summing to 1. Rejects negative, non-finite or all-zero series, because a
 * share of nothing has no meaning.
 */
export function normaliseProfile(name: string, values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let h = 0; h < values.length; h++) {
    const v = values[h];
    if (!Number.isFinite(v) || v < 0) {
      throw new HeatInputError([{ code: 'BAD_PROFILE', column: name, row: h + 2, message: `profile '${name}' hour ${h}: ${v} is not a non-negative number` }]);
    }
    sum += v;
  }
  if (!(sum > 0)) throw new HeatInputError([{ code: 'BAD_PROFILE', column: name, message: `profile '${name}' is all zero` }]);
  for (let h = 0; h < values.length; h++) out[h] = values[h] / sum;
  return out;
}
