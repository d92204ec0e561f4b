import { and, count, eq, notInArray, sql } from 'drizzle-orm';
import { ACTION_STATUSES, type ActionStatus } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { actions, axes, type plans } from './schema';
import { presentAxis, presentPlan } from './presenter';
import { buildTree } from './axis-tree';
import type { planDetailSchema } from './detail-presenter';
import type { z } from '@hono/zod-openapi';

/** Plan page header: the plan, its axis tree with direct action counts, and action counts by status and lateness. */
export async function planDetail(db: Db, plan: typeof plans.$inferSelect, today: string): Promise<z.infer<typeof planDetailSchema>> {
  const [axisRows, perAxis, perStatus, [late]] = await Promise.all([
    db.select().from(axes).where(eq(axes.planId, plan.id)),
    db.select({ axisId: actions.axisId, n: count() }).from(actions).where(eq(actions.planId, plan.id)).groupBy(actions.axisId),
    db.select({ status: actions.status, n: count() }).from(actions).where(eq(actions.planId, plan.id)).groupBy(actions.status),
    db
      .select({ n: count() })
      .from(actions)
      .where(
        and(
          eq(actions.planId, plan.id),
          sql`${actions.endDate} < ${today}::date`,
          notInArray(actions.status, ['done', 'abandoned']),
        ),
      ),
  ]);
  const axisCounts = new Map(perAxis.map((r) => [r.axisId, Number(r.n)]));
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const r of perStatus) if (r.status in byStatus) byStatus[r.status as ActionStatus] = Number(r.n);
  const tree = buildTree(axisRows.map((a) => ({ ...presentAxis(a), actionCount: axisCounts.get(a.id) ?? 0 })));
  return {
    ...presentPlan(plan),
    axes: tree,
    actionCounts: { total: perStatus.reduce((s, r) => s + Number(r.n), 0), byStatus, late: Number(late.n) },
  };
}
