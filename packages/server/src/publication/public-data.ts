// Loaders of the public routes: each answers the same 404 for a missing target and an unpublished one.
import { findIndicator } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { notFound } from '../http/problem';
import { loadPlanContent } from '../exports/store';
import { loadIndicatorData } from '../indicators/store';
import { buildIndicatorView } from '../indicators/view';
import { getTerritory } from '../territories/store';
import { findPublishedIndicator, findPublishedPlan } from './store';
import { presentMeta } from './presenter';

export async function publishedPlanContent(db: Db, planId: string) {
  const row = await findPublishedPlan(db, planId);
  if (!row) throw notFound('Plan');
  const content = await loadPlanContent(db, row.plan);
  return { content, meta: presentMeta(row.publication, row.organisation) };
}

export async function publishedIndicatorView(db: Db, territoryId: string, code: string, organisationId: string) {
  const row = await findPublishedIndicator(db, organisationId, territoryId, code);
  const indicator = findIndicator(code);
  const territory = row ? await getTerritory(db, territoryId) : null;
  if (!row || !indicator || !territory) throw notFound('Indicateur');
  const data = await loadIndicatorData(db, organisationId, territoryId, [code]);
  const view = buildIndicatorView({
    indicator,
    values: data.values,
    sources: data.sources,
    preferenceSourceId: data.preferences.get(code) ?? null,
    objective: data.objectives.get(code) ?? null,
  });
  return { view, territory, meta: presentMeta(row.publication, row.organisation) };
}
