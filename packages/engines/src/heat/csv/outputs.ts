import { csvField } from '../../acc/csv/line';
import type { Arc, HeatStudy } from '../arcs';
import type { Allocation } from '../lp';
import type { MeritCurve } from '../merit';
import type { HeatSummary } from '../summary';

// Fixed decimals keep files diffable and stable: 0.1 m, 1 kWh, 1 c€.
const m = (x: number) => x.toFixed(1);
const mwh = (x: number) => x.toFixed(3);
const eur = (x: number) => x.toFixed(2);
const rate = (x: number) => x.toFixed(4);

/** arcs.csv: one line per kept arc, in stage 1 order. */
export function arcsCsv(study: HeatStudy, arcs: readonly Arc[]): string {
  const lines = ['source_id,sink_id,distance_m,mode,cop,capacity_mwh,cost_eur_per_mwh'];
  for (const a of arcs) {
    const b = a.breakdown;
    lines.push(
      [csvField(study.sources[a.source].id), csvField(study.sinks[a.sink].id), m(b.distanceM), b.mode, b.cop === null ? '' : rate(b.cop), mwh(b.capacityMwh), rate(b.costEurPerMwh)].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** flows.csv: arcs that carry heat in the optimal allocation. delivered = recovered × gain; cost = recovered × arc cost. */
export function flowsCsv(study: HeatStudy, arcs: readonly Arc[], allocation: Allocation): string {
  const lines = ['source_id,sink_id,recovered_mwh,delivered_mwh,cost_eur'];
  arcs.forEach((a, k) => {
    const f = allocation.flows[k];
    if (!(f > 0)) return;
    const b = a.breakdown;
    lines.push([csvField(study.sources[a.source].id), csvField(study.sinks[a.sink].id), mwh(f), mwh(f * b.gain), eur(f * b.costEurPerMwh)].join(','));
  });
  return lines.join('\n') + '\n';
}

/** merit.csv: maximum recoverable heat with only the arcs at or under each cost threshold. */
export function meritCsv(curve: MeritCurve): string {
  const lines = ['threshold_eur_per_mwh,arcs,recoverable_mwh'];
  for (const p of curve.points) lines.push([rate(p.thresholdEurPerMwh), String(p.arcs), mwh(p.recoverableMwh)].join(','));
  return lines.join('\n') + '\n';
}

/** summary.json, pretty-printed with a final newline. */
export function summaryJson(summary: HeatSummary): string {
  return JSON.stringify(summary, null, 2) + '\n';
}
