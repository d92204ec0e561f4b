// Test-only helpers of the indicator tests.
import type { TestContext } from '../../test/harness';
import { upload, utf8 } from '../imports/testing';

const HEADER = 'Territoire;Indicateur;Année;Valeur;Unité;Nature;Producteur;Date de version';

/** Imports `territory;indicator;year;value;unit;kind;producer;versionDate` lines for an organisation (expects success). */
export async function importLines(t: TestContext, orgId: string, headers: Record<string, string>, lines: string[]) {
  const file = { bytes: utf8([HEADER, ...lines].join('\n')), name: 'v.csv' };
  const res = await upload(t, `/api/organisations/${orgId}/indicator-values/import`, headers, file);
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Yearly observed lines of one source. */
export const series = (territory: string, indicator: string, producer: string, versionDate: string, points: [number, string][]) =>
  points.map(([year, value]) => `${territory};${indicator};${year};${value};;observé;${producer};${versionDate}`);
