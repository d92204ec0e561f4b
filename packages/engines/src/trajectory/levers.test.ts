import { sgpeLeversForRegion } from '@trajectoire/domain';
import { describe, expect, it } from 'vitest';
import { allocateLever, allocateLevers, type LeverBasisValues } from './levers';
import { roundHalfAwayFromZero } from './rounding';

const RES = 'ghg.sector.residential';
const residentialOil = { code: 'residential-oil-boiler-replacement', sector: 'residential', basis: [{ indicator: RES }], percent: 51 };
const v = (measured2019: number | null, objective2019: number | null, objective2030: number | null): LeverBasisValues => ({
  measured2019,
  objective2019,
  objective2030,
});

describe('allocateLever', () => {
  it('P6: residential 100 → 60 kt, Bretagne 51 % → −20.40 ktCO2e', () => {
    // (60 − 100) × 51 / 100 = −20.4
    const a = allocateLever(residentialOil, { [RES]: v(100, 98, 60) });
    expect(a.reductionKt).toBeCloseTo(-20.4, 12);
    expect(roundHalfAwayFromZero(a.reductionKt as number, 2)).toBe(-20.4);
    expect(a).toMatchObject({ basis2019: 100, basis2030: 60, missing: [], actionLeverCodes: ['residential-oil-boiler-replacement'] });
  });

  it('P7: a missing 2030 objective gives no value (null, never 0)', () => {
    const a = allocateLever(residentialOil, { [RES]: v(100, 98, null) });
    expect(a.reductionKt).toBeNull();
    expect(a.basis2030).toBeNull();
    expect(a.missing).toEqual([`${RES}:objective2030`]);
    expect(allocateLever(residentialOil, {}).missing).toEqual([`${RES}:objective2030`, `${RES}:value2019`]);
  });

  it('uses the 2019 objective when 2019 was not measured', () => {
    // (60 − 105) × 0.51 = −22.95
    expect(allocateLever(residentialOil, { [RES]: v(null, 105, 60) }).reductionKt).toBeCloseTo(-22.95, 12);
    expect(allocateLever(residentialOil, { [RES]: v(null, null, 60) }).missing).toEqual([`${RES}:value2019`]);
  });

  it('sums several indicators (transport = road + other)', () => {
    // 2019: 300 + 20 = 320; 2030: 200 + 15 = 215; (215 − 320) × 19 % = −19.95
    const ev = { code: 'electric-vehicles', sector: 'transport', basis: [{ indicator: 'road' }, { indicator: 'other' }], percent: 19 };
    expect(allocateLever(ev, { road: v(300, null, 200), other: v(20, null, 15) }).reductionKt).toBeCloseTo(-19.95, 12);
  });

  it('turns sequestration into net emissions with sign −1', () => {
    // Removal 50 → 80 kt: net emissions −50 → −80, change −30; × 34 % = −10.2
    const lever = { code: 'carbon-storing-practices', sector: 'land_use', basis: [{ indicator: 'crop', sign: -1 as const }], percent: 34 };
    const a = allocateLever(lever, { crop: v(50, null, 80) });
    expect(a.basis2019).toBe(-50);
    expect(a.reductionKt).toBeCloseTo(-10.2, 12);
  });

  it('keeps published shares above 100 % and gives no value without a regional share', () => {
    const heat = { code: 'decarbonised-heat-networks', sector: 'energy_industry', basis: [{ indicator: 'e' }], percent: 113 };
    expect(allocateLever(heat, { e: v(40, null, 30) }).reductionKt).toBeCloseTo(-11.3, 12); // −10 × 1.13
    const none = allocateLever({ ...heat, percent: null }, { e: v(40, null, 30) });
    expect(none.reductionKt).toBeNull();
    expect(none.missing).toEqual(['percent']);
  });
});

describe('allocateLevers with the domain SGPE data', () => {
  it('gives Bretagne residential levers 51 %, 26 % and 23 % of the −40 kt change', () => {
    // −40 × 0.51 = −20.4; −40 × 0.26 = −10.4; −40 × 0.23 = −9.2
    const levers = sgpeLeversForRegion('53').filter((l) => l.sector === 'residential');
    const result = allocateLevers(levers, { [RES]: v(100, null, 60) });
    expect(result.map((r) => r.code)).toEqual([
      'residential-oil-boiler-replacement',
      'residential-gas-boiler-replacement',
      'residential-sufficiency-insulation',
    ]);
    expect(result.map((r) => r.reductionKt)).toEqual([-20.4, -10.4, -9.2].map((x) => expect.closeTo(x, 12)));
  });

  it('finds the agriculture sub-sector for each agriculture lever', () => {
    const levers = sgpeLeversForRegion('84').filter((l) => l.sector === 'agriculture');
    const values = {
      'ghg.sector.agriculture.energy': v(10, null, 7),
      'ghg.sector.agriculture.livestock': v(50, null, 45),
      'ghg.sector.agriculture.crop_practices': v(30, null, 24),
    };
    // Each at 100 % of its own sub-sector: −3, −5, −6.
    expect(allocateLevers(levers, values).map((r) => r.reductionKt)).toEqual([-3, -5, -6].map((x) => expect.closeTo(x, 12)));
  });
});
