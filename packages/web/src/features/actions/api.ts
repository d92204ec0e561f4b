import type { ActionFields, ActionStatus, ParticipationLevel, Priority } from '@trajectoire/domain';
import { api, seg } from '../../api/client';

/** An action as the API presents it (see the server's actionSchema). */
export interface Action {
  id: string;
  organisationId: string;
  planId: string;
  axisId: string | null;
  parentId: string | null;
  ref: string | null;
  position: number;
  title: string;
  description: string;
  objectives: string;
  status: ActionStatus;
  priority: Priority | null;
  startDate: string | null;
  endDate: string | null;
  late: boolean;
  pilots: ActionFields['pilots'];
  ownerOrganisationId: string | null;
  ownerName: string | null;
  partners: ActionFields['partners'];
  funders: ActionFields['funders'];
  porteurLevers: string[];
  copLevers: string[];
  impactTco2ePerYear: number | null;
  impactMwhPerYear: number | null;
  impactNote: string;
  budgets: ActionFields['budgets'];
  targetPublics: string[];
  participationLevel: ParticipationLevel | null;
  notes: string;
  links: ActionFields['links'];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ActionSource {
  proposalId: string;
  title: string;
  workshopId: string;
  workshopTheme: string;
  contributorName?: string;
  contributorOrganisation?: string;
  workshopDate?: string | null;
  decisionKind?: 'retain' | 'merge' | 'set_aside' | null;
  decidedAt?: string | null;
  decidedBy?: string | null;
}

export interface ActionDetail extends Action {
  subActions: Action[];
  sources: ActionSource[];
}

export const getAction = (id: string, signal?: AbortSignal) => api.get<ActionDetail>(`/api/actions/${seg(id)}`, undefined, signal);
export const createAction = (planId: string, fields: ActionFields) => api.post<Action>(`/api/plans/${seg(planId)}/actions`, fields);
export const updateAction = (id: string, fields: Partial<ActionFields> & { version: number }) =>
  api.patch<Action>(`/api/actions/${seg(id)}`, fields);
export const deleteAction = (id: string) => api.delete(`/api/actions/${seg(id)}`);
export const moveAction = (id: string, body: { axisId?: string | null; position: number; version?: number }) =>
  api.post<Action>(`/api/actions/${seg(id)}/move`, body);
export const listActionSources = (id: string, signal?: AbortSignal) =>
  api.get<{ items: ActionSource[] }>(`/api/actions/${seg(id)}/sources`, undefined, signal);
