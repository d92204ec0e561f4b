import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv, App } from '../http/context';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { audit } from '../audit/audit';
import { loadPlan } from '../plans/access';
import { loadOrganisation, requireBodyRefs } from '../indicators/access';
import type { Tx } from '../db/client';
import { organisations } from '../organisations/schema';
import { publications } from './schema';
import { DEFAULT_LICENCE, LICENCE_IDS } from './licences';
import { presentPublication, presentState, publicationSchema, publicationStateSchema } from './presenter';
import { findIndicatorPublication, findPlanPublication, type PublicationRow } from './store';

const tags = ['publication'];
const licence = z.enum(LICENCE_IDS).optional().openapi({ description: 'Default: etalab-2.0 (Licence Ouverte 2.0)' });

const putPlan = createRoute({
  method: 'put', path: '/api/plans/{planId}/publication', operationId: 'setPlanPublication', tags,
  summary: 'Publish or unpublish a plan on the public site and in the open data catalogue',
  request: {
    params: z.object({ planId: z.uuid() }),
    body: { required: true, content: { 'application/json': { schema: z.object({ published: z.boolean(), licence }) } } },
  },
  responses: { 200: json(publicationStateSchema, 'Publication state after the change'), ...problems(400, 401, 403, 404, 409) },
});

const putIndicator = createRoute({
  method: 'put', path: '/api/organisations/{orgId}/indicator-publications', operationId: 'setIndicatorPublication', tags,
  summary: "Publish or unpublish one indicator of the organisation on one territory",
  request: {
    params: z.object({ orgId: z.uuid() }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ indicatorCode: z.string().max(120), territoryId: z.string().max(40), published: z.boolean(), licence }),
        },
      },
    },
  },
  responses: { 200: json(publicationStateSchema, 'Publication state after the change'), ...problems(400, 401, 403, 404, 409) },
});

const list = createRoute({
  method: 'get', path: '/api/organisations/{orgId}/publications', operationId: 'listPublications', tags,
  summary: "The organisation's publications, oldest first",
  request: { params: z.object({ orgId: z.uuid() }), query: paginationQuery },
  responses: { 200: json(pageOf(publicationSchema), 'One page'), ...problems(400, 401, 403, 404) },
});

/** Inserts, updates the licence of, or deletes the publication row, and audits the change. */
async function apply(
  c: Context<AppEnv>,
  tx: Tx,
  existing: PublicationRow | null,
  want: { published: boolean; licence?: string },
  values: Omit<typeof publications.$inferInsert, 'licence' | 'publishedBy'>,
  entityId: string,
) {
  let after: PublicationRow | null = existing;
  if (!want.published && existing) {
    await tx.delete(publications).where(eq(publications.id, existing.id));
    after = null;
  } else if (want.published && !existing) {
    [after] = await tx
      .insert(publications)
      .values({ ...values, licence: want.licence ?? DEFAULT_LICENCE, publishedBy: c.get('auth')?.userId ?? null })
      .returning();
  } else if (want.published && existing && want.licence && want.licence !== existing.licence) {
    [after] = await tx.update(publications).set({ licence: want.licence }).where(eq(publications.id, existing.id)).returning();
  }
  if (after !== existing) {
    await audit(tx, c, {
      organisationId: values.organisationId,
      entityType: 'publication',
      entityId,
      action: !after ? 'unpublish' : !existing ? 'publish' : 'update',
      before: existing ? presentPublication(existing) : null,
      after: after ? presentPublication(after) : null,
    });
  }
  return presentState(after);
}

/** Two simultaneous first publications of one target: the loser gets a 409 instead of a 500. */
async function uniqueRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new AppError(409, 'publication_conflict', 'Cette publication vient d’être modifiée ; rechargez la page.');
    throw err;
  }
}

export function registerPublicationManagement(app: App) {
  app.openapi(putPlan, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').planId, 'plan.update');
    const body = c.req.valid('json');
    const state = await uniqueRace(() =>
      c.get('db').transaction(async (tx) => {
        const existing = await findPlanPublication(tx, plan.id);
        const territoryId = await organisationTerritory(tx, plan.organisationId);
        return apply(c, tx, existing, body, { organisationId: plan.organisationId, kind: 'plan', planId: plan.id, territoryId }, plan.id);
      }),
    );
    return c.json(state, 200);
  });

  app.openapi(putIndicator, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').orgId, 'plan.update');
    const body = c.req.valid('json');
    await requireBodyRefs(c, body.territoryId, body.indicatorCode);
    const values = { organisationId: org.id, kind: 'indicator', territoryId: body.territoryId, indicatorCode: body.indicatorCode };
    const state = await uniqueRace(() =>
      c.get('db').transaction(async (tx) => {
        const existing = await findIndicatorPublication(tx, org.id, body.territoryId, body.indicatorCode);
        return apply(c, tx, existing, body, values, `${body.territoryId}/${body.indicatorCode}`);
      }),
    );
    return c.json(state, 200);
  });

  app.openapi(list, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').orgId, 'plan.read');
    const { cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor, 2) as [string, string] | null;
    const p = publications;
    // Milliseconds on both sides: the cursor carries a JS date, the column may hold microseconds.
    const at = sql`date_trunc('milliseconds', ${p.publishedAt})`;
    const rows = await c
      .get('db')
      .select()
      .from(p)
      .where(and(eq(p.organisationId, org.id), after ? sql`(${at}, ${p.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined))
      .orderBy(at, p.id)
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor([last.publishedAt.toISOString(), last.id]) : null;
    return c.json({ items: page.map(presentPublication), nextCursor }, 200);
  });
}

/** The publisher's territory, recorded so a plan publication can be placed on a map and in the catalogue. */
async function organisationTerritory(tx: Tx, organisationId: string) {
  const [org] = await tx.select({ territoryId: organisations.territoryId }).from(organisations).where(eq(organisations.id, organisationId));
  return org?.territoryId ?? null;
}
