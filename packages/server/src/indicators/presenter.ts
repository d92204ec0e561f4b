import { z } from '@hono/zod-openapi';
import { INDICATOR_CATALOGUE, INDICATOR_FAMILIES, findReferenceSource } from '@trajectoire/domain';
import { problemSchema } from '../http/problem';
import { VALUE_IMPORT_FIELDS } from './import-columns';
import type { ObjectiveRow, SourceRow } from './store';
import type { IndicatorView } from './view';

const yearValue = z.object({ year: z.number().int(), value: z.number() });

export const catalogueSchema = z
  .object({
    version: z.string(),
    indicators: z.array(
      z.object({
        code: z.string(),
        family: z.enum(INDICATOR_FAMILIES),
        labelFr: z.string(),
        unit: z.string(),
        parent: z.string().nullable(),
        breakdown: z.string().nullable(),
        goal: z.enum(['decrease', 'increase']),
        source: z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() }),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi('IndicatorCatalogue');

export function presentCatalogue() {
  return {
    version: INDICATOR_CATALOGUE.version,
    indicators: INDICATOR_CATALOGUE.indicators.map((i) => {
      const source = findReferenceSource(i.source);
      return {
        code: i.code,
        family: i.family,
        labelFr: i.labelFr,
        unit: i.unit,
        parent: i.parent,
        breakdown: i.breakdown,
        goal: i.goal,
        source: { id: i.source, citation: source?.citation ?? '', url: source?.url ?? null },
        note: i.note ?? null,
      };
    }),
  };
}

export const valueImportIssueSchema = z
  .object({
    row: z.number().int().nullable().openapi({ description: 'Spreadsheet row number (the header row counts); null for the whole file' }),
    column: z.string().nullable(),
    field: z.enum(VALUE_IMPORT_FIELDS).nullable(),
    value: z.string().nullable(),
    message: z.string().openapi({ description: 'French explanation for the user' }),
  })
  .openapi('IndicatorValueImportIssue');

export const valueImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    rowCount: z.number().int(),
    toImport: z.number().int(),
    imported: z.number().int(),
    sourcesToCreate: z.number().int(),
    errors: z.array(valueImportIssueSchema),
  })
  .openapi('IndicatorValueImportReport');

export const invalidValueImportProblem = {
  422: {
    description: '`import_invalid`: the file has errors; nothing was written',
    content: { 'application/problem+json': { schema: problemSchema.extend({ report: valueImportReportSchema }) } },
  },
};

export const sourceSchema = z
  .object({
    id: z.string(),
    shared: z.boolean(),
    producer: z.string(),
    dataset: z.string(),
    method: z.string(),
    versionDate: z.string().nullable(),
    licence: z.string(),
    url: z.string().nullable(),
  })
  .openapi('IndicatorSource');

export const presentSource = (s: SourceRow) => ({
  id: s.id,
  shared: s.organisationId === null,
  producer: s.producer,
  dataset: s.dataset,
  method: s.method,
  versionDate: s.versionDate,
  licence: s.licence,
  url: s.url,
});

export const milestoneSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  mode: z.enum(['percent', 'absolute']),
  value: z.number().refine(Number.isFinite),
});

export const objectiveSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    territoryId: z.string(),
    indicatorCode: z.string(),
    referenceYear: z.number().int(),
    referenceValue: z.number().nullable(),
    milestones: z.array(milestoneSchema),
    interpolation: z.enum(['linear', 'constant-rate']),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Objective');

export const presentObjective = (o: ObjectiveRow) => ({
  id: o.id,
  organisationId: o.organisationId,
  territoryId: o.territoryId,
  indicatorCode: o.indicatorCode,
  referenceYear: o.referenceYear,
  referenceValue: o.referenceValue === null ? null : Number(o.referenceValue),
  milestones: o.milestones,
  interpolation: o.interpolation as 'linear' | 'constant-rate',
  updatedAt: o.updatedAt.toISOString(),
  version: o.version,
});

const fitBase = { n: z.number().int(), firstYear: z.number(), lastYear: z.number(), meanYear: z.number(), r2: z.number() };
const linearFitSchema = z.object({ ...fitBase, kind: z.literal('linear'), slope: z.number(), intercept: z.number(), meanValue: z.number() });
const constantRateFitSchema = z.object({
  ...fitBase,
  kind: z.literal('constant-rate'),
  annualRate: z.number(),
  logSlope: z.number(),
  logIntercept: z.number(),
  meanLogValue: z.number(),
});
export const trendSchema = z
  .object({ lastYears: z.number().int(), linear: linearFitSchema, constantRate: constantRateFitSchema.nullable() })
  .openapi('IndicatorTrend');

export const assessmentSchema = z
  .object({
    status: z.enum(['on_track', 'off_track', 'insufficient_data']),
    reason: z.string().nullable(),
    direction: z.enum(['decrease', 'increase']),
    target: yearValue,
    pointsUsed: z.number().int(),
    lastObserved: yearValue.nullable(),
    requiredRate: z.number().nullable(),
    requiredRateFromReference: z.number().nullable(),
    observedRate: z.number().nullable(),
    projectedAtTarget: z.number().nullable(),
    projectedLinearAtTarget: z.number().nullable(),
  })
  .openapi('TrajectoryAssessment');

const pointSchema = yearValue.extend({ comment: z.string() });
export const indicatorViewSchema = z
  .object({
    territoryId: z.string(),
    indicator: z.object({ code: z.string(), labelFr: z.string(), unit: z.string(), goal: z.enum(['decrease', 'increase']), parent: z.string().nullable() }),
    preferredSource: z.object({ sourceId: z.string(), reason: z.enum(['preference', 'latest_version']) }).nullable(),
    series: z.array(z.object({ source: sourceSchema, observed: z.array(pointSchema), target: z.array(pointSchema), estimate: z.array(pointSchema) })),
    objective: objectiveSchema.nullable(),
    milestones: z.array(yearValue).nullable(),
    trajectory: z.array(yearValue).nullable(),
    trajectoryIssue: z.string().nullable().openapi({ description: 'Why there is no trajectory (no_objective, no_reference_value, engine error code)' }),
    trend: trendSchema.nullable(),
    assessment: assessmentSchema.nullable(),
  })
  .openapi('IndicatorView');

export function presentAssessment(view: IndicatorView) {
  if (!view.assessment || !view.target) return null;
  const { fit: _fit, ...a } = view.assessment;
  return { ...a, target: view.target, lastObserved: a.lastObserved ? { year: a.lastObserved.year, value: a.lastObserved.value } : null };
}

export function presentIndicatorView(territoryId: string, view: IndicatorView) {
  const { indicator } = view;
  return {
    territoryId,
    indicator: { code: indicator.code, labelFr: indicator.labelFr, unit: indicator.unit, goal: indicator.goal, parent: indicator.parent },
    preferredSource: view.preferred,
    series: view.series.map((s) => ({ ...s, source: presentSource(s.source) })),
    objective: view.objective ? presentObjective(view.objective) : null,
    milestones: view.milestones,
    trajectory: view.trajectory,
    trajectoryIssue: view.trajectoryIssue,
    trend: view.trend,
    assessment: presentAssessment(view),
  };
}
