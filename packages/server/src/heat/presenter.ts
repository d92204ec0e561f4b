import { z } from '@hono/zod-openapi';
import type { heatLayers, heatStudies } from './schema';
import type { HeatFeature } from './types';

export const layerIssueSchema = z
  .object({ code: z.string(), row: z.number().int().optional(), column: z.string().optional(), message: z.string() })
  .openapi('HeatLayerIssue');

export const heatLayerSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    kind: z.enum(['sources', 'sinks']),
    territoryId: z.string().nullable(),
    crs: z.string().openapi({ description: 'CRS of the imported file; features are stored and served in EPSG:4326' }),
    crsDetected: z.enum(['declared', 'detected']),
    fileName: z.string(),
    note: z.string(),
    featureCount: z.number().int(),
    totalMwh: z.number(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('HeatLayer');

const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
  properties: z.record(z.string(), z.unknown()),
});
export const heatLayerDetailSchema = heatLayerSchema
  .extend({ features: z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) }) })
  .openapi('HeatLayerDetail');

type LayerRow = typeof heatLayers.$inferSelect;

export function presentLayer(row: LayerRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    kind: row.kind as 'sources' | 'sinks',
    territoryId: row.territoryId,
    crs: row.crs,
    crsDetected: row.crsDetected as 'declared' | 'detected',
    fileName: row.fileName,
    note: row.note,
    featureCount: row.features.length,
    totalMwh: row.features.reduce((s, f) => s + f.annualMwh, 0),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export const featureCollection = (features: HeatFeature[]) => ({
  type: 'FeatureCollection' as const,
  features: features.map(({ lat, lon, ...properties }) => ({
    type: 'Feature' as const,
    id: properties.id,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
    properties: properties as Record<string, unknown>,
  })),
});

export const presentLayerDetail = (row: LayerRow) => ({ ...presentLayer(row), features: featureCollection(row.features) });

const endSchema = z.object({ id: z.string(), kind: z.string(), name: z.string(), lat: z.number(), lon: z.number() });
export const heatFlowSchema = z
  .object({
    rank: z.number().int(),
    source: endSchema,
    sink: endSchema,
    recoveredMwh: z.number(),
    deliveredMwh: z.number(),
    costEur: z.number(),
    costEurPerMwh: z.number(),
    breakdown: z.record(z.string(), z.unknown()).openapi({ description: 'ArcBreakdown of the engine: every figure behind the cost' }),
    explanation: z.string(),
  })
  .openapi('HeatFlow');

export const heatResultSchema = z
  .object({
    summary: z.record(z.string(), z.unknown()).openapi({ description: 'HeatSummary of the engine, objective coverage included' }),
    flows: z.array(heatFlowSchema).openapi({ description: 'Ranked opportunities: arcs carrying heat, by recovered MWh' }),
    arcs: z.array(z.record(z.string(), z.unknown())),
    arcCount: z.number().int(),
    arcsTruncated: z.boolean(),
    merit: z.array(z.object({ thresholdEurPerMwh: z.number(), arcs: z.number().int(), recoverableMwh: z.number() })),
    params: z.record(z.string(), z.unknown()),
    potentialMode: z.enum(['min', 'mean', 'max']),
  })
  .openapi('HeatStudyResult');

export const heatStudySchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    description: z.string(),
    sourceLayerId: z.uuid(),
    sinkLayerId: z.uuid(),
    params: z.record(z.string(), z.unknown()),
    potentialMode: z.enum(['min', 'mean', 'max']),
    objectiveMwh: z.number().nullable(),
    status: z.enum(['draft', 'computed', 'stale']),
    computedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('HeatStudy');
export const heatStudyDetailSchema = heatStudySchema.extend({ result: heatResultSchema.nullable() }).openapi('HeatStudyDetail');

type StudyRow = typeof heatStudies.$inferSelect;

export function presentStudy(row: StudyRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    sourceLayerId: row.sourceLayerId,
    sinkLayerId: row.sinkLayerId,
    params: row.params,
    potentialMode: row.potentialMode as 'min' | 'mean' | 'max',
    objectiveMwh: row.objectiveMwh,
    status: row.status as 'draft' | 'computed' | 'stale',
    computedAt: row.computedAt ? row.computedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export const presentStudyDetail = (row: StudyRow) => ({
  ...presentStudy(row),
  result: row.result ? { ...row.result, summary: row.result.summary as unknown as Record<string, unknown>, flows: row.result.flows.map((f) => ({ ...f, breakdown: f.breakdown as unknown as Record<string, unknown> })), arcs: row.result.arcs as unknown as Record<string, unknown>[] } : null,
});
