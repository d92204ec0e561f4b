import { eq } from 'drizzle-orm';
import type { Operation } from '@trajectoire/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import { authorize, requireAuth } from '../auth/access';
import { notFound } from '../http/problem';
import { actions, plans } from '../plans/schema';
import { proposalDecisions, proposals, workshops } from './schema';

// Each loader answers 401 to anonymous callers before looking anything up, then 404 for a missing row exactly as
// for another tenant's row (authorize decides on the row's organisation), then 403 for a member lacking the right.

export async function planFor(c: Context<AppEnv>, id: string, op: Operation) {
  requireAuth(c);
  const [plan] = await c.get('db').select().from(plans).where(eq(plans.id, id));
  if (!plan) throw notFound('Plan');
  await authorize(c, plan.organisationId, op, undefined, 'Plan');
  return plan;
}

export async function workshopFor(c: Context<AppEnv>, id: string, op: Operation) {
  requireAuth(c);
  const [workshop] = await c.get('db').select().from(workshops).where(eq(workshops.id, id));
  if (!workshop) throw notFound('Atelier');
  await authorize(c, workshop.organisationId, op, undefined, 'Atelier');
  return workshop;
}

export async function proposalFor(c: Context<AppEnv>, id: string, op: Operation) {
  requireAuth(c);
  const [proposal] = await c.get('db').select().from(proposals).where(eq(proposals.id, id));
  if (!proposal) throw notFound('Proposition');
  await authorize(c, proposal.organisationId, op, undefined, 'Proposition');
  return proposal;
}

export async function decisionFor(c: Context<AppEnv>, id: string, op: Operation) {
  requireAuth(c);
  const [decision] = await c.get('db').select().from(proposalDecisions).where(eq(proposalDecisions.id, id));
  if (!decision) throw notFound('Décision');
  await authorize(c, decision.organisationId, op, undefined, 'Décision');
  return decision;
}

export async function actionFor(c: Context<AppEnv>, id: string, op: Operation) {
  requireAuth(c);
  const [action] = await c
    .get('db')
    .select({ id: actions.id, organisationId: actions.organisationId })
    .from(actions)
    .where(eq(actions.id, id));
  if (!action) throw notFound('Action');
  await authorize(c, action.organisationId, op, undefined, 'Action');
  return action;
}
