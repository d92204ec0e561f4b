import { api, seg, type Page } from '../../api/client';

export interface AuditEntry {
  id: number;
  at: string;
  actor: { userId: string | null; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export const listAudit = (orgId: string, filter: { entityType?: string; entityId?: string }, cursor: string | null, signal?: AbortSignal) =>
  api.get<Page<AuditEntry>>(`/api/organisations/${seg(orgId)}/audit`, { ...filter, cursor, limit: 50 }, signal);
