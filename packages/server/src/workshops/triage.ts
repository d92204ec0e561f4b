import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import {
  actionFieldsSchema,
  checkTriage,
  type AbsorbedFields,
  type ActionFields,
  type DecisionKind,
  type ProposalStatus,
  type TriageProposal,
} from '@trajectoire/domain';
import type { AppEnv } from '../http/context';
import type { Tx } from '../db/client';
import { AppError, badRequest, conflict, notFound } from '../http/problem';
import { audit } from '../audit/audit';
import { actionSources, proposalDecisions, proposals, workshops } from './schema';
import { presentProposal } from './presenter';
import { listDecisions } from './store';

export const alreadyTriaged = (proposalIds: string[]) =>
  new AppError(409, 'already_triaged', 'Cette proposition a déjà été arbitrée ; annulez la décision pour la modifier.', {
    proposalIds,
  });

export type ProposalRow = typeof proposals.$inferSelect;
export type WorkshopRow = typeof workshops.$inferSelect;

/**
 * Share-locks the workshop for the duration of a decision: a concurrent deletion either commits first (then the
 * decision answers 404) or waits and then sees the decision (and answers 409).
 */
export async function lockWorkshop(tx: Tx, id: string): Promise<WorkshopRow> {
  const [row] = await tx.select().from(workshops).where(eq(workshops.id, id)).for('share');
  if (!row) throw notFound('Atelier');
  return row;
}

/**
 * Locks the requested proposals and checks they can be triaged together; concurrent decisions on the same proposal
 * serialise here, and the second one sees `already_triaged`. Rows come back in the requested order.
 */
export async function lockPendingProposals(
  tx: Tx,
  workshopId: string,
  requested: { id: string; version: number }[],
): Promise<ProposalRow[]> {
  const ids = requested.map((r) => r.id);
  const rows = await tx.select().from(proposals).where(inArray(proposals.id, ids)).orderBy(asc(proposals.id)).for('update');
  const problem = checkTriage(workshopId, requested, rows.map((r) => ({ ...r, status: r.status as ProposalStatus })));
  if (problem?.code === 'proposal_not_in_workshop')
    throw badRequest(problem.code, 'Certaines propositions n’appartiennent pas à cet atelier.', { proposalIds: problem.proposalIds });
  if (problem?.code === 'already_triaged') throw alreadyTriaged(problem.proposalIds);
  if (problem?.code === 'version_conflict') {
    const e = conflict(problem.currentVersion);
    throw new AppError(e.status, e.code, e.message, { ...e.extra, proposalId: problem.proposalId });
  }
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

export const asTriageProposal = (p: ProposalRow): TriageProposal => ({ ...p, status: p.status as ProposalStatus });

/** Validates the action a decision creates; errors point into the request body under `prefix`. */
export function validActionFields(candidate: Record<string, unknown>, prefix: string): ActionFields {
  const parsed = actionFieldsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ path: [prefix, ...i.path].join('.'), message: i.message }));
  throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
}

export interface DecisionRecord {
  workshop: WorkshopRow;
  kind: DecisionKind;
  proposals: ProposalRow[];
  status: Exclude<ProposalStatus, 'pending'>;
  reason?: string;
  action?: { id: string; versionAfter: number; created: boolean; before?: AbsorbedFields };
}

/**
 * Writes a decision: the decision row, the proposals' new status, the provenance links to the action, and audit
 * entries for each. Runs inside the caller's transaction, after the action has been created or changed.
 */
export async function recordDecision(tx: Tx, c: Context<AppEnv>, r: DecisionRecord) {
  const organisationId = r.workshop.organisationId;
  const [decision] = await tx
    .insert(proposalDecisions)
    .values({
      organisationId,
      workshopId: r.workshop.id,
      kind: r.kind,
      reason: r.reason ?? '',
      actionId: r.action?.id ?? null,
      createdAction: r.action?.created ?? false,
      actionVersionAfter: r.action?.versionAfter ?? null,
      actionBefore: r.action?.before ?? null,
      decidedBy: c.get('auth')?.userId ?? null,
    })
    .returning();
  const ids = r.proposals.map((p) => p.id);
  const updated = await tx
    .update(proposals)
    .set({ status: r.status, decisionId: decision.id, version: sql`${proposals.version} + 1`, updatedAt: new Date() })
    .where(inArray(proposals.id, ids))
    .returning();
  if (r.action) await tx.insert(actionSources).values(ids.map((proposalId) => ({ actionId: r.action!.id, proposalId })));
  const [dto] = await listDecisions(tx, eq(proposalDecisions.id, decision.id));
  await audit(tx, c, { organisationId, entityType: 'proposal_decision', entityId: decision.id, action: 'create', after: dto });
  const after = ids.map((id) => presentProposal(updated.find((u) => u.id === id)!));
  for (const [i, p] of r.proposals.entries())
    await audit(tx, c, { organisationId, entityType: 'proposal', entityId: p.id, action: 'update', before: presentProposal(p), after: after[i] });
  return { decision: dto, proposals: after };
}
