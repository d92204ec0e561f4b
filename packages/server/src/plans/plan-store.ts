import { count, eq, notInArray, sql } from 'drizzle-orm';
import { ACTION_STATUSES, type ActionStatus } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { actions, axes, type plans } from './schema';
import { presentAxis, presentPlan } from './presenter';
import { buildTree } from './axis-tree';
import type { planDetailSchema } from './detail-presenter';
import type { z } from '@hono/zod-openapi';

/** Plan page header: the plan, its axis tree with direct action counts, and action counts by status and lateness. */
export async function planDetail(db: Db, plan: typeof plans.$inferSelect, today: string): Promise<z.infer<typeof planDetailSchema>> {
  // One grouped scan of the plan's actions gives the per-axis, per-status and late counts.
  const [axisRows, groups] = await Promise.all([
    db.select().from(axes).where(eq(axes.planId, plan.id)),
    db
      .select({
        axisId: actions.axisId,
        status: actions.status,
        n: count(),
        late: sql<number>`count(*) filter (where ${actions.endDate} < ${today}::date and ${notInArray(actions.status, ['done', 'abandoned'])})`,
      })
      .from(actions)
      .where(eq(actions.planId, plan.id))
      .groupBy(actions.axisId, actions.status),
  ]);
  const axisCounts = new Map<string | null, number>();
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  let total = 0;
  let late = 0;
  for (const g of groups) {
    const n = Number(g.n);
    axisCounts.set(g.axisId, (axisCounts.get(g.axisId) ?? 0) + n);
    if (g.status in byStatus) byStatus[g.status as ActionStatus] += n;
    total += n;
    late += Number(g.late);
  }
  const tree = buildTree(axisRows.map((a) => ({ ...presentAxis(a), actionCount: axisCounts.get(a.id) ?? 0 })));
  return {
    ...presentPlan(plan),
    axes: tree,
    actionCounts: { total, byStatus, late },
  };
}
