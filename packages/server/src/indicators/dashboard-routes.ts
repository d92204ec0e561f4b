import { createRoute, z } from '@hono/zod-openapi';
import { findIndicator } from '@trajectoire/domain';
import type { App } from '../http/context';
import { jsonContent as json, problems } from '../http/problem';
import { loadPlan } from '../plans/access';
import { loadOrganisation } from './access';
import { planLeverCoverage } from './coverage';
import { assessmentSchema, objectiveSchema, presentAssessment, presentObjective, trendSchema } from './presenter';
import { loadIndicatorData } from './store';
import { buildIndicatorView } from './view';

const tags = ['indicators'];
/** Always shown; renewables only once the territory has values. */
const KEY_INDICATORS = ['final_energy', 'ghg'];
const OPTIONAL_KEY_INDICATORS = ['renewables'];

const dashboardSchema = z
  .object({
    territoryId: z.string().nullable(),
    issue: z.enum(['no_territory']).nullable(),
    indicators: z.array(
      z.object({
        code: z.string(),
        labelFr: z.string(),
        unit: z.string(),
        latest: z.object({ year: z.number().int(), value: z.number() }).nullable(),
        preferredSourceId: z.string().nullable(),
        trend: trendSchema.nullable(),
        objective: objectiveSchema.nullable(),
        status: z.enum(['on_track', 'off_track', 'insufficient_data']).nullable(),
        assessment: assessmentSchema.nullable(),
      }),
    ),
  })
  .openapi('IndicatorDashboard');

const coverageSchema = z
  .object({
    planId: z.string(),
    territoryId: z.string().nullable(),
    regionCode: z.string().nullable(),
    leverSetVersion: z.string(),
    referenceYear: z.number().int(),
    targetYear: z.number().int(),
    insufficientData: z.array(
      z.object({ reason: z.enum(['no_territory', 'no_lever_percentages', 'missing_2019_values', 'missing_2030_objectives']), indicators: z.array(z.string()) }),
    ),
    levers: z.array(
      z.object({
        code: z.string(),
        labelFr: z.string(),
        sector: z.string(),
        percent: z.number().nullable(),
        basis2019Kt: z.number().nullable(),
        basis2030Kt: z.number().nullable(),
        neededKt: z.number().nullable().openapi({ description: 'Reduction to achieve, ktCO2e per year' }),
        plannedKt: z.number(),
        coverage: z.number().nullable(),
        gapKt: z.number().nullable(),
        verdict: z.enum(['covered', 'short', 'no_target', 'no_reduction_needed']),
        missing: z.array(z.string()),
        actionIds: z.array(z.string()),
        actionsWithoutImpact: z.array(z.string()),
        actionsAfterTarget: z.array(z.string()),
      }),
    ),
  })
  .openapi('PlanLeverCoverage');

const dashboard = createRoute({
  method: 'get', path: '/api/organisations/{id}/dashboard', operationId: 'getIndicatorDashboard', tags,
  summary: "Key indicators of the organisation's territory: latest value, trend, objective and status",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: json(dashboardSchema, 'Dashboard'), ...problems(401, 403, 404) },
});

const coverage = createRoute({
  method: 'get', path: '/api/plans/{id}/levers/coverage', operationId: 'getPlanLeverCoverage', tags,
  summary: "SGPE lever allocation of the 2019→2030 GHG reduction compared with the plan's actions",
  description: 'Needs the territory (from the organisation), its region, the 2019 GHG sector values and the 2030 objectives; what is missing is listed in `insufficientData`.',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: json(coverageSchema, 'Coverage per lever, full precision ktCO2e per year'), ...problems(401, 403, 404) },
});

export function registerDashboard(app: App) {
  app.openapi(dashboard, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.read');
    if (!org.territoryId) return c.json({ territoryId: null, issue: 'no_territory' as const, indicators: [] }, 200);
    const codes = [...KEY_INDICATORS, ...OPTIONAL_KEY_INDICATORS];
    const data = await loadIndicatorData(c.get('db'), org.id, org.territoryId, codes);
    const indicators = codes.flatMap((code) => {
      const indicator = findIndicator(code)!;
      const view = buildIndicatorView({
        indicator,
        values: data.values,
        sources: data.sources,
        preferenceSourceId: data.preferences.get(code) ?? null,
        objective: data.objectives.get(code) ?? null,
      });
      if (OPTIONAL_KEY_INDICATORS.includes(code) && !view.series.length) return [];
      const assessment = presentAssessment(view);
      return [
        {
          code,
          labelFr: indicator.labelFr,
          unit: indicator.unit,
          latest: view.observed.at(-1) ?? null,
          preferredSourceId: view.preferred?.sourceId ?? null,
          trend: view.trend,
          objective: view.objective ? presentObjective(view.objective) : null,
          status: assessment?.status ?? null,
          assessment,
        },
      ];
    });
    return c.json({ territoryId: org.territoryId, issue: null, indicators }, 200);
  });

  app.openapi(coverage, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.read');
    return c.json(await planLeverCoverage(c.get('db'), plan), 200);
  });
}
