import { describe, expect, it } from 'vitest';
import { GRS80_A, GRS80_E, isometricLatitude, LAMBERT93, lambert93ToWgs84, wgs84ToLambert93 } from './lambert93';

const rad = (d: number) => (d * Math.PI) / 180;
/** Radius of the parallel at φ: N(φ)·cos φ, N the prime-vertical radius of curvature of GRS80. */
const parallelRadius = (phiDeg: number) => (GRS80_A * Math.cos(rad(phiDeg))) / Math.sqrt(1 - GRS80_E ** 2 * Math.sin(rad(phiDeg)) ** 2);

describe('Lambert-93 inverse projection', () => {
  it('has the IGN constants that the definition (parallels 44° and 49°, origin 46.5° N 3° E, 700 km / 6,600 km) implies', () => {
    // Secant conic: both standard parallels are true to scale, so n = ln(r1/r2) / (L2 − L1) and C = r1·e^{nL1}/n.
    const l1 = isometricLatitude(rad(44));
    const l2 = isometricLatitude(rad(49));
    const n = Math.log(parallelRadius(44) / parallelRadius(49)) / (l2 - l1);
    const c = (parallelRadius(44) * Math.exp(n * l1)) / n;
    const ys = 6_600_000 + c * Math.exp(-n * isometricLatitude(rad(46.5)));
    expect(n).toBeCloseTo(LAMBERT93.n, 10);
    expect(Math.abs(c - LAMBERT93.c)).toBeLessThan(0.01);
    expect(Math.abs(ys - LAMBERT93.ys)).toBeLessThan(0.01);
  });

  it('maps the projection origin (700 000, 6 600 000) to 46°30′ N 3° E', () => {
    const p = lambert93ToWgs84(700_000, 6_600_000);
    expect(Math.abs(p.lat - 46.5) * 111_000).toBeLessThan(0.001);
    expect(Math.abs(p.lon - 3)).toBeLessThan(1e-12);
  });

  it('places Paris Notre-Dame (≈ 652 300, 6 861 300) near 48.853° N 2.349° E', () => {
    // The brief's figures are rounded (x, y to 100 m; lat, lon to 3 decimals) and its y lies ≈ 340 m south of the
    // cathedral (48°51′11″ N 2°20′59″ E); the exact checks are the constants and origin tests above.
    const p = lambert93ToWgs84(652_300, 6_861_300);
    expect(Math.abs(p.lat - 48.853) * 111_200).toBeLessThan(400);
    expect(Math.abs(p.lon - 2.349) * 73_200).toBeLessThan(150);
  });

  it('round-trips with the forward projection to the millimetre across mainland France', () => {
    for (const [lat, lon] of [[48.853, 2.349], [43.3, 5.37], [50.63, 3.06], [42.7, 9.45], [48.39, -4.49]]) {
      const { x, y } = wgs84ToLambert93(lat, lon);
      const back = lambert93ToWgs84(x, y);
      expect(Math.abs(back.lat - lat) * 111_200).toBeLessThan(0.001);
      expect(Math.abs(back.lon - lon) * 111_200).toBeLessThan(0.001);
    }
  });
});
