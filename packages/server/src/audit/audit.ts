import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import type { Db, Tx } from '../db/client';
import { auditLog } from './schema';

export interface AuditEntry {
  organisationId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row inside the caller's transaction, so the record exists iff the change does. */
export async function audit(tx: Db | Tx, c: Context<AppEnv> | { actorLabel: string; userId?: string }, entry: AuditEntry) {
  const actor =
    'req' in c
      ? { userId: c.get('auth')?.userId ?? null, label: c.get('auth')?.email ?? 'anonymous', requestId: c.get('requestId') }
      : { userId: c.userId ?? null, label: c.actorLabel, requestId: null };
  await tx.insert(auditLog).values({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    organisationId: entry.organisationId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: actor.requestId,
  });
}
