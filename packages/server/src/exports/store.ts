import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { actions, axes, plans } from '../plans/schema';

export type PlanRow = typeof plans.$inferSelect;
export type AxisRow = typeof axes.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;

export interface PlanContent {
  plan: PlanRow;
  /** In display order: by position, then creation, then id, so that two exports list rows alike. */
  axes: AxisRow[];
  actions: ActionRow[];
}

const byPosition = <T extends { position: number; createdAt: Date; id: string }>(a: T, b: T) =>
  a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function loadPlanContent(db: Db, plan: PlanRow): Promise<PlanContent> {
  const [axisRows, actionRows] = await Promise.all([
    db.select().from(axes).where(eq(axes.planId, plan.id)),
    db.select().from(actions).where(eq(actions.planId, plan.id)),
  ]);
  return { plan, axes: axisRows.sort(byPosition), actions: actionRows.sort(byPosition) };
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, id));
  return plan;
}

/** Axis titles from the root down, e.g. ["Mobilités", "Vélo"]. */
export function axisPaths(axisRows: readonly AxisRow[]): Map<string, string[]> {
  const byId = new Map(axisRows.map((a) => [a.id, a]));
  const paths = new Map<string, string[]>();
  const pathOf = (a: AxisRow, seen = new Set<string>()): string[] => {
    const cached = paths.get(a.id);
    if (cached) return cached;
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    // A cycle cannot be created through the API; the guard only keeps a corrupted tree from looping.
    const path = parent && !seen.has(parent.id) ? [...pathOf(parent, seen.add(a.id)), a.title] : [a.title];
    paths.set(a.id, path);
    return path;
  };
  for (const a of axisRows) pathOf(a);
  return paths;
}
