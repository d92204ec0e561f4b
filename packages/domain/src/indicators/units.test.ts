import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_CODES, UnitError, convertUnit, findUnit, isUnitCode } from './units';

function unitError(fn: () => unknown): UnitError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UnitError) return err;
    throw err;
  }
  throw new Error('expected a UnitError');
}

describe('convertUnit', () => {
  it('converts energy by powers of 1000 exactly', () => {
    expect(convertUnit(1, 'GWh', 'MWh')).toBe(1000);
    expect(convertUnit(109, 'TWh', 'GWh')).toBe(109_000); // Grand Paris 2017 consumption
    expect(convertUnit(21, 'TWh', 'MWh')).toBe(21_000_000); // Grand Paris EnR&R objective for 2030
    expect(convertUnit(1, 'MWh', 'GWh')).toBe(0.001);
    expect(convertUnit(2500, 'Wh', 'kWh')).toBe(2.5);
  });

  it('uses 1 toe = 41.868 GJ = 11.63 MWh', () => {
    // 41.868 GJ ÷ 3.6 GJ/MWh = 11.63 MWh; 1 ktoe = 11.63 GWh.
    expect(convertUnit(1, 'toe', 'MWh')).toBe(11.63);
    expect(convertUnit(1, 'ktoe', 'GWh')).toBe(11.63);
    expect(convertUnit(1, 'toe', 'kWh')).toBe(11_630);
    // 109 TWh = 109,000,000 MWh ÷ 11.63 = 9,372,312.98366294… toe (bc, scale 10).
    expect(convertUnit(109, 'TWh', 'toe')).toBeCloseTo(9_372_312.9836629406, 6);
  });

  it('converts CO2e masses, masses and areas', () => {
    expect(convertUnit(1, 'MtCO2e', 'ktCO2e')).toBe(1000);
    expect(convertUnit(20.4, 'ktCO2e', 'tCO2e')).toBe(20_400);
    expect(convertUnit(2500, 'kgCO2e', 'tCO2e')).toBe(2.5);
    expect(convertUnit(3, 't', 'kg')).toBe(3000);
    expect(convertUnit(1, 'km2', 'ha')).toBe(100);
    expect(convertUnit(5000, 'm2', 'ha')).toBe(0.5);
  });

  it('refuses conversions across dimensions', () => {
    const err = unitError(() => convertUnit(1, 'MWh', 'tCO2e'));
    expect(err.code).toBe('unit_mismatch');
    expect(err.message).toContain('energy');
    expect(err.message).toContain('ghg_mass');
    // Tonnes of a pollutant are not tonnes of CO2e.
    expect(unitError(() => convertUnit(1, 't', 'tCO2e')).code).toBe('unit_mismatch');
    expect(unitError(() => convertUnit(1, 'ha', 'km')).code).toBe('unknown_unit');
    expect(unitError(() => convertUnit(1, 'GJ', 'MWh')).code).toBe('unknown_unit');
  });

  it('knows its codes', () => {
    expect(isUnitCode('tep')).toBe(false);
    expect(isUnitCode('toe')).toBe(true);
    expect(findUnit('ha')).toMatchObject({ dimension: 'area', factor: 10_000 });
  });

  const samePair = fc
    .constantFrom(...UNIT_CODES)
    .chain((from) =>
      fc.tuple(fc.constant(from), fc.constantFrom(...UNIT_CODES.filter((u) => findUnit(u)?.dimension === findUnit(from)?.dimension))),
    );

  it('round-trips within one rounding per step (property)', () => {
    fc.assert(
      // Diagnostic quantities, not subnormals: below ~1e-308 a division by 10^12 loses bits by design of IEEE 754.
      fc.property(samePair, fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-9), ([a, b], x) => {
        const back = convertUnit(convertUnit(x, a, b), b, a);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 4 * Number.EPSILON);
      }),
    );
  });

  it('round-trips integers exactly through a smaller unit (property)', () => {
    fc.assert(
      fc.property(samePair, fc.integer({ min: -1e6, max: 1e6 }), ([a, b], x) => {
        const [big, small] = (findUnit(a)?.factor ?? 0) >= (findUnit(b)?.factor ?? 0) ? [a, b] : [b, a];
        if ((findUnit(big)!.factor % findUnit(small)!.factor) !== 0) return;
        expect(convertUnit(convertUnit(x, big, small), small, big)).toBe(x);
      }),
    );
  });
});
