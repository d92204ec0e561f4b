import type { ActionFilters, ActionStatus, PlanStatus, PlanType } from '@trajectoire/domain';
import { api, seg, type Page } from '../../api/client';
import type { Action } from '../actions/api';
import { filtersToQuery } from './filters';

export interface Plan {
  id: string;
  organisationId: string;
  type: PlanType;
  title: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
  status: PlanStatus;
  createdAt: string;
  updatedAt: string;
  version: number;
}
export interface PlanListItem extends Plan {
  actionCount: number;
}

export interface Axis {
  id: string;
  planId: string;
  parentId: string | null;
  title: string;
  description: string;
  position: number;
  version: number;
}
export interface AxisNode extends Axis {
  actionCount: number;
  children: AxisNode[];
}

export interface PlanDetail extends Plan {
  axes: AxisNode[];
  actionCounts: { total: number; byStatus: Partial<Record<ActionStatus, number>>; late: number };
}

export interface SavedView {
  id: string;
  planId: string;
  name: string;
  filters: ActionFilters;
  createdAt: string;
}

export interface PlanInput {
  type: PlanType;
  title: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
  status: PlanStatus;
}

export const listPlans = (orgId: string, signal?: AbortSignal) =>
  api.get<Page<PlanListItem>>(`/api/organisations/${seg(orgId)}/plans`, { limit: 500 }, signal);
export const createPlan = (orgId: string, body: PlanInput) => api.post<Plan>(`/api/organisations/${seg(orgId)}/plans`, body);
export const getPlan = (id: string, signal?: AbortSignal) => api.get<PlanDetail>(`/api/plans/${seg(id)}`, undefined, signal);
export const updatePlan = (id: string, body: Partial<PlanInput> & { version: number }) => api.patch<Plan>(`/api/plans/${seg(id)}`, body);
export const deletePlan = (id: string) => api.delete(`/api/plans/${seg(id)}`);

export const createAxis = (planId: string, body: { title: string; parentId: string | null }) =>
  api.post<Axis>(`/api/plans/${seg(planId)}/axes`, body);
export const updateAxis = (id: string, body: { title?: string; parentId?: string | null; position?: number; version: number }) =>
  api.patch<Axis>(`/api/axes/${seg(id)}`, body);
export const deleteAxis = (id: string, force: boolean) => api.request<void>('DELETE', `/api/axes/${seg(id)}`, { query: { force: force || undefined } });

export type ActionPage = Page<Action> & { total?: number };
export const listActions = (planId: string, filters: ActionFilters, cursor: string | null, signal?: AbortSignal) =>
  api.get<ActionPage>(`/api/plans/${seg(planId)}/actions`, { ...filtersToQuery(filters), cursor, limit: 100 }, signal);

export const listViews = (planId: string, signal?: AbortSignal) => api.get<{ items: SavedView[] }>(`/api/plans/${seg(planId)}/views`, undefined, signal);
export const createView = (planId: string, name: string, filters: ActionFilters) =>
  api.post<SavedView>(`/api/plans/${seg(planId)}/views`, { name, filters });
export const deleteView = (id: string) => api.delete(`/api/views/${seg(id)}`);

export const exportUrl = (planId: string, format: 'xlsx' | 'csv' | 'json') => `/api/plans/${seg(planId)}/export?format=${format}`;
