import { describe, expect, it } from 'vitest';
import { PCAET_SECTORS } from './dimensions';
import { checkParentSums } from './parent-sums';

// Hand-made diagnostic: 8 sector values (tCO2e) that add up to 1,000.
const SECTORS = [300, 200, 150, 50, 120, 30, 100, 50];
function ghgValues(total = 1000): Record<string, number> {
  const values: Record<string, number> = { ghg: total };
  PCAET_SECTORS.forEach((s, i) => (values[`ghg.sector.${s}`] = SECTORS[i]));
  return values;
}

describe('checkParentSums', () => {
  it('accepts children that add up to their parent', () => {
    expect(checkParentSums(ghgValues(), 0)).toEqual([]);
  });

  it('reports the parent, the difference and the tolerance when children do not add up', () => {
    // 300 + 200 + 150 + 50 + 120 + 30 + 100 + 50 = 1,000, against a stated total of 995: difference +5.
    const [mismatch, ...rest] = checkParentSums(ghgValues(995), 1);
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({
      parent: 'ghg',
      breakdown: 'sector',
      parentValue: 995,
      childrenSum: 1000,
      difference: 5,
      allowed: 1,
      tolerance: { absolute: 1, relative: 0 },
    });
    expect(mismatch.children).toHaveLength(8);
  });

  it('applies a relative tolerance as a share of the parent', () => {
    const values = ghgValues(1000.5); // difference −0.5
    expect(checkParentSums(values, { relative: 0.001 })).toEqual([]); // allowed 0.001 × 1000.5 = 1.0005
    const [m] = checkParentSums(values, { relative: 0.0001, absolute: 0.01 }); // allowed max(0.01, 0.10005)
    expect(m.difference).toBe(-0.5);
    expect(m.allowed).toBeCloseTo(0.10005, 12);
  });

  it('does not judge an incomplete set of children', () => {
    const values = ghgValues(5000);
    delete values['ghg.sector.waste'];
    expect(checkParentSums(values, 0)).toEqual([]);
    values['ghg.sector.waste'] = null as unknown as number;
    expect(checkParentSums(values, 0)).toEqual([]);
  });

  it('checks each breakdown of a parent separately (sectors vs vectors)', () => {
    const values = new Map<string, number>([['final_energy', 800]]);
    PCAET_SECTORS.forEach((s) => values.set(`final_energy.sector.${s}`, 100)); // 8 × 100 = 800: fine
    ['electricity', 'natural_gas', 'oil_products', 'coal', 'wood_biomass', 'heat_cold_networks', 'other_renewables', 'other_non_renewables'].forEach(
      (v) => values.set(`final_energy.vector.${v}`, 90), // 8 × 90 = 720: 80 short
    );
    const result = checkParentSums(values, 0);
    expect(result.map((m) => [m.parent, m.breakdown, m.difference])).toEqual([['final_energy', 'vector', -80]]);
  });

  it('needs a tolerance for decimal inputs (0.1 + 0.2 is not 0.3 in binary)', () => {
    const values = { 'renewables.electricity': 0.3, 'renewables.electricity.solar_pv': 0.1, 'renewables.electricity.hydro': 0.2 };
    for (const f of ['onshore_wind', 'solar_thermodynamic', 'solid_biomass', 'biogas', 'geothermal']) {
      (values as Record<string, number>)[`renewables.electricity.${f}`] = 0;
    }
    expect(checkParentSums(values, 0)).toHaveLength(1);
    expect(checkParentSums(values, 1e-9)).toEqual([]);
  });

  it('refuses negative tolerances', () => {
    expect(() => checkParentSums({}, -1)).toThrow(RangeError);
    expect(() => checkParentSums({}, { relative: Number.NaN })).toThrow(RangeError);
  });
});
