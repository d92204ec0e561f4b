import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { COP_DIMENSION_LABELS_FR, type ActionStatus } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { actions } from '../plans/schema';
import { loadPlan } from '../plans/access';
import { currentLeverSet } from './store';
import { buildLeverMatrix } from './matrix';
import { leverMatrixSchema, leverSetSchema, presentLeverSet, sectorLabel } from './presenter';

const tags = ['levers'];

const getLevers = createRoute({
  method: 'get', path: '/api/levers', operationId: 'getCopLevers', tags, security: [],
  responses: { 200: json(leverSetSchema, 'The COP lever set in force, with its version and source'), ...problems(404) },
});
const matrix = createRoute({
  method: 'get', path: '/api/plans/{id}/levers/matrix', operationId: 'getPlanLeverMatrix', tags,
  description:
    'Coverage of every COP lever by the plan’s actions (sub-actions included), grouped by sector, with totals by ' +
    'dimension. An action tagged with several levers counts for each; dimension totals count it once.',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: json(leverMatrixSchema, 'Lever matrix'), ...problems(401, 404) },
});

const noLevers = () => new AppError(404, 'lever_set_missing', 'Aucun référentiel de leviers COP n’est chargé.');

export function registerLevers(app: App) {
  app.openapi(getLevers, async (c) => {
    const current = await currentLeverSet(c.get('db'));
    if (!current) throw noLevers();
    return c.json(presentLeverSet(current.set, current.levers), 200);
  });

  app.openapi(matrix, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.read');
    const db = c.get('db');
    const current = await currentLeverSet(db);
    if (!current) throw noLevers();
    const rows = await db
      .select({
        id: actions.id,
        title: actions.title,
        status: actions.status,
        copLevers: actions.copLevers,
        tco2e: actions.impactTco2ePerYear,
        mwh: actions.impactMwhPerYear,
      })
      .from(actions)
      .where(eq(actions.planId, plan.id))
      .orderBy(actions.position, actions.id);
    const m = buildLeverMatrix(
      current.levers,
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status as ActionStatus,
        copLevers: r.copLevers,
        impactTco2ePerYear: r.tco2e === null ? null : Number(r.tco2e),
        impactMwhPerYear: r.mwh === null ? null : Number(r.mwh),
      })),
    );
    return c.json(
      {
        planId: plan.id,
        leverSetVersion: current.set.version,
        ...m,
        sectors: m.sectors.map((s) => ({ ...s, labelFr: sectorLabel(s.sector) })),
        dimensions: m.dimensions.map((d) => ({ ...d, labelFr: COP_DIMENSION_LABELS_FR[d.dimension] })),
      },
      200,
    );
  });
}
