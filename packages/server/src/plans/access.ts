import { eq } from 'drizzle-orm';
import type { Operation } from '@trajectoire/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import { authorize } from '../auth/access';
import { notFound } from '../http/problem';
import { actions, axes, plans } from './schema';

// Each loader fetches the resource first and authorises on its organisation: a missing id and an id of another
// tenant both answer the same 404.

export async function loadPlan(c: Context<AppEnv>, id: string, op: Operation) {
  const [plan] = await c.get('db').select().from(plans).where(eq(plans.id, id));
  if (!plan) throw notFound('Plan');
  const actor = await authorize(c, plan.organisationId, op, undefined, 'Plan');
  return { plan, actor };
}

export async function loadAxis(c: Context<AppEnv>, id: string, op: Operation) {
  const [row] = await c
    .get('db')
    .select({ axis: axes, organisationId: plans.organisationId })
    .from(axes)
    .innerJoin(plans, eq(plans.id, axes.planId))
    .where(eq(axes.id, id));
  if (!row) throw notFound('Axe');
  const actor = await authorize(c, row.organisationId, op, undefined, 'Axe');
  return { axis: row.axis, organisationId: row.organisationId, actor };
}

/** Restricted editors are judged on the action's current pilots. */
export async function loadAction(c: Context<AppEnv>, id: string, op: Operation) {
  const [action] = await c.get('db').select().from(actions).where(eq(actions.id, id));
  if (!action) throw notFound('Action');
  const pilotUserIds = pilotIds(action.pilots);
  const actor = await authorize(c, action.organisationId, op, { pilotUserIds }, 'Action');
  return { action, actor };
}

export const pilotIds = (pilots: { userId?: string }[]) => pilots.flatMap((p) => (p.userId ? [p.userId] : []));
