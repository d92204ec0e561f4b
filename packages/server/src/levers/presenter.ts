import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, COP_DIMENSIONS, COP_DIMENSION_LABELS_FR, COP_SECTOR_LABELS_FR, type CopSector } from '@trajectoire/domain';
import type { copLevers, leverSets } from './schema';

const byStatus = z.record(z.enum(ACTION_STATUSES), z.number().int());
const actionRef = z.object({ id: z.string(), title: z.string(), status: z.enum(ACTION_STATUSES) }).openapi('ActionRef');
const impacts = {
  impactTco2ePerYear: z.number().openapi({ description: 'Sum of expected impacts (tCO2e/yr), abandoned actions excluded' }),
  impactMwhPerYear: z.number().openapi({ description: 'Sum of expected impacts (MWh/yr), abandoned actions excluded' }),
};

export const copLeverSchema = z
  .object({ code: z.string(), sector: z.string(), labelFr: z.string(), dimensions: z.array(z.string()), position: z.number().int() })
  .openapi('CopLever');

export const leverSetSchema = z
  .object({
    version: z.string(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    loadedAt: z.string(),
    sectors: z.array(z.object({ code: z.string(), labelFr: z.string() })),
    dimensions: z.array(z.object({ code: z.enum(COP_DIMENSIONS), labelFr: z.string() })),
    levers: z.array(copLeverSchema),
  })
  .openapi('CopLeverSet');

const leverRow = z
  .object({
    code: z.string(),
    sector: z.string(),
    labelFr: z.string(),
    dimensions: z.array(z.string()),
    actionCount: z.number().int(),
    byStatus,
    ...impacts,
    covered: z.boolean().openapi({ description: 'At least one action not abandoned is tagged with the lever' }),
    actions: z.array(actionRef),
  })
  .openapi('LeverMatrixRow');

export const dimensionTotalSchema = z
  .object({
    dimension: z.enum(COP_DIMENSIONS),
    labelFr: z.string(),
    leverCount: z.number().int(),
    coveredLeverCount: z.number().int(),
    actionCount: z.number().int().openapi({ description: 'Distinct actions tagged with a lever of the dimension' }),
    byStatus,
    ...impacts,
    actions: z.array(actionRef),
  })
  .openapi('LeverDimensionTotal');

export const leverMatrixSchema = z
  .object({
    planId: z.string(),
    leverSetVersion: z.string(),
    leverCount: z.number().int(),
    coveredLeverCount: z.number().int(),
    taggedActionCount: z.number().int(),
    sectors: z.array(z.object({ sector: z.string(), labelFr: z.string(), levers: z.array(leverRow) })),
    dimensions: z.array(dimensionTotalSchema),
  })
  .openapi('LeverMatrix');

export const sectorLabel = (code: string) => COP_SECTOR_LABELS_FR[code as CopSector] ?? code;

export function presentLeverSet(set: typeof leverSets.$inferSelect, levers: (typeof copLevers.$inferSelect)[]): z.infer<typeof leverSetSchema> {
  const sectorCodes = [...new Set(levers.map((l) => l.sector))];
  return {
    version: set.version,
    source: set.source,
    sourceUrl: set.sourceUrl,
    loadedAt: set.loadedAt.toISOString(),
    sectors: sectorCodes.map((code) => ({ code, labelFr: sectorLabel(code) })),
    dimensions: COP_DIMENSIONS.map((code) => ({ code, labelFr: COP_DIMENSION_LABELS_FR[code] })),
    levers: levers.map((l) => ({ code: l.code, sector: l.sector, labelFr: l.labelFr, dimensions: l.dimensions, position: l.position })),
  };
}
