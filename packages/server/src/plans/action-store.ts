import { and, eq, sql } from 'drizzle-orm';
import { isCopLeverCode, validateActionRules, type ActionFields } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { AppError } from '../http/problem';
import { actions, axes } from './schema';

/** Converts validated fields to column values (numbers to numeric strings). */
export function actionColumns(f: Partial<ActionFields>): Partial<typeof actions.$inferInsert> {
  const { impactTco2ePerYear, impactMwhPerYear, ...rest } = f;
  return {
    ...rest,
    ...(impactTco2ePerYear !== undefined ? { impactTco2ePerYear: impactTco2ePerYear === null ? null : String(impactTco2ePerYear) } : {}),
    ...(impactMwhPerYear !== undefined ? { impactMwhPerYear: impactMwhPerYear === null ? null : String(impactMwhPerYear) } : {}),
  };
}

/**
 * Rules that need the database: the axis and parent belong to the same plan, sub-actions are one level deep,
 * COP lever codes exist. Throws a 400 problem listing every failing field.
 */
export async function checkActionRefs(tx: Db | Tx, planId: string, f: Partial<ActionFields>, selfId?: string) {
  const errors: { path: string; message: string }[] = Object.entries(
    validateActionRules({ startDate: f.startDate ?? null, endDate: f.endDate ?? null, budgets: f.budgets ?? [] }),
  ).map(([path, message]) => ({ path, message }));
  if (f.axisId) {
    const [axis] = await tx.select({ id: axes.id }).from(axes).where(and(eq(axes.id, f.axisId), eq(axes.planId, planId)));
    if (!axis) errors.push({ path: 'axisId', message: "L'axe n'appartient pas à ce plan." });
  }
  if (f.parentId) {
    const [parent] = await tx
      .select({ id: actions.id, parentId: actions.parentId })
      .from(actions)
      .where(and(eq(actions.id, f.parentId), eq(actions.planId, planId)));
    if (!parent) errors.push({ path: 'parentId', message: "L'action parente n'appartient pas à ce plan." });
    else if (parent.parentId) errors.push({ path: 'parentId', message: 'Une sous-action ne peut pas avoir de sous-action.' });
    else if (selfId && parent.id === selfId) errors.push({ path: 'parentId', message: 'Une action ne peut pas être sa propre parente.' });
    if (selfId && parent) {
      const [child] = await tx.select({ id: actions.id }).from(actions).where(eq(actions.parentId, selfId)).limit(1);
      if (child) errors.push({ path: 'parentId', message: 'Cette action a déjà des sous-actions.' });
    }
  }
  const unknown = (f.copLevers ?? []).filter((c) => !isCopLeverCode(c));
  if (unknown.length) errors.push({ path: 'copLevers', message: `Levier(s) COP inconnu(s) : ${unknown.join(', ')}` });
  if (errors.length) throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
}

/** Inserts an action at the end of its plan. The caller audits inside the same transaction. */
export async function insertAction(
  tx: Db | Tx,
  input: { organisationId: string; planId: string; createdBy: string | null; fields: ActionFields },
) {
  await checkActionRefs(tx, input.planId, input.fields);
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${actions.position}), -1) + 1` })
    .from(actions)
    .where(eq(actions.planId, input.planId));
  const [row] = await tx
    .insert(actions)
    .values({
      ...actionColumns(input.fields),
      organisationId: input.organisationId,
      planId: input.planId,
      createdBy: input.createdBy,
      position: Number(next),
    } as typeof actions.$inferInsert)
    .returning();
  return row;
}
