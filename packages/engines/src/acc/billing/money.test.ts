import { describe, expect, it } from 'vitest';
import { energyCents, formatCents, parseScaled, roundHalfEven, vatCents } from './money';

describe('money', () => {
  it('parses decimals exactly, from strings and JSON numbers', () => {
    expect(parseScaled('0.2016', 6)).toBe(201_600n);
    expect(parseScaled(0.2016, 6)).toBe(201_600n);
    expect(parseScaled(29.98, 3)).toBe(29_980n);
    expect(parseScaled('20', 2)).toBe(2_000n);
    expect(parseScaled('5.50', 2)).toBe(550n);
    expect(parseScaled(1e-6, 6)).toBe(1n);
    expect(parseScaled('0.1234560', 6)).toBe(123_456n); // trailing zeros beyond the scale are harmless
    expect(parseScaled('0.1234567', 6)).toBeNull(); // would need rounding: refused
    expect(parseScaled('-1', 6)).toBeNull();
    expect(parseScaled('1,5', 6)).toBeNull();
    expect(parseScaled(Number.NaN, 6)).toBeNull();
    expect(parseScaled(null, 6)).toBeNull();
  });

  it('rounds halves to even and everything else to nearest', () => {
    expect([5n, 15n, 25n, 35n].map((n) => roundHalfEven(n, 10n))).toEqual([0n, 2n, 2n, 4n]);
    expect(roundHalfEven(14n, 10n)).toBe(1n);
    expect(roundHalfEven(16n, 10n)).toBe(2n);
    expect(roundHalfEven(0n, 7n)).toBe(0n);
    expect(() => roundHalfEven(-1n, 10n)).toThrow(RangeError);
  });

  it('prices Wh at µ€/kWh to the cent (A15: 1,000 kWh at 29.98 €/MWh = 29.98 €)', () => {
    expect(energyCents(1_000_000, 29_980n)).toBe(2_998n);
    // 125 Wh at 0.2516 €/kWh: 125 × 251,600 / 10⁷ = 3.145 c → 3 c (0.145 is below the half).
    expect(energyCents(125, 251_600n)).toBe(3n);
    // 250 Wh at 0.25 €/kWh = 6.25 c → 6 c (0.25 is below the half).
    expect(energyCents(250, 250_000n)).toBe(6n);
    // Exactly half a cent: 20 Wh at 0.25 €/kWh = 0.5 c → 0 (even); 60 Wh = 1.5 c → 2 (even).
    expect(energyCents(20, 250_000n)).toBe(0n);
    expect(energyCents(60, 250_000n)).toBe(2n);
    // Far beyond 2^53 in the product: 9·10¹⁵ Wh × 1 €/kWh = 9·10¹² € = 9·10¹⁴ c.
    expect(energyCents(9e15, 1_000_000n)).toBe(900_000_000_000_000n);
  });

  it('computes VAT per invoice and formats cents', () => {
    expect(vatCents(1_003n, 2_000n)).toBe(201n); // 200.6 c → 201
    expect(vatCents(1_025n, 2_000n)).toBe(205n); // exactly 205
    expect(vatCents(25n, 2_000n)).toBe(5n);
    expect(vatCents(1_010n, 550n)).toBe(56n); // 55.55 c → 56
    expect(vatCents(30n, 550n)).toBe(2n); // 1.65 c → 2
    expect(formatCents(123_456n)).toBe('1234.56');
    expect(formatCents(5n)).toBe('0.05');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(formatCents(0n)).toBe('0.00');
  });
});
