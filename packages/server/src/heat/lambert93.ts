/**
 * Lambert-93 (EPSG:2154) → WGS 84, written from the IGN's published algorithms (notes NT/G 71: ALG0001 isometric
 * latitude, ALG0002 latitude from isometric latitude, ALG0004 inverse conformal conic). RGF93 uses the GRS80
 * ellipsoid and coincides with WGS 84 to well under a metre, so no datum shift is applied.
 */
export const GRS80_A = 6_378_137;
export const GRS80_E = 0.0818191910428158; // first eccentricity, e² = 0.006694380022903
/** IGN projection constants of Lambert-93 (standard parallels 44° and 49° N, origin 46°30' N 3° E). */
export const LAMBERT93 = {
  n: 0.725607765053267,
  c: 11_754_255.426096,
  xs: 700_000,
  ys: 12_655_612.049876,
  lambda0: (3 * Math.PI) / 180,
} as const;

/** Mainland France in Lambert-93 metres (with a margin); DROM use other projections. */
export const LAMBERT93_BOUNDS = { xMin: 0, xMax: 1_300_000, yMin: 6_000_000, yMax: 7_200_000 } as const;

export function inLambert93Range(x: number, y: number): boolean {
  const b = LAMBERT93_BOUNDS;
  return x >= b.xMin && x <= b.xMax && y >= b.yMin && y <= b.yMax;
}

/** ALG0001: isometric latitude of φ (radians) on an ellipsoid of eccentricity e. */
export function isometricLatitude(phi: number, e = GRS80_E): number {
  const es = e * Math.sin(phi);
  return Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - es) / (1 + es), e / 2));
}

/** ALG0002: φ from isometric latitude L, by fixed-point iteration to 1e-12 rad (≈ 6 µm). */
export function latitudeFromIsometric(l: number, e = GRS80_E): number {
  const expL = Math.exp(l);
  let phi = 2 * Math.atan(expL) - Math.PI / 2;
  for (let i = 0; i < 50; i++) {
    const es = e * Math.sin(phi);
    const next = 2 * Math.atan(Math.pow((1 + es) / (1 - es), e / 2) * expL) - Math.PI / 2;
    if (Math.abs(next - phi) < 1e-12) return next;
    phi = next;
  }
  return phi;
}

/** ALG0004: Lambert-93 (x, y) in metres → WGS 84 latitude and longitude in degrees. */
export function lambert93ToWgs84(x: number, y: number): { lat: number; lon: number } {
  const { n, c, xs, ys, lambda0 } = LAMBERT93;
  const dx = x - xs;
  const dy = y - ys;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / -dy);
  const lambda = lambda0 + gamma / n;
  const l = -Math.log(Math.abs(r / c)) / n;
  const phi = latitudeFromIsometric(l);
  return { lat: (phi * 180) / Math.PI, lon: (lambda * 180) / Math.PI };
}

/** ALG0003 (forward), used by the demo and tests to express known WGS 84 points in Lambert-93. */
export function wgs84ToLambert93(lat: number, lon: number): { x: number; y: number } {
  const { n, c, xs, ys, lambda0 } = LAMBERT93;
  const r = c * Math.exp(-n * isometricLatitude((lat * Math.PI) / 180));
  const theta = n * ((lon * Math.PI) / 180 - lambda0);
  return { x: xs + r * Math.sin(theta), y: ys - r * Math.cos(theta) };
}
