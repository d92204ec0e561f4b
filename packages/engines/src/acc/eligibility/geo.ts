/**
 * Great-circle distances on a sphere (haversine). The arrêté of 21 Nov 2019 only says "la distance séparant les
 * deux participants les plus éloignés"; we read it as the great-circle distance between the declared points
 * (delivery point for consumers, injection point for producers). R is the IUGG mean Earth radius.
 */
import { RAD, haversineM } from '../../geo';

export { EARTH_RADIUS_M, haversineM } from '../../geo';

export interface Diameter {
  /** Largest pairwise distance in metres (0 with fewer than two points). */
  metres: number;
  /** Indices of the two most distant points (ties: the first pair met in (i, j) order); null with < 2 points. */
  pair: [number, number] | null;
}

/**
 * The two most distant points, by exhaustive O(n²) search. For the few hundred or thousand points of an operation
 * that is milliseconds; it avoids the subtleties of spherical convex hulls. The inner loop compares the haversine
 * term a = sin²(Δφ/2) + cos φᵢ cos φⱼ sin²(Δλ/2), which is monotonic in the distance, so asin and sqrt run once.
 * sin²(Δλ/2) is expanded as (1 − cos Δλ)/2 = (1 − cos λᵢ cos λⱼ − sin λᵢ sin λⱼ)/2 from precomputed typed arrays,
 * which removes every trigonometric call from the loop. That expansion loses precision for tiny Δλ (cancellation),
 * so the winning pair's distance is recomputed with the direct formula.
 */
export function diameter(latDeg: ArrayLike<number>, lonDeg: ArrayLike<number>): Diameter {
  const n = latDeg.length;
  if (n < 2) return { metres: 0, pair: null };
  const cosLat = new Float64Array(n);
  const sinLat = new Float64Array(n);
  const cosLon = new Float64Array(n);
  const sinLon = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cosLat[i] = Math.cos(latDeg[i] * RAD);
    sinLat[i] = Math.sin(latDeg[i] * RAD);
    cosLon[i] = Math.cos(lonDeg[i] * RAD);
    sinLon[i] = Math.sin(lonDeg[i] * RAD);
  }
  let best = -1;
  let bi = 0;
  let bj = 1;
  for (let i = 0; i < n - 1; i++) {
    const ci = cosLat[i];
    const si = sinLat[i];
    const cli = cosLon[i];
    const sli = sinLon[i];
    for (let j = i + 1; j < n; j++) {
      // sin²(Δφ/2) = (1 − cos Δφ)/2 with cos Δφ = cos φᵢ cos φⱼ + sin φᵢ sin φⱼ; likewise for Δλ.
      const hφ = (1 - (ci * cosLat[j] + si * sinLat[j])) / 2;
      const hλ = (1 - (cli * cosLon[j] + sli * sinLon[j])) / 2;
      const a = hφ + ci * cosLat[j] * hλ;
      if (a > best) {
        best = a;
        bi = i;
        bj = j;
      }
    }
  }
  return { metres: haversineM(latDeg[bi], lonDeg[bi], latDeg[bj], lonDeg[bj]), pair: [bi, bj] };
}
