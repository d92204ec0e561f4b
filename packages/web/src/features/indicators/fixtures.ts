// A hand-written indicator view for tests: two sources, an objective of −50 % in 2030 from 2015, a falling trend.
import type { IndicatorView } from './api';

const source = (id: string, producer: string, versionDate: string | null) => ({
  id,
  shared: false,
  producer,
  dataset: 'Inventaire',
  method: '',
  versionDate,
  licence: 'Licence Ouverte 2.0',
  url: null,
});

export const VIEW: IndicatorView = {
  territoryId: 'epci:200054781',
  indicator: { code: 'ghg', labelFr: 'Émissions de gaz à effet de serre (scopes 1 et 2)', unit: 'tCO2e', goal: 'decrease', parent: null },
  preferredSource: { sourceId: 's1', reason: 'latest_version' },
  series: [
    {
      source: source('s1', 'AIRPARIF', '2024-03-01'),
      observed: [
        { year: 2021, value: 1000, comment: '' },
        { year: 2019, value: 1200, comment: '' },
        { year: 2020, value: 1100, comment: '' },
      ],
      target: [],
      estimate: [],
    },
    { source: source('s2', '=HYPERLINK("x")', null), observed: [{ year: 2019, value: 1250.5, comment: '' }], target: [], estimate: [] },
  ],
  objective: null,
  milestones: [
    { year: 2019, value: 1200 },
    { year: 2023, value: 800 },
  ],
  trajectory: [
    { year: 2019, value: 1200 },
    { year: 2020, value: 1100 },
    { year: 2021, value: 1000 },
    { year: 2022, value: 900 },
    { year: 2023, value: 800 },
  ],
  trajectoryIssue: null,
  // Fit of (2019,1200) (2020,1100) (2021,1000): slope −100, mean year 2020, mean value 1100.
  trend: {
    lastYears: 5,
    linear: { kind: 'linear', n: 3, firstYear: 2019, lastYear: 2021, meanYear: 2020, r2: 1, slope: -100, intercept: 203100, meanValue: 1100 },
    constantRate: null,
  },
  assessment: {
    status: 'on_track',
    reason: null,
    direction: 'decrease',
    target: { year: 2023, value: 800 },
    pointsUsed: 3,
    lastObserved: { year: 2021, value: 1000 },
    requiredRate: -0.1,
    observedRate: -0.087,
    projectedAtTarget: 800,
    projectedLinearAtTarget: 800,
  },
};
