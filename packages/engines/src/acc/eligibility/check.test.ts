import { describe, expect, it } from 'vitest';
import { AccInputError } from '../errors';
import { checkEligibility, type EligibilityParticipant } from './check';
import type { DensityClass } from './density';
import { rulesInForce } from './rules';

// Participants on the meridian 2° E: the distance between latitudes 45 and 45+x is R·x·π/180 (see geo.test.ts).
// 0.0179864° → 1,999.999 m; 0.018° → 2,001.511 m; 0.0899° → 9,996.438 m; 0.135° → 15,011.336 m;
// 0.1799° → 20,003.995 m; 0.225° → 25,018.893 m (40-digit decimal arithmetic).
function op(spanDeg: number, opts: { powerKw?: number | null; density?: (DensityClass | null)[] } = {}): EligibilityParticipant[] {
  const density = opts.density ?? [null, null, null];
  return [
    { id: 'pv', role: 'producer', lat: 45, lon: 2, powerKw: opts.powerKw === undefined ? 100 : opts.powerKw, density: density[0] },
    { id: 'school', role: 'consumer', lat: 45 + spanDeg / 2, lon: 2, powerKw: null, density: density[1] },
    { id: 'town-hall', role: 'consumer', lat: 45 + spanDeg, lon: 2, powerKw: 36, density: density[2] },
  ];
}
const rule = (r: ReturnType<typeof checkEligibility>, id: string) => r.rules.find((x) => x.id === id)!;

describe('checkEligibility: distance', () => {
  it('passes within 2 km and fails just beyond (A10: 2.0 km, urban, no derogation)', () => {
    const near = checkEligibility({ date: '2025-06-01', participants: op(0.0179864) });
    expect(near.verdict).toBe('pass');
    expect(near.measures.diameterM).toBeCloseTo(1999.999191, 5);
    expect(near.measures.farthestPair).toEqual(['pv', 'town-hall']);
    expect(near.derogationsNeeded).toEqual([]);
    expect(rule(near, 'derogation-10km-periurban-rural').verdict).toBe('not_applicable');

    const far = checkEligibility({ date: '2025-06-01', participants: op(0.018, { density: ['urban', 'urban', 'urban'] }) });
    expect(far.verdict).toBe('fail');
    expect(rule(far, 'distance-2km')).toMatchObject({ verdict: 'fail', source: expect.stringMatching(/^Arrêté du 21 novembre 2019 .*, art\. 1 1°$/) });
    expect(rule(far, 'distance-2km').detail).toMatch(/2\.002 km between 'pv' and 'town-hall' > 2 km/);
    expect(rule(far, 'derogation-20km-rural').detail).toMatch(/'pv', 'school', 'town-hall' are in a commune that is not rural/);
  });

  it('A11: 15 km with every commune rural → eligible through the 20 km derogation', () => {
    const r = checkEligibility({ date: '2024-01-15', participants: op(0.135, { density: ['rural', 'rural', 'rural'] }) });
    expect(r.verdict).toBe('pass');
    expect(rule(r, 'derogation-10km-periurban-rural').verdict).toBe('fail');
    expect(rule(r, 'derogation-20km-rural').verdict).toBe('pass');
    expect(r.derogationsNeeded).toEqual(['derogation-20km-rural']);
  });

  it('A12: 15 km with one "petite ville" → not eligible; 9.996 km with it → eligible (10 km)', () => {
    const mixed: DensityClass[] = ['rural', 'periurban', 'rural'];
    expect(checkEligibility({ date: '2024-01-15', participants: op(0.135, { density: mixed }) }).verdict).toBe('fail');
    const r = checkEligibility({ date: '2024-01-15', participants: op(0.0899, { density: mixed }) });
    expect(r.verdict).toBe('pass');
    expect(r.derogationsNeeded).toEqual(['derogation-10km-periurban-rural']);
  });

  it('stops at 20 km even for rural communes (20.004 km fails)', () => {
    const r = checkEligibility({ date: '2024-01-15', participants: op(0.1799, { density: ['rural', 'rural', 'rural'] }) });
    expect(r.verdict).toBe('fail');
    expect(rule(r, 'derogation-20km-rural').detail).toMatch(/20\.004 km .* > 20 km/);
  });

  it('is unknown without densities, and names who lacks one', () => {
    const r = checkEligibility({ date: '2024-01-15', participants: op(0.135, { density: ['rural', null, 'rural'] }) });
    expect(r.verdict).toBe('unknown');
    expect(r.measures.missingDensity).toEqual(['school']);
    expect(rule(r, 'derogation-20km-rural').detail).toMatch(/no density category for 'school'/);
  });

  it('is unknown without coordinates', () => {
    const ps = op(0.01);
    ps[1] = { ...ps[1], lat: null };
    const r = checkEligibility({ date: '2025-06-01', participants: ps });
    expect(r.verdict).toBe('unknown');
    expect(rule(r, 'distance-2km').detail).toMatch(/no coordinates \(lat, lon\) for 'school'/);
  });

  it('applies the 2020 discretionary derogation only between 2020-10-19 and 2023-10-07', () => {
    const ps = op(0.135, { density: ['rural', 'rural', 'rural'] });
    const in2021 = checkEligibility({ date: '2021-05-01', participants: ps });
    expect(in2021.verdict).toBe('unknown');
    expect(rule(in2021, 'derogation-20km-discretionary').detail).toMatch(/minister decides/);
    expect(in2021.rules.map((r) => r.id)).not.toContain('derogation-20km-rural');
    expect(checkEligibility({ date: '2020-10-18', participants: ps }).verdict).toBe('fail');
    expect(rulesInForce('2023-10-07').map((r) => r.id)).toContain('derogation-20km-discretionary');
    expect(rulesInForce('2023-10-08').map((r) => r.id)).toEqual(
      expect.arrayContaining(['derogation-10km-periurban-rural', 'derogation-20km-rural']),
    );
    expect(rulesInForce('2023-10-08').map((r) => r.id)).not.toContain('derogation-20km-discretionary');
  });
});

