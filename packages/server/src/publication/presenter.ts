import { z } from '@hono/zod-openapi';
import { LICENCE_IDS, licenceOf } from './licences';
import type { OrganisationRow, PublicationRow } from './store';

export const licenceSchema = z.object({ id: z.enum(LICENCE_IDS), label: z.string(), url: z.string() }).openapi('Licence');

export const publicationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    kind: z.enum(['plan', 'indicator']),
    planId: z.string().nullable(),
    indicatorCode: z.string().nullable(),
    territoryId: z.string().nullable(),
    licence: licenceSchema,
    publishedAt: z.string(),
    publishedBy: z.string().nullable(),
  })
  .openapi('Publication');
export type PublicationDto = z.infer<typeof publicationSchema>;

export const publicationStateSchema = z
  .object({ published: z.boolean(), publication: publicationSchema.nullable() })
  .openapi('PublicationState');

export function presentPublication(p: PublicationRow): PublicationDto {
  return {
    id: p.id,
    organisationId: p.organisationId,
    kind: p.kind as PublicationDto['kind'],
    planId: p.planId,
    indicatorCode: p.indicatorCode,
    territoryId: p.territoryId,
    licence: licenceOf(p.licence),
    publishedAt: p.publishedAt.toISOString(),
    publishedBy: p.publishedBy,
  };
}

export const presentState = (p: PublicationRow | null) => ({ published: p !== null, publication: p ? presentPublication(p) : null });

/** The publisher as the public sees it: no internal ids beyond the one that keys public URLs. */
export const publisherSchema = z
  .object({ id: z.string(), name: z.string(), siren: z.string().nullable(), territoryId: z.string().nullable() })
  .openapi('Publisher');
export const presentPublisher = (o: OrganisationRow) => ({ id: o.id, name: o.name, siren: o.siren, territoryId: o.territoryId });

/** What the public pages show of any publication. */
export const publicMetaSchema = z.object({ licence: licenceSchema, publishedAt: z.string(), publisher: publisherSchema });
export const presentMeta = (p: PublicationRow, o: OrganisationRow) => ({
  licence: licenceOf(p.licence),
  publishedAt: p.publishedAt.toISOString(),
  publisher: presentPublisher(o),
});
