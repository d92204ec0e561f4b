import { describe, expect, it } from 'vitest';
import {
  DPE_2021_FACTOR_SET,
  EMISSION_FACTOR_SETS,
  INVENTORY_LIFE_CYCLE_FACTOR_SET,
  NETWORKS_DIRECT_FACTOR_SET,
  findEmissionFactorSet,
} from './emission-factors';
import { MissingEmissionFactorError, ghgFromEnergy } from './ghg-from-energy';
import { UnitError } from './units';

describe('emission factor sets', () => {
  it('are dated, sourced, with one positive factor per carrier', () => {
    expect(new Set(EMISSION_FACTOR_SETS.map((s) => s.id)).size).toBe(EMISSION_FACTOR_SETS.length);
    for (const set of EMISSION_FACTOR_SETS) {
      expect(set.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(set.source.length).toBeGreaterThan(10);
      expect(new Set(set.factors.map((f) => f.carrier)).size).toBe(set.factors.length);
      for (const f of set.factors) {
        expect(f.kgCo2ePerKwh).toBeGreaterThan(0);
        expect(f.kgCo2ePerKwh).toBeLessThan(1);
        expect(f.vintage).toMatch(/^\d{4}/);
      }
    }
    expect(findEmissionFactorSet('dpe-2021')).toBe(DPE_2021_FACTOR_SET);
    expect(findEmissionFactorSet('nope')).toBeUndefined();
  });
});

describe('ghgFromEnergy', () => {
  it('P4: 10 GWh gas + 5 GWh electric heating with DPE factors = 2,665 tCO2e', () => {
    // 10,000 MWh × 0.227 t/MWh = 2,270 t; 5,000 MWh × 0.079 t/MWh = 395 t; total 2,665 t.
    const r = ghgFromEnergy(
      { natural_gas: { value: 10, unit: 'GWh' }, electricity_heating: { value: 5, unit: 'GWh' } },
      DPE_2021_FACTOR_SET,
    );
    expect(r.factorSetId).toBe('dpe-2021');
    expect(r.convention).toBe('regulatory');
    expect(r.byCarrierTco2e.natural_gas).toBeCloseTo(2270, 9);
    expect(r.byCarrierTco2e.electricity_heating).toBeCloseTo(395, 9);
    expect(r.totalTco2e).toBeCloseTo(2665, 9);
  });

  it('P5: 3 GWh of average network heat = 261 t direct, 327 t life cycle', () => {
    // 3,000 MWh × 0.087 = 261; 3,000 MWh × 0.109 = 327.
    const heat = { heat_network: { value: 3000, unit: 'MWh' } };
    expect(ghgFromEnergy(heat, NETWORKS_DIRECT_FACTOR_SET).totalTco2e).toBeCloseTo(261, 9);
    const lca = ghgFromEnergy(heat, INVENTORY_LIFE_CYCLE_FACTOR_SET);
    expect(lca.totalTco2e).toBeCloseTo(327, 9);
    expect(lca.factorSetId).toBe('inventory-life-cycle-2025');
  });

  it('converts any energy unit first (1 toe of gas = 11.63 MWh × 0.227 = 2.64001 t)', () => {
    expect(ghgFromEnergy({ natural_gas: { value: 1, unit: 'toe' } }, DPE_2021_FACTOR_SET).totalTco2e).toBeCloseTo(2.64001, 12);
    expect(ghgFromEnergy({ natural_gas: { value: 500, unit: 'kWh' } }, DPE_2021_FACTOR_SET).totalTco2e).toBeCloseTo(0.1135, 12);
  });

  it('returns zero for no energy and refuses carriers the set does not cover', () => {
    expect(ghgFromEnergy({}, DPE_2021_FACTOR_SET).totalTco2e).toBe(0);
    let caught: unknown;
    try {
      ghgFromEnergy({ natural_gas: { value: 1, unit: 'MWh' }, heat_network: { value: 1, unit: 'MWh' } }, DPE_2021_FACTOR_SET);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(MissingEmissionFactorError);
    expect((caught as MissingEmissionFactorError).carriers).toEqual(['heat_network']);
    expect((caught as MissingEmissionFactorError).code).toBe('missing_emission_factor');
  });

  it('refuses a quantity that is not energy', () => {
    expect(() => ghgFromEnergy({ natural_gas: { value: 1, unit: 'tCO2e' } }, DPE_2021_FACTOR_SET)).toThrow(UnitError);
    expect(() => ghgFromEnergy({ natural_gas: { value: Number.NaN, unit: 'MWh' } }, DPE_2021_FACTOR_SET)).toThrow(RangeError);
  });
});
