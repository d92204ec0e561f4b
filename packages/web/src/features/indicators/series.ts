// Chart and table data of an indicator view: one long list of points, each tagged with its series, so that the
// chart, the table and the CSV show exactly the same numbers.
import type { IndicatorSource, IndicatorView } from './api';
import { linearAt } from './format';

export type SeriesKind = 'observed' | 'milestone' | 'trajectory' | 'projection';

export interface SeriesPoint {
  /** Series key: "observed:<sourceId>", "milestone", "trajectory" or "projection". */
  series: string;
  kind: SeriesKind;
  year: number;
  value: number;
}

export interface SeriesInfo {
  key: string;
  kind: SeriesKind;
  label: string;
  /** Producer and dataset of an observed series. */
  source?: string;
  /** Index among the observed series (symbol and colour choice); 0 for the others. */
  index: number;
}

export interface ChartData {
  series: SeriesInfo[];
  points: SeriesPoint[];
}

export const sourceLabel = (s: IndicatorSource) =>
  `${s.producer}${s.dataset ? ` — ${s.dataset}` : ''}${s.versionDate ? ` (${s.versionDate.slice(0, 10)})` : ''}`;

/** The year the trend is projected to: the assessed target, else the last milestone, else five years after the data. */
export function projectionHorizon(view: IndicatorView): number | null {
  const last = view.trend?.linear.lastYear;
  if (last === undefined) return null;
  const horizon = view.assessment?.target.year ?? view.milestones?.at(-1)?.year ?? last + 5;
  return horizon > last ? horizon : null;
}

export function buildChartData(view: IndicatorView): ChartData {
  const series: SeriesInfo[] = [];
  const points: SeriesPoint[] = [];
  view.series.forEach((s, index) => {
    if (!s.observed.length) return;
    const key = `observed:${s.source.id}`;
    const preferred = view.preferredSource?.sourceId === s.source.id;
    const source = sourceLabel(s.source);
    series.push({ key, kind: 'observed', label: `Observé — ${source}${preferred ? ' (source retenue)' : ''}`, source, index });
    for (const p of [...s.observed].sort((a, b) => a.year - b.year)) points.push({ series: key, kind: 'observed', year: p.year, value: p.value });
  });
  if (view.milestones?.length) {
    series.push({ key: 'milestone', kind: 'milestone', label: 'Objectif (référence et jalons)', index: 0 });
    for (const m of view.milestones) points.push({ series: 'milestone', kind: 'milestone', year: m.year, value: m.value });
  }
  if (view.trajectory?.length) {
    series.push({ key: 'trajectory', kind: 'trajectory', label: 'Trajectoire de l’objectif', index: 0 });
    for (const t of view.trajectory) points.push({ series: 'trajectory', kind: 'trajectory', year: t.year, value: t.value });
  }
  const horizon = projectionHorizon(view);
  if (view.trend && horizon !== null) {
    const from = view.trend.linear.lastYear;
    series.push({ key: 'projection', kind: 'projection', label: `Tendance prolongée (${view.trend.linear.n} dernières années)`, index: 0 });
    for (let year = from; year <= horizon; year++) points.push({ series: 'projection', kind: 'projection', year, value: linearAt(view.trend, year) });
  }
  return { series, points };
}

export interface TableData {
  columns: SeriesInfo[];
  /** One row per year, ascending; null where a series has no value. */
  rows: { year: number; values: (number | null)[] }[];
}

/** Wide table: years down, series across. */
export function toTable(data: ChartData): TableData {
  const years = [...new Set(data.points.map((p) => p.year))].sort((a, b) => a - b);
  const index = new Map(data.series.map((s, i) => [s.key, i]));
  const rows = years.map((year) => ({ year, values: data.series.map(() => null as number | null) }));
  const rowOf = new Map(rows.map((r) => [r.year, r]));
  for (const p of data.points) rowOf.get(p.year)!.values[index.get(p.series)!] = p.value;
  return { columns: data.series, rows };
}
