import { heat } from '@trajectoire/engines';
import { encodeCsv, parseCsv } from '@trajectoire/domain/tabular/index';
import type { HeatFlow } from './types';

/**
 * flows.csv as the engine writes it (same columns and fixed decimals), with the coordinates of both ends added.
 * The engine's writer is fed the stored flows as a study of their own ends; every cell then goes through the
 * domain's CSV encoder, which neutralises spreadsheet formulas (ids and names come from user files).
 */
export function flowsExportCsv(flows: readonly HeatFlow[]): string {
  const study = {
    sources: flows.map((f) => ({ ...f.source, kind: f.source.kind as heat.SourceKind, annualMwh: 0, temperatureC: 0 })),
    sinks: flows.map((f) => ({ ...f.sink, kind: f.sink.kind as heat.SinkKind, annualMwh: 0, supplyTemperatureC: 0 })),
  };
  const arcs = flows.map((f, k) => ({ source: k, sink: k, breakdown: f.breakdown }));
  const allocation = { flows: Float64Array.from(flows.map((f) => f.recoveredMwh)) } as heat.Allocation;
  const engineRows = parseCsv(heat.flowsCsv(study, arcs, allocation), ',').map((r) => r.cells);
  const [header, ...rows] = engineRows;
  const coords = (f: HeatFlow) => [f.source.name, f.source.lat.toFixed(6), f.source.lon.toFixed(6), f.sink.name, f.sink.lat.toFixed(6), f.sink.lon.toFixed(6)];
  return encodeCsv(
    [
      ['rank', ...header, 'cost_eur_per_mwh', 'source_name', 'source_lat', 'source_lon', 'sink_name', 'sink_lat', 'sink_lon'],
      ...rows.map((r, k) => [String(flows[k].rank), ...r, flows[k].costEurPerMwh.toFixed(4), ...coords(flows[k])]),
    ],
    { separator: ',', bom: false },
  );
}

/** One LineString per flow, source → sink, in WGS 84 (RFC 7946 order: lon, lat). */
export function flowsGeoJson(flows: readonly HeatFlow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: flows.map((f) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: [[f.source.lon, f.source.lat], [f.sink.lon, f.sink.lat]] },
      properties: {
        rank: f.rank, sourceId: f.source.id, sourceName: f.source.name, sinkId: f.sink.id, sinkName: f.sink.name,
        recoveredMwh: f.recoveredMwh, deliveredMwh: f.deliveredMwh, costEur: f.costEur, costEurPerMwh: f.costEurPerMwh,
        mode: f.breakdown.mode, distanceM: f.breakdown.distanceM, explanation: f.explanation,
      },
    })),
  };
}
