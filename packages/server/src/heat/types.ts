import type { heat } from '@trajectoire/engines';

/** One validated site of a layer, in WGS 84. Sources carry temperatureC, sinks supplyTemperatureC. */
export interface HeatFeature {
  id: string;
  kind: string;
  name: string;
  lat: number;
  lon: number;
  annualMwh: number;
  temperatureC?: number;
  supplyTemperatureC?: number;
  /** Cerema-style potential range (MWh/yr), when the file gives one. */
  minMwh?: number;
  maxMwh?: number;
}

export type PotentialMode = 'min' | 'mean' | 'max';

export interface FlowEnd {
  id: string;
  kind: string;
  name: string;
  lat: number;
  lon: number;
}

/** One arc carrying heat in the optimal allocation, with every figure behind its cost. */
export interface HeatFlow {
  rank: number;
  source: FlowEnd;
  sink: FlowEnd;
  recoveredMwh: number;
  deliveredMwh: number;
  costEur: number;
  costEurPerMwh: number;
  breakdown: heat.ArcBreakdown;
  explanation: string;
}

/** A kept arc (stage 1), without its breakdown (flows carry the breakdown of the arcs that are used). */
export interface HeatArcRow {
  sourceId: string;
  sinkId: string;
  distanceM: number;
  mode: string;
  cop: number | null;
  capacityMwh: number;
  costEurPerMwh: number;
}

export interface HeatStudyResult {
  summary: heat.HeatSummary;
  flows: HeatFlow[];
  arcs: HeatArcRow[];
  arcCount: number;
  arcsTruncated: boolean;
  merit: heat.MeritPoint[];
  params: Record<string, unknown>;
  potentialMode: PotentialMode;
}
