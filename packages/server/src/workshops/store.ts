import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { canUndoDecision } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { users } from '../auth/schema';
import { actions } from '../plans/schema';
import { actionSources, proposalDecisions, proposals, workshops } from './schema';
import { asDecisionKind, emptyCounts, presentProposal, type DecisionDto, type ProposalCounts } from './presenter';

type Q = Db | Tx;

/** Undated workshops sort last, after every dated one. */
export const workshopSortDate = sql<string>`coalesce(${workshops.date}, '9999-12-31')`;

export async function listWorkshopRows(db: Q, planId: string, after: [string, string] | null, limit: number) {
  const afterCursor = after
    ? or(gt(workshopSortDate, after[0]), and(eq(workshopSortDate, after[0]), gt(workshops.id, after[1])))
    : undefined;
  return db
    .select()
    .from(workshops)
    .where(and(eq(workshops.planId, planId), afterCursor))
    .orderBy(asc(workshopSortDate), asc(workshops.id))
    .limit(limit + 1);
}

export async function proposalCounts(db: Q, workshopIds: string[]): Promise<Map<string, ProposalCounts>> {
  const counts = new Map(workshopIds.map((id) => [id, emptyCounts()]));
  if (!workshopIds.length) return counts;
  const rows = await db
    .select({ workshopId: proposals.workshopId, status: proposals.status, n: sql<number>`count(*)` })
    .from(proposals)
    .where(inArray(proposals.workshopId, workshopIds))
    .groupBy(proposals.workshopId, proposals.status);
  for (const r of rows) counts.get(r.workshopId)![r.status as keyof ProposalCounts] = Number(r.n);
  return counts;
}

export async function listProposals(db: Q, workshopId: string) {
  const rows = await db
    .select()
    .from(proposals)
    .where(eq(proposals.workshopId, workshopId))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  return rows.map(presentProposal);
}

/** Decisions matching `where`, in the order they were taken, with what the UI needs to show and undo them. */
export async function listDecisions(db: Q, where: SQL): Promise<DecisionDto[]> {
  const rows = await db
    .select({
      d: proposalDecisions,
      userName: users.name,
      actionTitle: actions.title,
      actionVersion: actions.version,
      childCount: sql<number>`(select count(*) from "actions" c where c."parent_id" = ${actions.id})`,
    })
    .from(proposalDecisions)
    .leftJoin(users, eq(users.id, proposalDecisions.decidedBy))
    .leftJoin(actions, eq(actions.id, proposalDecisions.actionId))
    .where(where)
    .orderBy(asc(proposalDecisions.decidedAt), asc(proposalDecisions.id));
  if (!rows.length) return [];
  const links = await db
    .select({ id: proposals.id, decisionId: proposals.decisionId })
    .from(proposals)
    .where(inArray(proposals.decisionId, rows.map((r) => r.d.id)))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  return rows.map(({ d, userName, actionTitle, actionVersion, childCount }) => ({
    id: d.id,
    workshopId: d.workshopId,
    kind: asDecisionKind(d.kind)!,
    reason: d.reason,
    proposalIds: links.filter((l) => l.decisionId === d.id).map((l) => l.id),
    actionId: d.actionId,
    actionTitle: actionTitle ?? null,
    createdAction: d.createdAction,
    undoable: canUndoDecision({
      actionVersionAfter: d.actionVersionAfter,
      action: actionVersion === null ? null : { version: actionVersion, childCount: Number(childCount) },
    }),
    decidedAt: d.decidedAt.toISOString(),
    decidedBy: d.decidedBy && userName !== null ? { id: d.decidedBy, name: userName } : null,
  }));
}

/** Where an action comes from: its source proposals with their workshop and the decision that took them in. */
export async function listActionSources(db: Q, actionId: string) {
  const rows = await db
    .select({ p: proposals, w: workshops, d: proposalDecisions, userName: users.name })
    .from(actionSources)
    .innerJoin(proposals, eq(proposals.id, actionSources.proposalId))
    .innerJoin(workshops, eq(workshops.id, proposals.workshopId))
    .leftJoin(proposalDecisions, eq(proposalDecisions.id, proposals.decisionId))
    .leftJoin(users, eq(users.id, proposalDecisions.decidedBy))
    .where(eq(actionSources.actionId, actionId))
    .orderBy(asc(workshopSortDate), asc(workshops.id), asc(proposals.createdAt), asc(proposals.id));
  return rows.map(({ p, w, d, userName }) => ({
    proposalId: p.id,
    title: p.title,
    contributorName: p.contributorName,
    contributorOrganisation: p.contributorOrganisation,
    workshopId: w.id,
    workshopTheme: w.theme,
    workshopDate: w.date,
    decisionKind: asDecisionKind(d?.kind ?? null),
    decidedAt: d?.decidedAt.toISOString() ?? null,
    decidedBy: userName ?? null,
  }));
}
