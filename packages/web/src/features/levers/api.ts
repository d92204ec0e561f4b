import type { ActionStatus, CopDimension } from '@trajectoire/domain';
import { api, seg } from '../../api/client';

export interface ActionRef {
  id: string;
  title: string;
  status: ActionStatus;
}

export interface LeverMatrixRow {
  code: string;
  sector: string;
  labelFr: string;
  dimensions: string[];
  actionCount: number;
  byStatus: Partial<Record<ActionStatus, number>>;
  impactTco2ePerYear: number;
  impactMwhPerYear: number;
  covered: boolean;
  actions: ActionRef[];
}

export interface DimensionTotal {
  dimension: CopDimension;
  labelFr: string;
  leverCount: number;
  coveredLeverCount: number;
  actionCount: number;
  impactTco2ePerYear: number;
  impactMwhPerYear: number;
}

export interface LeverMatrix {
  planId: string;
  leverSetVersion: string;
  leverCount: number;
  coveredLeverCount: number;
  taggedActionCount: number;
  sectors: { sector: string; labelFr: string; levers: LeverMatrixRow[] }[];
  dimensions: DimensionTotal[];
}

export const getLeverMatrix = (planId: string, signal?: AbortSignal) =>
  api.get<LeverMatrix>(`/api/plans/${seg(planId)}/levers/matrix`, undefined, signal);
