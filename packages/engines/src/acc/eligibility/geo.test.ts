import { describe, expect, it } from 'vitest';
import { diameter, EARTH_RADIUS_M, haversineM } from './geo';

// Hand computation: on one meridian the haversine reduces to d = 2R·asin(sin(Δφ/2)) = R·Δφ.
// Δφ = 0.01° = 0.01·π/180 rad = 1.745329251994329577e-4 rad, so with R = 6,371,008.8 m:
//   d = 6,371,008.8 × 1.745329251994329577e-4 = 1,111.950802335329 m (40-digit decimal arithmetic).
// Likewise 0.012° → 1,334.340962802395 m, 0.018° → 2,001.511444203592 m, 0.135° → 15,011.335831526943 m.
describe('haversine distance (R = 6,371,008.8 m)', () => {
  it('gives R·Δφ along a meridian, to the micrometre', () => {
    expect(EARTH_RADIUS_M).toBe(6_371_008.8);
    expect(haversineM(45, 2, 45.01, 2)).toBeCloseTo(1111.950802335, 6);
    expect(haversineM(0, 0, 0.01, 0)).toBeCloseTo(1111.950802335, 6);
    expect(haversineM(45.01, 2, 45, 2)).toBeCloseTo(1111.950802335, 6);
  });

  it('shrinks east-west distances by cos φ (60° N: half, up to third-order terms)', () => {
    // d = 2R·asin(cos 60°·sin(Δλ/2)) with Δλ/2 = 8.726646259971648e-5 rad. First order: R·Δλ/2 = 555.975401168 m.
    // Corrections: sin loses y³/6 (−7.06e-7 m), asin gains x³/6 with x = y/2 (+1.76e-7 m) → 555.975400638 m.
    expect(haversineM(60, 5, 60, 5.01)).toBeCloseTo(555.975400638, 6);
  });

  it('is 0 for identical points and half the circumference for antipodes', () => {
    expect(haversineM(48.85, 2.35, 48.85, 2.35)).toBe(0);
    expect(haversineM(0, 0, 0, 180)).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
  });
});

describe('diameter (two most distant participants)', () => {
  it('finds the extreme pair among points on a meridian', () => {
    // Latitudes 45.000, 45.005, 45.012, 45.003: the farthest pair is (0, 2), 0.012° apart = 1,334.340962802 m.
    const d = diameter([45, 45.005, 45.012, 45.003], [2, 2, 2, 2]);
    expect(d.pair).toEqual([0, 2]);
    expect(d.metres).toBeCloseTo(1334.340962802, 6);
  });

  it('compares east-west against north-south spans correctly', () => {
    // A cross centred near 60° N: the north-south arm is 0.012° of latitude (1,334.34 m); the east-west arm is
    // 0.02° of longitude, about R·0.02°·cos 60° ≈ 1,111.95 m; cross pairs are ≈ √(667² + 556²) ≈ 868 m.
    const d = diameter([60, 60.012, 60.006, 60.006], [5.01, 5.01, 5, 5.02]);
    expect(d.pair).toEqual([0, 1]);
    expect(d.metres).toBeCloseTo(1334.340962802, 6);
  });

  it('agrees with the direct pairwise maximum on scattered points', () => {
    // A deterministic scatter around Lyon; the reference is the plain double loop over haversineM.
    const lat: number[] = [];
    const lon: number[] = [];
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      lat.push(45.75 + (rnd() - 0.5) * 0.05);
      lon.push(4.85 + (rnd() - 0.5) * 0.07);
    }
    let best = 0;
    for (let i = 0; i < lat.length; i++) for (let j = i + 1; j < lat.length; j++) best = Math.max(best, haversineM(lat[i], lon[i], lat[j], lon[j]));
    expect(diameter(lat, lon).metres).toBeCloseTo(best, 6);
  });

  it('is 0 with no pair', () => {
    expect(diameter([45], [2])).toEqual({ metres: 0, pair: null });
    expect(diameter([], [])).toEqual({ metres: 0, pair: null });
  });
});
