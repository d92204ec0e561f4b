/**
 * Exact money arithmetic. Energy is integer Wh; prices are decimals parsed exactly into integers; amounts are
 * integer cents obtained by one rounding per line. BigInt keeps products like Wh × µ€/kWh exact at any size.
 */

/** Parse a non-negative decimal ("0.2016", 29.98) into an integer scaled by 10^decimals, exactly; null if invalid. */
export function parseScaled(value: unknown, decimals: number): bigint | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals))) return null;
  return BigInt(m[1]) * 10n ** BigInt(decimals) + BigInt((frac.slice(0, decimals) || '0').padEnd(decimals, '0'));
}

/** Plain decimal text of a JSON number (no exponent): 1e-7 → "0.0000001". Numbers keep their shortest spelling. */
function numberText(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  return v.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * num/den rounded to the nearest integer, halves to the even neighbour (banker's rounding), for num ≥ 0, den > 0.
 * Half-even has no upward bias when many lines are rounded and summed, unlike half-up.
 */
export function roundHalfEven(num: bigint, den: bigint): bigint {
  if (num < 0n || den <= 0n) throw new RangeError('roundHalfEven needs num ≥ 0 and den > 0');
  const q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** 10^7: Wh × (µ€/kWh) = 10⁻⁹ €, and a cent is 10⁻² €. */
const WH_MICRO_PER_CENT = 10_000_000n;

/** Cents for `wh` Wh at `microEurPerKwh` µ€/kWh, rounded half-even to the cent. */
export function energyCents(wh: number, microEurPerKwh: bigint): bigint {
  return roundHalfEven(BigInt(wh) * microEurPerKwh, WH_MICRO_PER_CENT);
}

/** VAT in cents on a base in cents, at a rate in basis points (20 % = 2000), rounded half-even. */
export function vatCents(baseCents: bigint, basisPoints: bigint): bigint {
  return roundHalfEven(baseCents * basisPoints, 10_000n);
}

/** "1234.56" from 123456n cents (negative amounts keep their sign: savings can be negative). */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
