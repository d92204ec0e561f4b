import { describe, expect, it } from 'vitest';
import { buildChartData, projectionHorizon, toTable } from './series';
import { VIEW } from './fixtures';

describe('indicator chart data', () => {
  it('builds one series per observed source, then milestones, trajectory and the trend projection', () => {
    const data = buildChartData(VIEW);
    expect(data.series.map((s) => [s.key, s.kind])).toEqual([
      ['observed:s1', 'observed'],
      ['observed:s2', 'observed'],
      ['milestone', 'milestone'],
      ['trajectory', 'trajectory'],
      ['projection', 'projection'],
    ]);
    expect(data.series[0].label).toContain('(source retenue)');
    expect(data.series[1].label).not.toContain('(source retenue)');
    // Observed points sorted by year whatever the API order.
    expect(data.points.filter((p) => p.series === 'observed:s1').map((p) => [p.year, p.value])).toEqual([
      [2019, 1200],
      [2020, 1100],
      [2021, 1000],
    ]);
  });

  it('projects the linear trend from its last year to the assessed target year', () => {
    expect(projectionHorizon(VIEW)).toBe(2023);
    const projection = buildChartData(VIEW).points.filter((p) => p.kind === 'projection');
    // 1100 − 100·(year − 2020)
    expect(projection.map((p) => [p.year, p.value])).toEqual([
      [2021, 1000],
      [2022, 900],
      [2023, 800],
    ]);
  });

  it('has no projection without a trend, nor when the horizon is not after the data', () => {
    expect(buildChartData({ ...VIEW, trend: null }).series.some((s) => s.kind === 'projection')).toBe(false);
    const past = { ...VIEW, assessment: { ...VIEW.assessment!, target: { year: 2021, value: 900 } } };
    expect(projectionHorizon(past)).toBeNull();
  });

  it('pivots the points into a year × series table with gaps as null', () => {
    const table = toTable(buildChartData(VIEW));
    expect(table.rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(table.rows[0].values).toEqual([1200, 1250.5, 1200, 1200, null]);
    expect(table.rows[4].values).toEqual([null, null, 800, 800, 800]);
  });
});
