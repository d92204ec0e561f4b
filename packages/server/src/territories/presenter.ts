import { z } from '@hono/zod-openapi';
import { TERRITORY_KINDS, type TerritoryKind } from '@trajectoire/domain';
import type { territories } from './schema';

type Row = typeof territories.$inferSelect;

export const territoryRefSchema = z
  .object({ id: z.string(), kind: z.enum(TERRITORY_KINDS), code: z.string(), name: z.string() })
  .openapi('TerritoryRef');

export const territorySchema = z
  .object({
    id: z.string().openapi({ example: 'commune:42218' }),
    kind: z.enum(TERRITORY_KINDS),
    code: z.string().openapi({ description: 'COG code (commune, département, région) or SIREN (EPCI)' }),
    name: z.string(),
    siren: z.string().nullable(),
    epciType: z.string().nullable().openapi({ description: 'CC | CA | CU | METRO | MET69 for EPCI' }),
    population: z.number().int().nullable(),
    departementCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    postcodes: z.array(z.string()),
  })
  .openapi('Territory');
export type TerritoryDto = z.infer<typeof territorySchema>;

export const territoryDetailSchema = territorySchema
  .extend({
    parents: z.object({
      epcis: z.array(territoryRefSchema).openapi({ description: "A commune's EPCI (normally one)" }),
      departement: territoryRefSchema.nullable(),
      region: territoryRefSchema.nullable(),
    }),
    childrenCount: z.number().int().openapi({
      description: 'EPCI: member communes; département: communes; région: départements; commune: 0',
    }),
  })
  .openapi('TerritoryDetail');

export const presentTerritoryRef = (t: Pick<Row, 'id' | 'kind' | 'code' | 'name'>) => ({
  id: t.id,
  kind: t.kind as TerritoryKind,
  code: t.code,
  name: t.name,
});

export function presentTerritory(t: Row): TerritoryDto {
  return {
    ...presentTerritoryRef(t),
    siren: t.siren,
    epciType: t.epciType,
    population: t.population,
    departementCode: t.departementCode,
    regionCode: t.regionCode,
    postcodes: t.postcodes,
  };
}
