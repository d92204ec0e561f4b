import type { DecisionKind, PorteurLever, ProposalStatus } from '@trajectoire/domain';
import { api, seg, type Page } from '../../api/client';
import type { Action } from '../actions/api';

export interface Participant {
  name: string;
  organisation: string;
  role: string;
}

export type ProposalCounts = Record<ProposalStatus, number>;

export interface Workshop {
  id: string;
  organisationId: string;
  planId: string;
  date: string | null;
  theme: string;
  description: string;
  participants: Participant[];
  proposalCounts: ProposalCounts;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Proposal {
  id: string;
  workshopId: string;
  title: string;
  objectives: string;
  pilotText: string;
  leversText: string;
  partnersText: string;
  copLevers: string[];
  suggestedPorteurLevers: PorteurLever[];
  contributorName: string;
  contributorOrganisation: string;
  status: ProposalStatus;
  decisionId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Decision {
  id: string;
  workshopId: string;
  kind: DecisionKind;
  reason: string;
  proposalIds: string[];
  actionId: string | null;
  actionTitle: string | null;
  createdAction: boolean;
  undoable: boolean;
  decidedAt: string;
  decidedBy: { id: string; name: string } | null;
}

export interface WorkshopDetail extends Workshop {
  proposals: Record<ProposalStatus, Proposal[]>;
  decisions: Decision[];
}

export interface TriageResult {
  decision: Decision;
  action: Action | null;
  proposals: Proposal[];
}

export interface WorkshopInput {
  theme: string;
  date: string | null;
  description: string;
}

export interface ProposalInput {
  title: string;
  objectives: string;
  pilotText: string;
  leversText: string;
  partnersText: string;
  copLevers: string[];
  contributorName: string;
  contributorOrganisation: string;
}

const ws = (id: string) => `/api/workshops/${seg(id)}`;

export const listWorkshops = (planId: string, signal?: AbortSignal) =>
  api.get<Page<Workshop>>(`/api/plans/${seg(planId)}/workshops`, { limit: 500 }, signal);
export const createWorkshop = (planId: string, body: WorkshopInput) => api.post<Workshop>(`/api/plans/${seg(planId)}/workshops`, body);
export const getWorkshop = (id: string, signal?: AbortSignal) => api.get<WorkshopDetail>(ws(id), undefined, signal);
export const updateWorkshop = (id: string, body: Partial<WorkshopInput> & { version: number }) => api.patch<Workshop>(ws(id), body);
export const deleteWorkshop = (id: string) => api.delete(ws(id));

export const createProposal = (workshopId: string, body: ProposalInput) => api.post<Proposal>(`${ws(workshopId)}/proposals`, body);
export const deleteProposal = (id: string) => api.delete(`/api/proposals/${seg(id)}`);

export const retain = (workshopId: string, body: { proposalId: string; version: number; axisId?: string | null }) =>
  api.post<TriageResult>(`${ws(workshopId)}/decisions/retain`, body);
export const merge = (
  workshopId: string,
  body:
    | { proposalIds: string[]; versions: number[]; action: { title: string; objectives?: string; axisId?: string | null } }
    | { proposalIds: string[]; versions: number[]; targetActionId: string; targetVersion: number },
) => api.post<TriageResult>(`${ws(workshopId)}/decisions/merge`, body);
export const setAside = (workshopId: string, body: { proposalId: string; version: number; reason: string }) =>
  api.post<TriageResult>(`${ws(workshopId)}/decisions/set-aside`, body);
export const undoDecision = (id: string) => api.post<{ proposals: Proposal[] }>(`/api/decisions/${seg(id)}/undo`);
