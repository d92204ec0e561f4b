import { z } from '@hono/zod-openapi';
import type { auditLog } from './schema';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({
      userId: z.string().nullable(),
      label: z.string().openapi({ description: "Email at the time of the change, or 'cli' / 'system'" }),
    }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable().openapi({ description: 'Presented shape before the change (null on create)' }),
    after: z.unknown().nullable().openapi({ description: 'Presented shape after the change (null on delete)' }),
  })
  .openapi('AuditEntry');

export function presentAuditEntry(r: typeof auditLog.$inferSelect): z.infer<typeof auditEntrySchema> {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: { userId: r.actorUserId, label: r.actorLabel },
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}
