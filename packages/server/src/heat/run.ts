import { heat } from '@trajectoire/engines';
import type { heatLayers, heatStudies } from './schema';
import type { HeatArcRow, HeatFeature, HeatFlow, HeatStudyResult, PotentialMode } from './types';

/** Kept arcs stored with a study, cheapest first; flows (the arcs in use) always keep their full breakdown. */
export const MAX_STORED_ARCS = 5_000;

type Layer = typeof heatLayers.$inferSelect;
type Study = typeof heatStudies.$inferSelect;

/** The annual MWh a source offers under the study's potential mode; sites without a range keep their annual figure. */
export function potentialOf(f: HeatFeature, mode: PotentialMode): number {
  if (f.minMwh === undefined && f.maxMwh === undefined) return f.annualMwh;
  const min = f.minMwh ?? f.annualMwh;
  const max = f.maxMwh ?? f.annualMwh;
  return mode === 'min' ? min : mode === 'max' ? max : (min + max) / 2;
}

export function engineStudy(sources: Layer, sinks: Layer, mode: PotentialMode): heat.HeatStudy {
  return {
    sources: sources.features.map((f) => ({ id: f.id, kind: f.kind as heat.SourceKind, name: f.name, lat: f.lat, lon: f.lon, annualMwh: potentialOf(f, mode), temperatureC: f.temperatureC! })),
    sinks: sinks.features.map((f) => ({ id: f.id, kind: f.kind as heat.SinkKind, name: f.name, lat: f.lat, lon: f.lon, annualMwh: f.annualMwh, supplyTemperatureC: f.supplyTemperatureC! })),
  };
}

const fmt = (x: number, d = 0) => x.toLocaleString('fr-FR', { maximumFractionDigits: d, minimumFractionDigits: d });

/** A sentence a user can check by hand against the breakdown (French: it is shown in the action sheet). */
export function explain(src: string, sink: string, b: heat.ArcBreakdown, recovered: number): string {
  const how = b.mode === 'direct' ? 'échangeur direct' : `pompe à chaleur (COP ${fmt(b.cop ?? 0, 2)})`;
  return (
    `Récupération de chaleur fatale ${src} → ${sink} : ${fmt(recovered)} MWh/an récupérés, ${fmt(recovered * b.gain)} MWh/an livrés ` +
    `(${how}). Liaison de ${fmt(b.distanceM / 1000, 1)} km (tranchée ${fmt(b.trenchM / 1000, 1)} km, pertes ${fmt(b.lossMwh)} MWh/an), ` +
    `investissement ${fmt(b.investment.totalEur / 1e6, 2)} M€, coût annuel ${fmt(b.annualCostEur / 1e3)} k€ soit ${fmt(b.costEurPerMwh, 1)} €/MWh récupéré ` +
    `(${fmt(b.costEurPerDeliveredMwh, 1)} €/MWh livré). Estimation de pré-faisabilité (moteur chaleur fatale de Trajectoire).`
  );
}

/** Runs both stages and the merit curve, and shapes the stored result: opportunities ranked by recovered MWh. */
export async function computeStudy(study: Study, sources: Layer, sinks: Layer): Promise<HeatStudyResult> {
  const mode = study.potentialMode as PotentialMode;
  const input = engineStudy(sources, sinks, mode);
  const objective = study.objectiveMwh ? { mwh: study.objectiveMwh, basis: 'recovered' as const } : undefined;
  const run = await heat.runStudy(input, study.params, { objective });
  const end = (f: { id: string; kind: string; name: string; lat: number; lon: number }) => ({ id: f.id, kind: f.kind, name: f.name, lat: f.lat, lon: f.lon });
  const flows: HeatFlow[] = [];
  run.stage1.arcs.forEach((a, k) => {
    const f = run.allocation.flows[k];
    if (!(f > 0)) return;
    const b = a.breakdown;
    const src = input.sources[a.source];
    const snk = input.sinks[a.sink];
    flows.push({
      rank: 0, source: end(src), sink: end(snk), recoveredMwh: f, deliveredMwh: f * b.gain, costEur: f * b.costEurPerMwh,
      costEurPerMwh: b.costEurPerMwh, breakdown: b, explanation: explain(src.name, snk.name, b, f),
    });
  });
  flows.sort((x, y) => y.recoveredMwh - x.recoveredMwh || x.costEurPerMwh - y.costEurPerMwh);
  flows.forEach((f, i) => (f.rank = i + 1));
  const arcs: HeatArcRow[] = run.stage1.arcs
    .map((a) => ({
      sourceId: input.sources[a.source].id, sinkId: input.sinks[a.sink].id, distanceM: a.breakdown.distanceM, mode: a.breakdown.mode,
      cop: a.breakdown.cop, capacityMwh: a.breakdown.capacityMwh, costEurPerMwh: a.breakdown.costEurPerMwh,
    }))
    .sort((x, y) => x.costEurPerMwh - y.costEurPerMwh);
  return {
    summary: run.summary,
    flows,
    arcs: arcs.slice(0, MAX_STORED_ARCS),
    arcCount: arcs.length,
    arcsTruncated: arcs.length > MAX_STORED_ARCS,
    merit: run.merit?.points ?? [],
    params: run.params as unknown as Record<string, unknown>,
    potentialMode: mode,
  };
}