describe('checkEligibility: power', () => {
  it('A13: 4,999.999 kWc passes and 5,000 kWc fails after 2025-03-06; 3 MW applied before', () => {
    const ok = checkEligibility({ date: '2025-03-06', participants: op(0.01, { powerKw: 4999.999 }) });
    expect(ok.verdict).toBe('pass');
    expect(ok.measures.productionPowerW).toBe(4_999_999);
    const at5 = checkEligibility({ date: '2025-03-06', participants: op(0.01, { powerKw: 5000 }) });
    expect(at5.verdict).toBe('fail');
    expect(rule(at5, 'power-cap-mainland').detail).toBe('production power 5 MW ≥ 5 MW');
    const before = checkEligibility({ date: '2025-03-05', participants: op(0.01, { powerKw: 4990 }) });
    expect(before.verdict).toBe('fail');
    expect(rule(before, 'power-cap-mainland').source).toMatch(/\(3 MW\)/);
  });

  it('sums producers and prosumers only, in whole watts (0.1 + 0.2 kW = 300 W exactly)', () => {
    const ps: EligibilityParticipant[] = [
      { id: 'a', role: 'producer', lat: 45, lon: 2, powerKw: 0.1 },
      { id: 'b', role: 'prosumer', lat: 45, lon: 2, powerKw: 0.2 },
      { id: 'c', role: 'consumer', lat: 45, lon: 2, powerKw: 9000 },
      { id: 'd', role: 'storage', lat: 45, lon: 2, powerKw: 9000 },
    ];
    expect(checkEligibility({ date: '2025-06-01', participants: ps }).measures.productionPowerW).toBe(300);
  });

  it('uses 0.5 MW in a ZNI and no mainland derogation there', () => {
    const zni = checkEligibility({ date: '2025-06-01', zni: true, participants: op(0.01, { powerKw: 499.999 }) });
    expect(zni.verdict).toBe('pass');
    expect(rule(zni, 'power-cap-mainland').verdict).toBe('not_applicable');
    const big = checkEligibility({ date: '2025-06-01', zni: true, participants: op(0.135, { powerKw: 500, density: ['rural', 'rural', 'rural'] }) });
    expect(big.verdict).toBe('fail');
    expect(rule(big, 'power-cap-zni').verdict).toBe('fail');
    expect(rule(big, 'derogation-20km-rural').verdict).toBe('not_applicable');
  });

  it('is unknown when a producer has no power', () => {
    const r = checkEligibility({ date: '2025-06-01', participants: op(0.01, { powerKw: null }) });
    expect(r.verdict).toBe('unknown');
    expect(r.measures.missingPower).toEqual(['pv']);
  });
});

describe('checkEligibility: 2025 public-body derogation', () => {
  it('A14: 9.5 MW, 25 km apart, declared public bodies → eligible (EPCI perimeter, < 10 MW)', () => {
    const ps = op(0.225, { powerKw: 9500 });
    expect(checkEligibility({ date: '2025-06-01', participants: ps }).verdict).toBe('fail');
    const r = checkEligibility({ date: '2025-06-01', participants: ps, publicBody: true });
    expect(r.verdict).toBe('pass');
    expect(r.derogationsNeeded).toEqual(['derogation-public-body']);
    expect(r.notChecked.join(' ')).toMatch(/declared, not checked/);
    expect(checkEligibility({ date: '2025-06-01', participants: op(0.225, { powerKw: 10000 }), publicBody: true }).verdict).toBe('fail');
  });

  it('does not exist before 2025-03-06', () => {
    const r = checkEligibility({ date: '2025-03-05', participants: op(0.225, { powerKw: 2000 }), publicBody: true });
    expect(r.verdict).toBe('fail');
    expect(r.rules.map((x) => x.id)).not.toContain('derogation-public-body');
  });
});

describe('checkEligibility: input', () => {
  it('rejects malformed dates and dates before any rule', () => {
    expect(() => checkEligibility({ date: '2025-02-30', participants: op(0.01) })).toThrow(AccInputError);
    expect(() => checkEligibility({ date: '25-01-01', participants: op(0.01) })).toThrow(/YYYY-MM-DD/);
    expect(() => checkEligibility({ date: '2019-11-24', participants: op(0.01) })).toThrow(/2019-11-25/);
  });
});
