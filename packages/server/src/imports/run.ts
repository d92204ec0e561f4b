import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { normaliseSearch } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { audit } from '../audit/audit';
import { axes, type plans } from '../plans/schema';
import { insertAction } from '../plans/action-store';
import { presentAction, presentAxis } from '../plans/presenter';
import type { TableSource } from './source';
import { tableOf } from './preview';
import { parseMapping, resolveMapping } from './mapping';
import { convertRows, type Draft, type ImportIssue } from './rows';

/** Who writes: the request context, or a label such as 'cli'. */
export type AuditActor = Parameters<typeof audit>[1];

export interface ImportReport {
  dryRun: boolean;
  /** Action rows read below the header. */
  rowCount: number;
  /** Actions the file yields: written by a real run, or that a dry run would write. */
  toCreate: number;
  /** Actions written (0 on a dry run or when anything is wrong). */
  created: number;
  /** Axis titles that do not exist in the plan yet and are (or would be) created. */
  axesToCreate: string[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ImportInput {
  plan: typeof plans.$inferSelect;
  source: TableSource;
  fileName: string;
  /** User mapping as JSON (see parseMapping); the suggested mapping when absent. */
  mapping?: string;
  dryRun: boolean;
  actor: AuditActor;
  createdBy: string | null;
}

/**
 * Imports an action table into a plan, all or nothing: the report lists every problem found, and nothing is
 * written unless there is none. The writes share one transaction, so a failure midway leaves the plan untouched.
 */
export async function importActions(db: Db, input: ImportInput): Promise<ImportReport> {
  const { plan } = input;
  const table = tableOf(input.source);
  const explicit = input.mapping ? parseMapping(input.mapping, table.headers) : null;
  const resolved = resolveMapping(table.headers, table.headerRow, explicit);
  const existingAxes = await db.select().from(axes).where(eq(axes.planId, plan.id)).orderBy(asc(axes.position), asc(axes.createdAt));
  const converted = convertRows({
    table,
    mapping: resolved.mapping,
    existingAxes,
    planStartYear: plan.startYear,
    currentYear: new Date().getFullYear(),
  });
  const report: ImportReport = {
    dryRun: input.dryRun,
    rowCount: table.rows.length,
    toCreate: converted.drafts.length,
    created: 0,
    axesToCreate: converted.axesToCreate,
    errors: [...resolved.errors, ...converted.errors],
    warnings: [...resolved.warnings, ...converted.warnings],
  };
  if (input.dryRun || report.errors.length) return report;
  await db.transaction(async (tx) => {
    const axisIds = new Map<string, string>();
    for (const a of existingAxes) if (!axisIds.has(normaliseSearch(a.title))) axisIds.set(normaliseSearch(a.title), a.id);
    for (const title of converted.axesToCreate) axisIds.set(normaliseSearch(title), await createAxis(tx, input, title));
    for (const draft of converted.drafts) await createAction(tx, input, draft, axisIds);
    report.created = converted.drafts.length;
    await audit(tx, input.actor, {
      organisationId: plan.organisationId,
      entityType: 'plan',
      entityId: plan.id,
      action: 'import',
      after: { fileName: input.fileName, format: input.source.format, rowCount: report.rowCount, created: report.created, axesCreated: report.axesToCreate },
    });
  });
  return report;
}

async function createAxis(tx: Tx, input: ImportInput, title: string): Promise<string> {
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${axes.position}), -1) + 1` })
    .from(axes)
    .where(and(eq(axes.planId, input.plan.id), isNull(axes.parentId)));
  const [axis] = await tx.insert(axes).values({ planId: input.plan.id, title, position: Number(next) }).returning();
  await audit(tx, input.actor, { organisationId: input.plan.organisationId, entityType: 'axis', entityId: axis.id, action: 'import', after: presentAxis(axis) });
  return axis.id;
}

async function createAction(tx: Tx, input: ImportInput, draft: Draft, axisIds: Map<string, string>) {
  const axisId = draft.axisTitle ? (axisIds.get(normaliseSearch(draft.axisTitle)) ?? null) : null;
  const row = await insertAction(tx, {
    organisationId: input.plan.organisationId,
    planId: input.plan.id,
    createdBy: input.createdBy,
    fields: { ...draft.fields, axisId },
  });
  await audit(tx, input.actor, { organisationId: input.plan.organisationId, entityType: 'action', entityId: row.id, action: 'import', after: presentAction(row) });
}
