import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { z } from 'zod';
import {
  absorbProposals,
  actionFromProposal,
  mergedActionDefaults,
  type AbsorbedFields,
  type mergeInputSchema,
  type retainInputSchema,
  type setAsideInputSchema,
} from '@trajectoire/domain';
import type { AppEnv } from '../http/context';
import type { Tx } from '../db/client';
import { badRequest, conflict } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { insertAction } from '../plans/action-store';
import { presentAction } from '../plans/presenter';
import { actions } from '../plans/schema';
import { asTriageProposal, lockPendingProposals, lockWorkshop, recordDecision, validActionFields, type WorkshopRow } from './triage';

type ActionRow = typeof actions.$inferSelect;

async function createAction(tx: Tx, c: Context<AppEnv>, workshop: WorkshopRow, candidate: Record<string, unknown>, prefix: string) {
  const fields = validActionFields(candidate, prefix);
  const row = await insertAction(tx, {
    organisationId: workshop.organisationId,
    planId: workshop.planId,
    createdBy: c.get('auth')?.userId ?? null,
    fields,
  });
  await audit(tx, c, { organisationId: row.organisationId, entityType: 'action', entityId: row.id, action: 'create', after: presentAction(row) });
  return row;
}

/** Retains one proposal as a new action of the workshop's plan. */
export async function retainProposal(tx: Tx, c: Context<AppEnv>, workshopId: string, input: z.infer<typeof retainInputSchema>) {
  const workshop = await lockWorkshop(tx, workshopId);
  const [proposal] = await lockPendingProposals(tx, workshop.id, [{ id: input.proposalId, version: input.version }]);
  const candidate = {
    ...actionFromProposal(asTriageProposal(proposal)),
    ...input.overrides,
    ...(input.axisId !== undefined ? { axisId: input.axisId } : {}),
  };
  const action = await createAction(tx, c, workshop, candidate, 'overrides');
  const result = await recordDecision(tx, c, {
    workshop,
    kind: 'retain',
    proposals: [proposal],
    status: 'retained',
    action: { id: action.id, versionAfter: action.version, created: true },
  });
  return { ...result, action: presentAction(action) };
}

/** Sets one proposal aside, with the facilitator's reason. */
export async function setAsideProposal(tx: Tx, c: Context<AppEnv>, workshopId: string, input: z.infer<typeof setAsideInputSchema>) {
  const workshop = await lockWorkshop(tx, workshopId);
  const locked = await lockPendingProposals(tx, workshop.id, [{ id: input.proposalId, version: input.version }]);
  const result = await recordDecision(tx, c, { workshop, kind: 'set_aside', proposals: locked, status: 'set_aside', reason: input.reason });
  return { ...result, action: null };
}

/**
 * Merges proposals into one action: a new one whose fields the facilitator gives (defaults from the proposals), or an
 * existing action of the same plan that gains their levers and partners.
 */
export async function mergeProposals(tx: Tx, c: Context<AppEnv>, workshopId: string, input: z.infer<typeof mergeInputSchema>) {
  const workshop = await lockWorkshop(tx, workshopId);
  const requested = input.proposalIds.map((id, i) => ({ id, version: input.versions[i] }));
  const locked = await lockPendingProposals(tx, workshop.id, requested);
  const triage = locked.map(asTriageProposal);
  let action: ActionRow;
  let record: { versionAfter: number; created: boolean; before?: AbsorbedFields };
  if (input.targetActionId) {
    const [target] = await tx.select().from(actions).where(eq(actions.id, input.targetActionId)).for('update');
    // Another plan's (or tenant's) action is answered like a missing one.
    if (!target || target.planId !== workshop.planId)
      throw badRequest('action_not_in_plan', 'L’action cible n’appartient pas au plan de cet atelier.');
    if (target.version !== input.targetVersion) throw conflict(target.version);
    const before: AbsorbedFields = {
      copLevers: target.copLevers,
      porteurLevers: target.porteurLevers as AbsorbedFields['porteurLevers'],
      partners: target.partners,
    };
    action = await updateVersioned(tx, actions, target.id, target.version, absorbProposals(before, triage), eq(actions.planId, workshop.planId));
    await audit(tx, c, {
      organisationId: action.organisationId,
      entityType: 'action',
      entityId: action.id,
      action: 'update',
      before: presentAction(target),
      after: presentAction(action),
    });
    record = { versionAfter: action.version, created: false, before };
  } else {
    const { axisId, ...given } = input.action!;
    const candidate = { ...mergedActionDefaults(triage), ...given, ...(axisId !== undefined ? { axisId } : {}) };
    action = await createAction(tx, c, workshop, candidate, 'action');
    record = { versionAfter: action.version, created: true };
  }
  const result = await recordDecision(tx, c, {
    workshop,
    kind: 'merge',
    proposals: locked,
    status: 'merged',
    action: { id: action.id, ...record },
  });
  return { ...result, action: presentAction(action) };
}
