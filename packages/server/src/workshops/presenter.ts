import { z } from '@hono/zod-openapi';
import {
  DECISION_KINDS,
  PORTEUR_LEVERS,
  PROPOSAL_STATUSES,
  guessPorteurLevers,
  workshopParticipantSchema,
  type DecisionKind,
  type ProposalStatus,
} from '@trajectoire/domain';
import type { proposals, workshops } from './schema';

export const proposalCountsSchema = z.object({
  pending: z.number().int(),
  retained: z.number().int(),
  merged: z.number().int(),
  set_aside: z.number().int(),
});
export type ProposalCounts = z.infer<typeof proposalCountsSchema>;
export const emptyCounts = (): ProposalCounts => ({ pending: 0, retained: 0, merged: 0, set_aside: 0 });

export const workshopSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    planId: z.string(),
    date: z.string().nullable(),
    theme: z.string(),
    description: z.string(),
    participants: z.array(workshopParticipantSchema),
    proposalCounts: proposalCountsSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Workshop');
export type WorkshopDto = z.infer<typeof workshopSchema>;

export const proposalSchema = z
  .object({
    id: z.string(),
    workshopId: z.string(),
    title: z.string(),
    objectives: z.string(),
    pilotText: z.string(),
    leversText: z.string(),
    partnersText: z.string(),
    copLevers: z.array(z.string()),
    /** What retaining the proposal would set as porteur levers; derived, never stored. */
    suggestedPorteurLevers: z.array(z.enum(PORTEUR_LEVERS)),
    contributorName: z.string(),
    contributorOrganisation: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    decisionId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Proposal');
export type ProposalDto = z.infer<typeof proposalSchema>;

export const decisionSchema = z
  .object({
    id: z.string(),
    workshopId: z.string(),
    kind: z.enum(DECISION_KINDS),
    reason: z.string(),
    proposalIds: z.array(z.string()),
    actionId: z.string().nullable(),
    actionTitle: z.string().nullable(),
    createdAction: z.boolean(),
    /** Whether POST /api/decisions/{id}/undo would succeed now (the action is untouched since). */
    undoable: z.boolean(),
    decidedAt: z.string(),
    decidedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi('ProposalDecision');
export type DecisionDto = z.infer<typeof decisionSchema>;

export const workshopDetailSchema = workshopSchema
  .extend({
    proposals: z.object({
      pending: z.array(proposalSchema),
      retained: z.array(proposalSchema),
      merged: z.array(proposalSchema),
      set_aside: z.array(proposalSchema),
    }),
    decisions: z.array(decisionSchema),
  })
  .openapi('WorkshopDetail');

export const actionSourceSchema = z
  .object({
    proposalId: z.string(),
    title: z.string(),
    contributorName: z.string(),
    contributorOrganisation: z.string(),
    workshopId: z.string(),
    workshopTheme: z.string(),
    workshopDate: z.string().nullable(),
    decisionKind: z.enum(DECISION_KINDS).nullable(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
  })
  .openapi('ActionSource');

export function presentWorkshop(w: typeof workshops.$inferSelect, proposalCounts: ProposalCounts): WorkshopDto {
  return {
    id: w.id,
    organisationId: w.organisationId,
    planId: w.planId,
    date: w.date,
    theme: w.theme,
    description: w.description,
    participants: w.participants,
    proposalCounts,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    version: w.version,
  };
}

export function presentProposal(p: typeof proposals.$inferSelect): ProposalDto {
  return {
    id: p.id,
    workshopId: p.workshopId,
    title: p.title,
    objectives: p.objectives,
    pilotText: p.pilotText,
    leversText: p.leversText,
    partnersText: p.partnersText,
    copLevers: p.copLevers,
    suggestedPorteurLevers: guessPorteurLevers(p.leversText),
    contributorName: p.contributorName,
    contributorOrganisation: p.contributorOrganisation,
    status: p.status as ProposalStatus,
    decisionId: p.decisionId,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export const asDecisionKind = (k: string | null) => k as DecisionKind | null;
