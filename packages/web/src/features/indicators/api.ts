import { api, seg } from '../../api/client';

export type Goal = 'decrease' | 'increase';
export type TrackStatus = 'on_track' | 'off_track' | 'insufficient_data';
export interface YearValue {
  year: number;
  value: number;
}

export interface CatalogueIndicator {
  code: string;
  family: string;
  labelFr: string;
  unit: string;
  parent: string | null;
  breakdown: string | null;
  goal: Goal;
  source: { id: string; citation: string; url: string | null };
  note: string | null;
}

export interface IndicatorSource {
  id: string;
  shared: boolean;
  producer: string;
  dataset: string;
  method: string;
  versionDate: string | null;
  licence: string;
  url: string | null;
}

export interface Objective {
  id: string;
  territoryId: string;
  indicatorCode: string;
  referenceYear: number;
  referenceValue: number | null;
  milestones: { year: number; mode: 'percent' | 'absolute'; value: number }[];
  interpolation: 'linear' | 'constant-rate';
  version: number;
}

interface FitBase {
  n: number;
  firstYear: number;
  lastYear: number;
  meanYear: number;
  r2: number;
}
export interface Trend {
  lastYears: number;
  linear: FitBase & { kind: 'linear'; slope: number; intercept: number; meanValue: number };
  constantRate: (FitBase & { kind: 'constant-rate'; annualRate: number; logSlope: number; logIntercept: number; meanLogValue: number }) | null;
}

export interface Assessment {
  status: TrackStatus;
  reason: string | null;
  direction: Goal;
  target: YearValue;
  pointsUsed: number;
  lastObserved: YearValue | null;
  requiredRate: number | null;
  observedRate: number | null;
  projectedAtTarget: number | null;
  projectedLinearAtTarget: number | null;
}

export interface Point extends YearValue {
  comment: string;
}

export interface IndicatorView {
  territoryId: string;
  indicator: { code: string; labelFr: string; unit: string; goal: Goal; parent: string | null };
  preferredSource: { sourceId: string; reason: 'preference' | 'latest_version' } | null;
  series: { source: IndicatorSource; observed: Point[]; target: Point[]; estimate: Point[] }[];
  objective: Objective | null;
  milestones: YearValue[] | null;
  trajectory: YearValue[] | null;
  trajectoryIssue: string | null;
  trend: Trend | null;
  assessment: Assessment | null;
}

export interface DashboardIndicator {
  code: string;
  labelFr: string;
  unit: string;
  latest: YearValue | null;
  preferredSourceId: string | null;
  trend: Trend | null;
  objective: Objective | null;
  status: TrackStatus | null;
  assessment: Assessment | null;
}
export interface Dashboard {
  territoryId: string | null;
  issue: 'no_territory' | null;
  indicators: DashboardIndicator[];
}

export interface ValueImportIssue {
  row: number | null;
  column: string | null;
  field: string | null;
  value: string | null;
  message: string;
}
export interface ValueImportReport {
  dryRun: boolean;
  rowCount: number;
  toImport: number;
  imported: number;
  sourcesToCreate: number;
  errors: ValueImportIssue[];
}

export type CoverageReason = 'no_territory' | 'no_lever_percentages' | 'missing_2019_values' | 'missing_2030_objectives';
export type CoverageVerdict = 'covered' | 'short' | 'no_target' | 'no_reduction_needed';
export interface LeverCoverage {
  code: string;
  labelFr: string;
  sector: string;
  percent: number | null;
  basis2019Kt: number | null;
  basis2030Kt: number | null;
  neededKt: number | null;
  plannedKt: number;
  coverage: number | null;
  gapKt: number | null;
  verdict: CoverageVerdict;
  missing: string[];
  actionIds: string[];
  actionsWithoutImpact: string[];
  actionsAfterTarget: string[];
}
export interface PlanCoverage {
  planId: string;
  territoryId: string | null;
  regionCode: string | null;
  leverSetVersion: string;
  referenceYear: number;
  targetYear: number;
  insufficientData: { reason: CoverageReason; indicators: string[] }[];
  levers: LeverCoverage[];
}

export const getCatalogue = (signal?: AbortSignal) =>
  api.get<{ version: string; indicators: CatalogueIndicator[] }>('/api/indicators/catalogue', undefined, signal);

export const getDashboard = (orgId: string, signal?: AbortSignal) => api.get<Dashboard>(`/api/organisations/${seg(orgId)}/dashboard`, undefined, signal);

export const getIndicatorView = (orgId: string, territoryId: string, code: string, signal?: AbortSignal) =>
  api.get<IndicatorView>(`/api/territories/${seg(territoryId)}/indicators/${seg(code)}`, { orgId }, signal);

export const setPreferredSource = (orgId: string, territoryId: string, indicatorCode: string, preferredSourceId: string | null) =>
  api.put<{ preferredSourceId: string | null }>(`/api/organisations/${seg(orgId)}/indicator-preferences`, { territoryId, indicatorCode, preferredSourceId });

export function importValues(orgId: string, file: File, dryRun: boolean) {
  const body = new FormData();
  body.append('file', file);
  body.append('dryRun', String(dryRun));
  return api.upload<ValueImportReport>(`/api/organisations/${seg(orgId)}/indicator-values/import`, body);
}

export const getLeverCoverage = (planId: string, signal?: AbortSignal) =>
  api.get<PlanCoverage>(`/api/plans/${seg(planId)}/levers/coverage`, undefined, signal);

/** Path of the indicator page of a territory, as seen by an organisation. */
export const indicatorPath = (orgId: string, territoryId: string, code: string) =>
  `/organisations/${seg(orgId)}/indicateurs/${seg(territoryId)}/${seg(code)}`;
