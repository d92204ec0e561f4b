import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { indicatorPreferences, indicatorSources, indicatorValues, objectives } from './schema';

export type SourceRow = typeof indicatorSources.$inferSelect;
export type ObjectiveRow = typeof objectives.$inferSelect;
export interface ValueRow {
  indicatorCode: string;
  year: number;
  kind: string;
  value: number;
  sourceId: string;
  comment: string;
}

/** Sources a tenant may cite: its own and the shared ones. */
export const visibleSource = (organisationId: string) =>
  or(eq(indicatorSources.organisationId, organisationId), isNull(indicatorSources.organisationId));

/** The tenant's values of some indicators on one territory, with their sources. */
export async function loadValues(db: Db, organisationId: string, territoryId: string, codes: string[]) {
  const rows = await db
    .select({
      indicatorCode: indicatorValues.indicatorCode,
      year: indicatorValues.year,
      kind: indicatorValues.kind,
      value: indicatorValues.value,
      sourceId: indicatorValues.sourceId,
      comment: indicatorValues.comment,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.organisationId, organisationId),
        eq(indicatorValues.territoryId, territoryId),
        inArray(indicatorValues.indicatorCode, codes),
      ),
    )
    .orderBy(indicatorValues.year);
  const values: ValueRow[] = rows.map((r) => ({ ...r, value: Number(r.value) }));
  const sourceIds = [...new Set(values.map((v) => v.sourceId))];
  const sources = sourceIds.length ? await db.select().from(indicatorSources).where(inArray(indicatorSources.id, sourceIds)) : [];
  return { values, sources };
}

export async function loadPreferences(db: Db, organisationId: string, territoryId: string, codes: string[]) {
  const rows = await db
    .select()
    .from(indicatorPreferences)
    .where(
      and(
        eq(indicatorPreferences.organisationId, organisationId),
        eq(indicatorPreferences.territoryId, territoryId),
        inArray(indicatorPreferences.indicatorCode, codes),
      ),
    );
  return new Map(rows.map((p) => [p.indicatorCode, p.preferredSourceId]));
}

export async function loadObjectives(db: Db, organisationId: string, territoryId: string, codes: string[]) {
  const rows = await db
    .select()
    .from(objectives)
    .where(and(eq(objectives.organisationId, organisationId), eq(objectives.territoryId, territoryId), inArray(objectives.indicatorCode, codes)));
  return new Map(rows.map((o) => [o.indicatorCode, o]));
}

/** Everything the per-indicator view needs, for several indicators at once. */
export async function loadIndicatorData(db: Db, organisationId: string, territoryId: string, codes: string[]) {
  const [{ values, sources }, preferences, objectivesByCode] = await Promise.all([
    loadValues(db, organisationId, territoryId, codes),
    loadPreferences(db, organisationId, territoryId, codes),
    loadObjectives(db, organisationId, territoryId, codes),
  ]);
  return { values, sources, preferences, objectives: objectivesByCode };
}
