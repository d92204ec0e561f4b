import { z } from '@hono/zod-openapi';
import { ROLES } from '@trajectoire/domain';

export const userSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), isSuperadmin: z.boolean() })
  .openapi('User');

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string().nullable().openapi({ description: 'Send as X-CSRF-Token on cookie-authenticated writes' }),
    memberships: z.array(
      z.object({
        organisationId: z.string(),
        organisationName: z.string(),
        organisationKind: z.string(),
        role: z.enum(ROLES),
        pilotedOnly: z.boolean(),
      }),
    ),
  })
  .openapi('Session');

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const presentUser = (u: { id: string; email: string; name: string; isSuperadmin: boolean }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isSuperadmin: u.isSuperadmin,
});
