// Lever allocation (SGPE regional shares of the 2019→2030 GHG change) against the plan's actions, via the engine.
import { and, eq, ne } from 'drizzle-orm';
import { SGPE_LEVER_SET, convertUnit, findIndicator, isLeverRegionCode, sgpeLeversForRegion } from '@trajectoire/domain';
import { trajectory } from '@trajectoire/engines';
import type { Db } from '../db/client';
import { organisations } from '../organisations/schema';
import { territories } from '../territories/schema';
import { actions, type plans } from '../plans/schema';
import { loadIndicatorData } from './store';
import { buildIndicatorView } from './view';

export type InsufficientReason = 'no_territory' | 'no_lever_percentages' | 'missing_2019_values' | 'missing_2030_objectives';
const REF = trajectory.LEVER_REFERENCE_YEAR;
const TARGET = trajectory.LEVER_TARGET_YEAR;
const LABELS = new Map(SGPE_LEVER_SET.levers.map((l) => [l.code, l.labelFr]));

const toKt = (value: number | undefined, unit: string) => (value === undefined ? null : convertUnit(value, unit, 'ktCO2e'));

async function basisValues(db: Db, organisationId: string, territoryId: string, codes: string[]) {
  const data = await loadIndicatorData(db, organisationId, territoryId, codes);
  const out: Record<string, trajectory.LeverBasisValues> = {};
  for (const code of codes) {
    const indicator = findIndicator(code)!;
    const view = buildIndicatorView({
      indicator,
      values: data.values,
      sources: data.sources,
      preferenceSourceId: data.preferences.get(code) ?? null,
      objective: data.objectives.get(code) ?? null,
    });
    const onPath = (year: number) => view.trajectory?.find((p) => p.year === year)?.value;
    out[code] = {
      measured2019: toKt(view.observed.find((o) => o.year === REF)?.value, indicator.unit),
      objective2019: toKt(onPath(REF), indicator.unit),
      objective2030: toKt(onPath(TARGET), indicator.unit),
    };
  }
  return out;
}

export async function planLeverCoverage(db: Db, plan: typeof plans.$inferSelect) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, plan.organisationId));
  const [territory] = org?.territoryId ? await db.select().from(territories).where(eq(territories.id, org.territoryId)) : [];
  const regionCode = territory ? (territory.kind === 'region' ? territory.code : territory.regionCode) : null;
  const insufficientData: { reason: InsufficientReason; indicators: string[] }[] = [];
  if (!territory) insufficientData.push({ reason: 'no_territory', indicators: [] });
  else if (!regionCode || !isLeverRegionCode(regionCode)) insufficientData.push({ reason: 'no_lever_percentages', indicators: [] });
  const levers = sgpeLeversForRegion(regionCode ?? '');
  const codes = [...new Set(levers.flatMap((l) => l.basis.map((b) => b.indicator)))];
  const values = territory ? await basisValues(db, plan.organisationId, territory.id, codes) : {};
  const allocation = trajectory.allocateLevers(levers, values);
  const missing = (suffix: string) => [...new Set(allocation.flatMap((a) => a.missing.filter((m) => m.endsWith(suffix)).map((m) => m.split(':')[0])))];
  if (territory) {
    const m2019 = missing(':value2019');
    const m2030 = missing(':objective2030');
    if (m2019.length) insufficientData.push({ reason: 'missing_2019_values', indicators: m2019 });
    if (m2030.length) insufficientData.push({ reason: 'missing_2030_objectives', indicators: m2030 });
  }
  // Abandoned actions do not count, as in the lever matrix.
  const rows = await db
    .select({ id: actions.id, copLevers: actions.copLevers, impact: actions.impactTco2ePerYear, startDate: actions.startDate })
    .from(actions)
    .where(and(eq(actions.planId, plan.id), ne(actions.status, 'abandoned')));
  const coverage = trajectory.compareLeversWithActions(
    allocation,
    rows.map((r) => ({
      id: r.id,
      leverCodes: r.copLevers,
      impactTco2ePerYear: r.impact === null ? null : Number(r.impact),
      startYear: r.startDate ? Number(r.startDate.slice(0, 4)) : null,
    })),
  );
  return {
    planId: plan.id,
    territoryId: territory?.id ?? null,
    regionCode,
    leverSetVersion: SGPE_LEVER_SET.version,
    referenceYear: REF,
    targetYear: TARGET,
    insufficientData,
    levers: coverage.map((cov, i) => ({
      ...cov,
      labelFr: LABELS.get(cov.code) ?? cov.code,
      percent: allocation[i].percent,
      basis2019Kt: allocation[i].basis2019,
      basis2030Kt: allocation[i].basis2030,
      missing: [...allocation[i].missing],
      actionIds: [...cov.actionIds],
      actionsWithoutImpact: [...cov.actionsWithoutImpact],
      actionsAfterTarget: [...cov.actionsAfterTarget],
    })),
  };
}
