import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToLargestRemainders, compareProducts, fitsNumber, floorDiv, MAX_SAFE, selectTop } from './exact';

describe('floorDiv', () => {
  it('matches BigInt division whenever fitsNumber allows the Number path', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), fc.integer({ min: 1, max: MAX_SAFE }), (a, b, d) => {
        fc.pre(fitsNumber(a, b, d));
        const q = floorDiv(a * b, d);
        expect(BigInt(q)).toBe((BigInt(a) * BigInt(b)) / BigInt(d));
      }),
    );
  });

  it('is exact just below a multiple, near 2^53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2 ** 40 }), (d) => {
        const k = Math.floor((MAX_SAFE - d) / d);
        expect(floorDiv(k * d - 1, d)).toBe(k - 1);
        expect(floorDiv(k * d, d)).toBe(k);
      }),
    );
  });
});

describe('fitsNumber', () => {
  it('rejects products whose float value rounds back under the limit', () => {
    expect(fitsNumber(2 ** 26, 2 ** 27, 0)).toBe(false); // 2^53 > MAX_SAFE
    expect(fitsNumber(2 ** 26, 2 ** 26, 0)).toBe(true);
  });
});

describe('compareProducts', () => {
  it('agrees with BigInt on any safe integers', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), fc.maxSafeNat(), fc.maxSafeNat(), (a, b, c, d) => {
        const big = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d);
        expect(compareProducts(a, b, c, d)).toBe(big === 0n ? 0 : big < 0n ? -1 : 1);
      }),
    );
  });

  it('distinguishes products that differ by 1 beyond 2^53', () => {
    // (2^53 − 1)·3 vs (2^53 − 2)·3 + 2: differ by 1, identical as floats.
    expect(compareProducts(MAX_SAFE, 3, MAX_SAFE - 1, 3)).toBe(1);
    expect(compareProducts(MAX_SAFE, 1, 1, MAX_SAFE)).toBe(0);
  });
});

describe('largest remainders', () => {
  it('selectTop keeps the same set as a full sort by (remainder desc, index asc)', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }).chain((rems) =>
      fc.record({ rems: fc.constant(rems), k: fc.integer({ min: 1, max: rems.length }) }),
    );
    fc.assert(
      fc.property(arb, ({ rems, k }) => {
        const rem = Float64Array.from(rems);
        const idx = Int32Array.from(rems.map((_, i) => i));
        selectTop(idx, rems.length, k, rem);
        const expected = rems
          .map((_, i) => i)
          .sort((a, b) => rems[b] - rems[a] || a - b)
          .slice(0, k)
          .sort((a, b) => a - b);
        expect([...idx.subarray(0, k)].sort((a, b) => a - b)).toEqual(expected);
      }),
    );
  });

  it('gives ties to the earlier participant', () => {
    const rem = Float64Array.from([5, 7, 5, 7, 5]);
    const out = new Float64Array(5);
    addToLargestRemainders(Int32Array.from([0, 1, 2, 3, 4]), 5, rem, 3, out, 0);
    // Largest are #1 and #3 (7), then the first 5 is #0.
    expect([...out]).toEqual([1, 1, 0, 1, 0]);
  });
});
