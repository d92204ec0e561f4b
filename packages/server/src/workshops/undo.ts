import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { canUndoDecision } from '@trajectoire/domain';
import type { AppEnv } from '../http/context';
import type { Tx } from '../db/client';
import { AppError, notFound } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { presentAction } from '../plans/presenter';
import { actions } from '../plans/schema';
import { actionSources, proposalDecisions, proposals } from './schema';
import { presentProposal } from './presenter';
import { listDecisions } from './store';

/**
 * Reverts a decision while its action is exactly as the decision left it: a created action is deleted, an action
 * that absorbed proposals gets its levers and partners back. The proposals return to pending.
 */
export async function undoDecision(tx: Tx, c: Context<AppEnv>, decisionId: string) {
  const [decision] = await tx.select().from(proposalDecisions).where(eq(proposalDecisions.id, decisionId)).for('update');
  if (!decision) throw notFound('Décision');
  const [before] = await listDecisions(tx, eq(proposalDecisions.id, decision.id));
  const [action] = decision.actionId
    ? await tx.select().from(actions).where(eq(actions.id, decision.actionId)).for('update')
    : [undefined];
  const [{ n: childCount }] = action
    ? await tx.select({ n: sql<number>`count(*)` }).from(actions).where(eq(actions.parentId, action.id))
    : [{ n: 0 }];
  const state = action ? { version: action.version, childCount: Number(childCount) } : null;
  if (!canUndoDecision({ actionVersionAfter: decision.actionVersionAfter, action: state }))
    throw new AppError(409, 'decision_locked', 'L’action issue de cette décision a été modifiée depuis ; la décision ne peut plus être annulée.');

  const organisationId = decision.organisationId;
  const locked = await tx
    .select()
    .from(proposals)
    .where(eq(proposals.decisionId, decision.id))
    .orderBy(asc(proposals.createdAt), asc(proposals.id))
    .for('update');
  const ids = locked.map((p) => p.id);

  if (action && decision.createdAction) {
    await tx.delete(actions).where(eq(actions.id, action.id));
    await audit(tx, c, { organisationId, entityType: 'action', entityId: action.id, action: 'delete', before: presentAction(action) });
  } else if (action) {
    const restored = await updateVersioned(tx, actions, action.id, action.version, { ...decision.actionBefore });
    if (ids.length)
      await tx.delete(actionSources).where(and(eq(actionSources.actionId, action.id), inArray(actionSources.proposalId, ids)));
    await audit(tx, c, {
      organisationId,
      entityType: 'action',
      entityId: action.id,
      action: 'update',
      before: presentAction(action),
      after: presentAction(restored),
    });
  }

  const reset = ids.length
    ? await tx
        .update(proposals)
        .set({ status: 'pending', decisionId: null, version: sql`${proposals.version} + 1`, updatedAt: new Date() })
        .where(inArray(proposals.id, ids))
        .returning()
    : [];
  const after = locked.map((p) => presentProposal(reset.find((r) => r.id === p.id)!));
  for (const [i, p] of locked.entries())
    await audit(tx, c, { organisationId, entityType: 'proposal', entityId: p.id, action: 'update', before: presentProposal(p), after: after[i] });
  await tx.delete(proposalDecisions).where(eq(proposalDecisions.id, decision.id));
  await audit(tx, c, { organisationId, entityType: 'proposal_decision', entityId: decision.id, action: 'delete', before });
  return { proposals: after };
}
