import KDBush from 'kdbush';
import { EARTH_RADIUS_M, RAD } from '../geo';

export { EARTH_RADIUS_M, haversineM } from '../geo';

// Relative and absolute slack added to the search box so that rounding in the box never drops a point that the
// exact haversine test would keep; extra candidates cost one distance evaluation each and are then rejected.
const BOX_SLACK = 1e-9;
const BOX_SLACK_DEG = 1e-9;

/**
 * Static index over points (the sinks), answering "every point within r metres of (lat, lon)". kdbush holds the
 * points in plain degrees; a query asks it for a latitude/longitude box that provably contains the spherical cap
 * of angular radius δ = r/R, then keeps the points whose exact haversine distance is ≤ r.
 *
 * Why degrees and not a local metric projection: a French study can mix mainland points with La Réunion, Mayotte
 * or the Antilles, thousands of kilometres apart, and no single planar projection is accurate across them. The cap
 * bound is exact on the sphere wherever the points are: latitude ±δ, longitude ±asin(sin δ / cos φ₀) (the meridian
 * tangent to the cap), or every longitude when the cap reaches a pole. A box crossing ±180° is split in two.
 */
export class PointIndex {
  private readonly kd: KDBush;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly cosLat: Float64Array;

  constructor(lat: ArrayLike<number>, lon: ArrayLike<number>) {
    const n = lat.length;
    this.lat = Float64Array.from(lat);
    this.lon = Float64Array.from(lon);
    this.cosLat = this.lat.map((v) => Math.cos(v * RAD));
    this.kd = new KDBush(Math.max(1, n), 64, Float64Array);
    for (let i = 0; i < n; i++) this.kd.add(this.lon[i], this.lat[i]);
    if (n === 0) this.kd.add(1000, 1000); // kdbush needs one item; this one lies outside every query box
    this.kd.finish();
  }

  get size(): number {
    return this.lat.length;
  }

  /** Call `visit(i, distanceM)` for every indexed point within `radiusM` of (lat, lon), in no particular order. */
  within(lat: number, lon: number, radiusM: number, visit: (i: number, distanceM: number) => void): void {
    if (this.lat.length === 0 || !(radiusM >= 0)) return;
    const delta = radiusM / EARTH_RADIUS_M;
    const dLat = (delta / RAD) * (1 + BOX_SLACK) + BOX_SLACK_DEG;
    const minLat = lat - dLat;
    const maxLat = lat + dLat;
    const cos0 = Math.cos(lat * RAD);
    const s = Math.sin(Math.min(delta, Math.PI / 2));
    const boxes: [number, number, number, number][] = [];
    if (maxLat >= 90 || minLat <= -90 || delta >= Math.PI / 2 || s >= cos0) {
      boxes.push([-180, minLat, 180, maxLat]);
    } else {
      const dLon = (Math.asin(s / cos0) / RAD) * (1 + BOX_SLACK) + BOX_SLACK_DEG;
      const west = lon - dLon;
      const east = lon + dLon;
      boxes.push([Math.max(-180, west), minLat, Math.min(180, east), maxLat]);
      if (west < -180) boxes.push([west + 360, minLat, 180, maxLat]);
      if (east > 180) boxes.push([-180, minLat, east - 360, maxLat]);
    }
    const sinHalf = (x: number) => Math.sin(x / 2);
    const cosQ = Math.cos(lat * RAD);
    for (const [x0, y0, x1, y1] of boxes) {
      for (const i of this.kd.range(x0, y0, x1, y1)) {
        // Inline haversine with the cached cosine of the indexed point.
        const a1 = sinHalf((this.lat[i] - lat) * RAD);
        const a2 = sinHalf((this.lon[i] - lon) * RAD);
        const a = a1 * a1 + cosQ * this.cosLat[i] * a2 * a2;
        const d = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
        if (d <= radiusM) visit(i, d);
      }
    }
  }
}
