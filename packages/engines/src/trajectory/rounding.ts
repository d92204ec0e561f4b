// Display rounding. The engine keeps full double precision in every result; only presentation rounds, once, with
// the rule below, so that rounded figures are never fed back into computations.

/**
 * Rounds half away from zero on the decimal value as JavaScript prints it (its shortest round-trip form), so
 * 1.005 → 1.01 and −20.405 → −20.41, although 1.005 is stored as 1.00499999999999989…. Never returns −0.
 * Values with more than 15 significant digits before the cut are returned unchanged (nothing left to round).
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) throw new RangeError('decimals must be an integer in 0..15');
  if (!Number.isFinite(value)) return value;
  // Shifting the decimal point in the string form avoids the binary error of magnitude × 10^decimals.
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  if (shifted > Number.MAX_SAFE_INTEGER) return value;
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Display conventions used by the platform (the TeT lever view shows ktCO2e with 2 decimals). */
export const DISPLAY_DECIMALS = {
  ktco2e: 2,
  tco2e: 0,
  annualRatePercent: 2,
  coveragePercent: 0,
} as const;
