import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_M, haversineM, PointIndex } from './distance';

describe('haversineM', () => {
  it('one degree along the equator or a meridian is R·π/180', () => {
    // 6,371,008.8 × π / 180 = 6,371,008.8 × 0.0174532925199 = 111,195.080 m
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(111_195.08, 1);
    expect(haversineM(10, 5, 11, 5)).toBeCloseTo(111_195.08, 1);
  });

  it('equator to pole is a quarter great circle, R·π/2', () => {
    // 6,371,008.8 × 1.5707963268 = 10,007,557.22 m
    expect(haversineM(0, 0, 90, 0)).toBeCloseTo(10_007_557.22, 1);
  });

  it('Paris Notre-Dame (48.8530, 2.3499) to Lyon Bellecour (45.7578, 4.8320)', () => {
    // Δφ = −3.0952° = −0.0540214 rad; Δλ = 2.4821° = 0.0433208 rad
    // sin²(Δφ/2) = 0.00072940; cos φ₁·cos φ₂ = 0.65795 × 0.69773 = 0.45908; sin²(Δλ/2) = 0.00046910
    // a = 0.00072940 + 0.45908 × 0.00046910 = 0.00094475; d = 2R·asin(√a) = 2 × 6,371,008.8 × 0.0307428 = 391,711.3 m
    expect(haversineM(48.853, 2.3499, 45.7578, 4.832)).toBeCloseTo(391_711.28, 0);
  });

  it('is symmetric and zero on a point', () => {
    expect(haversineM(48.1, 2.2, 48.1, 2.2)).toBe(0);
    expect(haversineM(48.1, 2.2, -21.1, 55.5)).toBe(haversineM(-21.1, 55.5, 48.1, 2.2));
  });

  it('uses the IUGG mean radius', () => {
    expect(EARTH_RADIUS_M).toBe(6_371_008.8);
  });
});

/** All-pairs reference: the quadratic scan the index must reproduce exactly. */
function bruteForce(points: [number, number][], q: [number, number], r: number): number[] {
  return points.flatMap(([lat, lon], i) => (haversineM(q[0], q[1], lat, lon) <= r ? [i] : []));
}

function indexed(points: [number, number][], q: [number, number], r: number): number[] {
  const index = new PointIndex(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
  );
  const found: number[] = [];
  index.within(q[0], q[1], r, (i, d) => {
    expect(d).toBe(haversineM(q[0], q[1], points[i][0], points[i][1]));
    found.push(i);
  });
  return found.sort((a, b) => a - b);
}

describe('PointIndex', () => {
  const lat = fc.double({ min: -90, max: 90, noNaN: true });
  const lon = fc.double({ min: -180, max: 180, noNaN: true });

  it('finds exactly the points an all-pairs scan finds, around France (clustered, km-scale radii)', () => {
    const france = fc.tuple(fc.double({ min: 41, max: 51.5, noNaN: true }), fc.double({ min: -5.5, max: 10, noNaN: true }));
    fc.assert(
      fc.property(fc.array(france, { maxLength: 300 }), france, fc.double({ min: 1, max: 60_000, noNaN: true }), (pts, q, r) => {
        expect(indexed(pts, q, r)).toEqual(bruteForce(pts, q, r));
      }),
      { numRuns: 200 },
    );
  });

  it('finds exactly the same points anywhere on the globe, including near the poles and across ±180°', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(lat, lon), { maxLength: 200 }), fc.tuple(lat, lon), fc.double({ min: 0, max: 3_000_000, noNaN: true }), (pts, q, r) => {
        expect(indexed(pts, q, r)).toEqual(bruteForce(pts, q, r));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps points exactly on the radius and handles a query straddling the antimeridian', () => {
    const pts: [number, number][] = [
      [0, 179.9],
      [0, -179.9],
      [0, 0],
    ];
    const r = haversineM(0, 179.95, 0, 179.9); // the two points are at the same distance from the query
    expect(indexed(pts, [0, 179.95], r)).toEqual([0]);
    // From 180°, the points at 179.9° and −179.9° are both 0.1° (≈ 11.1 km) away, on either side of the antimeridian.
    expect(indexed(pts, [0, 180], 11_200)).toEqual([0, 1]);
    expect(indexed(pts, [0, -180], 11_200)).toEqual([0, 1]);
  });

  it('returns nothing on an empty index', () => {
    expect(indexed([], [48, 2], 1000)).toEqual([]);
  });
});
