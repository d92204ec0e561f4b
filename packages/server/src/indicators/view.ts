// The per-indicator view: values by source, the preferred source, the objective's yearly trajectory, the observed
// trend and the on-track status. Pure: the numbers come from the trajectory engine at full precision.
import type { IndicatorDefinition } from '@trajectoire/domain';
import { trajectory } from '@trajectoire/engines';
import type { ObjectiveRow, SourceRow, ValueRow } from './store';

type YearValue = { year: number; value: number };
export const TREND_YEARS = 5;

export interface ViewInput {
  indicator: IndicatorDefinition;
  values: readonly ValueRow[];
  sources: readonly SourceRow[];
  preferenceSourceId: string | null;
  objective: ObjectiveRow | null;
}

/** Most recent version date first (undated last), then the most recently created source. */
function byRecency(a: SourceRow, b: SourceRow) {
  if (a.versionDate !== b.versionDate) {
    if (a.versionDate === null) return 1;
    if (b.versionDate === null) return -1;
    return a.versionDate < b.versionDate ? 1 : -1;
  }
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1);
}

export function preferredSource(values: readonly ValueRow[], sources: readonly SourceRow[], preferenceSourceId: string | null) {
  const withValues = new Set(values.map((v) => v.sourceId));
  if (preferenceSourceId && withValues.has(preferenceSourceId)) return { sourceId: preferenceSourceId, reason: 'preference' as const };
  const observed = new Set(values.filter((v) => v.kind === 'observed').map((v) => v.sourceId));
  const candidates = sources.filter((s) => observed.has(s.id)).sort(byRecency);
  return candidates.length ? { sourceId: candidates[0].id, reason: 'latest_version' as const } : null;
}

/** Objective milestones as absolute values, the reference first; null when a needed reference value is missing. */
export function objectiveMilestones(objective: ObjectiveRow, observed: readonly YearValue[]): YearValue[] | { issue: string } {
  const referenceValue =
    objective.referenceValue !== null ? Number(objective.referenceValue) : observed.find((o) => o.year === objective.referenceYear)?.value;
  if (referenceValue === undefined) return { issue: 'no_reference_value' };
  try {
    return trajectory.resolveObjectives(
      { year: objective.referenceYear, value: referenceValue },
      objective.milestones.map((m) =>
        m.mode === 'percent' ? { year: m.year, kind: 'change' as const, percent: m.value } : { year: m.year, kind: 'absolute' as const, value: m.value },
      ),
    );
  } catch (err) {
    if (err instanceof trajectory.TrajectoryError) return { issue: err.code };
    throw err;
  }
}

/** Yearly values from the reference year to the last milestone. */
export function yearlyTrajectory(milestones: readonly YearValue[], method: trajectory.InterpolationMethod): YearValue[] | { issue: string } {
  const first = milestones[0].year;
  const years = Array.from({ length: milestones.at(-1)!.year - first + 1 }, (_, i) => first + i);
  try {
    const values = trajectory.interpolate(milestones, years, method);
    return years.map((year, i) => ({ year, value: values[i] }));
  } catch (err) {
    if (err instanceof trajectory.TrajectoryError) return { issue: err.code };
    throw err;
  }
}

export function observedTrend(observed: readonly YearValue[]) {
  let linear: trajectory.LinearFit;
  try {
    linear = trajectory.fitLinear(observed, { lastYears: TREND_YEARS });
  } catch (err) {
    if (err instanceof trajectory.TrajectoryError) return null;
    throw err;
  }
  let constantRate: trajectory.ConstantRateFit | null = null;
  try {
    constantRate = trajectory.fitConstantRate(observed, { lastYears: TREND_YEARS });
  } catch (err) {
    if (!(err instanceof trajectory.TrajectoryError)) throw err;
  }
  return { lastYears: TREND_YEARS, linear, constantRate };
}

export function buildIndicatorView(input: ViewInput) {
  const { indicator, objective } = input;
  const values = input.values.filter((v) => v.indicatorCode === indicator.code);
  const preferred = preferredSource(values, input.sources, input.preferenceSourceId);
  const observed = values.filter((v) => v.sourceId === preferred?.sourceId && v.kind === 'observed').map((v) => ({ year: v.year, value: v.value }));
  const bySource = new Map<string, ValueRow[]>();
  for (const v of values) bySource.set(v.sourceId, [...(bySource.get(v.sourceId) ?? []), v]);
  const series = input.sources
    .filter((s) => bySource.has(s.id))
    .sort(byRecency)
    .map((source) => {
      const rows = bySource.get(source.id)!;
      const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ year: r.year, value: r.value, comment: r.comment }));
      return { source, observed: of('observed'), target: of('target'), estimate: of('estimate') };
    });
  let milestones: YearValue[] | null = null;
  let yearly: YearValue[] | null = null;
  let trajectoryIssue: string | null = objective ? null : 'no_objective';
  if (objective) {
    const m = objectiveMilestones(objective, observed);
    if ('issue' in m) trajectoryIssue = m.issue;
    else {
      milestones = m;
      const y = yearlyTrajectory(m, objective.interpolation as trajectory.InterpolationMethod);
      if ('issue' in y) trajectoryIssue = y.issue;
      else yearly = y;
    }
  }
  const lastObservedYear = observed.at(-1)?.year ?? -Infinity;
  // The status is judged against the next milestone after the data (the final one when none is later).
  const target = milestones && milestones.length > 1 ? (milestones.slice(1).find((m) => m.year > lastObservedYear) ?? milestones.at(-1)!) : null;
  const assessment =
    target && milestones
      ? trajectory.assessTrajectory({ observations: observed, target, direction: indicator.goal, reference: milestones[0] })
      : null;
  return {
    indicator,
    preferred,
    observed,
    series,
    objective,
    milestones,
    trajectory: yearly,
    trajectoryIssue,
    trend: observedTrend(observed),
    target,
    assessment,
  };
}
export type IndicatorView = ReturnType<typeof buildIndicatorView>;
