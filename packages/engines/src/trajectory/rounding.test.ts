import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './rounding';

describe('roundHalfAwayFromZero', () => {
  it('rounds the printed decimal, half away from zero', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01); // stored as 1.00499999999999989…
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68); // (2.675).toFixed(2) is "2.67"
    expect(roundHalfAwayFromZero(-20.405, 2)).toBe(-20.41);
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(-0.125, 2)).toBe(-0.13);
    expect(roundHalfAwayFromZero(((60 - 100) * 51) / 100, 2)).toBe(-20.4);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
  });

  it('handles exponents, zero, huge values and non-finite input', () => {
    expect(roundHalfAwayFromZero(1.5e-7, 7)).toBe(2e-7);
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(roundHalfAwayFromZero(1e21 + 0.3, 2)).toBe(1e21);
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });

  it('never moves a value by more than half a unit of the last decimal (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundHalfAwayFromZero(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-15);
        expect(roundHalfAwayFromZero(r, d)).toBe(r);
      }),
    );
  });
});
