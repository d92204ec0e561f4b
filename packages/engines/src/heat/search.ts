import { eurPerMTrench, PIPE_CLASSES } from './costs';
import { PointIndex } from './distance';
import type { HeatParams } from './params';

/**
 * Economic search radius for a pair whose arc can carry at most `upperMwh` (≤ min(S, D)): `radius_m`, narrowed to
 * the distance beyond which the smallest pipe alone would cost more than `max_cost_eur_per_mwh` per MWh:
 *     fixed rate × 2 × 195 €/m × detour × d / upper > max cost.
 * Every pair beyond it would be dropped on cost anyway (the arc's own lower bound contains this term), so the kept
 * arcs are exactly those of the full radius, while a 300 MWh laundry no longer scans 20 km of city.
 */
export function searchRadiusM(upperMwh: number, params: HeatParams, fixedRate: number): number {
  const perM = fixedRate * eurPerMTrench(PIPE_CLASSES[0]) * params.detour_factor;
  const economic = (params.max_cost_eur_per_mwh * upperMwh) / perM;
  return Math.min(params.radius_m, economic * (1 + 1e-9)); // slack: never lose a pair to rounding
}

/**
 * Sinks indexed in buckets of demand (powers of two of MWh), one k-d index per bucket. A source queries each bucket
 * with the economic radius of the bucket's largest demand, so the many small sinks are searched over a few
 * kilometres and only the few large ones over the full radius.
 */
export class SinkSearch {
  private readonly buckets: { maxMwh: number; ids: Int32Array; index: PointIndex }[] = [];

  constructor(lat: ArrayLike<number>, lon: ArrayLike<number>, demandMwh: ArrayLike<number>) {
    const byKey = new Map<number, number[]>();
    for (let j = 0; j < demandMwh.length; j++) {
      const d = demandMwh[j];
      const key = d > 0 ? Math.ceil(Math.log2(d)) : -Infinity;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(j);
    }
    for (const list of byKey.values()) {
      const ids = Int32Array.from(list);
      const maxMwh = list.reduce((m, j) => Math.max(m, demandMwh[j]), 0);
      this.buckets.push({ maxMwh, ids, index: new PointIndex(Array.from(ids, (j) => lat[j]), Array.from(ids, (j) => lon[j])) });
    }
  }

  /** Visit every sink within the economic radius of a source of `supplyMwh`; order unspecified. */
  within(lat: number, lon: number, supplyMwh: number, params: HeatParams, fixedRate: number, visit: (j: number, d: number) => void): void {
    for (const b of this.buckets) {
      const r = searchRadiusM(Math.min(supplyMwh, b.maxMwh), params, fixedRate);
      b.index.within(lat, lon, r, (i, d) => visit(b.ids[i], d));
    }
  }
}
