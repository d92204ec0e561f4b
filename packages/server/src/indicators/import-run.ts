// All-or-nothing import of indicator values: every problem is reported, nothing is written unless there is none.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { audit } from '../audit/audit';
import { territories } from '../territories/schema';
import type { TableSource } from '../imports/source';
import { locateValueTable, matchValueHeaders } from './import-columns';
import { candidateTerritoryIds, convertValueRows, sourceKey, type ValueDraft, type ValueImportIssue } from './import-rows';
import { indicatorSources, indicatorValues } from './schema';

export const INSERT_BATCH = 1000;

export interface ValueImportReport {
  dryRun: boolean;
  rowCount: number;
  toImport: number;
  imported: number;
  sourcesToCreate: number;
  errors: ValueImportIssue[];
}

export interface ValueImportInput {
  organisationId: string;
  source: TableSource;
  fileName: string;
  dryRun: boolean;
  unit: string | null;
  actor: Parameters<typeof audit>[1];
}

async function existingTerritories(db: Db, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += INSERT_BATCH) {
    const rows = await db.select({ id: territories.id }).from(territories).where(inArray(territories.id, ids.slice(i, i + INSERT_BATCH)));
    for (const r of rows) found.add(r.id);
  }
  return found;
}

async function orgSources(db: Db | Tx, organisationId: string): Promise<Map<string, string>> {
  const rows = await db.select().from(indicatorSources).where(eq(indicatorSources.organisationId, organisationId));
  return new Map(rows.map((s) => [sourceKey(s), s.id]));
}

export async function importIndicatorValues(db: Db, input: ValueImportInput): Promise<ValueImportReport> {
  const table = locateValueTable(input.source.rows);
  const { mapping } = matchValueHeaders(table.headers);
  const knownTerritories = await existingTerritories(db, candidateTerritoryIds({ table, mapping }));
  const { drafts, errors } = convertValueRows({ table, mapping, defaultUnit: input.unit, knownTerritories });
  const known = await orgSources(db, input.organisationId);
  const newSources = new Map<string, ValueDraft['source']>();
  for (const d of drafts) if (!known.has(d.sourceKey)) newSources.set(d.sourceKey, d.source);
  const report: ValueImportReport = {
    dryRun: input.dryRun,
    rowCount: table.rows.length,
    toImport: drafts.length,
    imported: 0,
    sourcesToCreate: newSources.size,
    errors,
  };
  if (input.dryRun || errors.length || !drafts.length) return report;
  await db.transaction(async (tx) => {
    const sourceIds = new Map(known);
    if (newSources.size) {
      const created = await tx
        .insert(indicatorSources)
        .values([...newSources.values()].map((s) => ({ ...s, organisationId: input.organisationId })))
        .returning();
      for (const s of created) sourceIds.set(sourceKey(s), s.id);
    }
    for (let i = 0; i < drafts.length; i += INSERT_BATCH) {
      const batch = drafts.slice(i, i + INSERT_BATCH).map((d) => ({
        organisationId: input.organisationId,
        territoryId: d.territoryId,
        indicatorCode: d.indicatorCode,
        year: d.year,
        kind: d.kind,
        value: String(d.value),
        sourceId: sourceIds.get(d.sourceKey)!,
        comment: d.comment,
      }));
      // A re-import of the same source replaces its values (the key includes the source, which belongs to the tenant).
      await tx
        .insert(indicatorValues)
        .values(batch)
        .onConflictDoUpdate({
          target: [indicatorValues.territoryId, indicatorValues.indicatorCode, indicatorValues.year, indicatorValues.kind, indicatorValues.sourceId],
          set: { value: sql`excluded.value`, comment: sql`excluded.comment` },
        });
    }
    report.imported = drafts.length;
    await audit(tx, input.actor, {
      organisationId: input.organisationId,
      entityType: 'indicator_values',
      entityId: input.organisationId,
      action: 'import',
      after: { fileName: input.fileName, format: input.source.format, rowCount: report.rowCount, imported: report.imported, sourcesCreated: newSources.size },
    });
  });
  return report;
}
