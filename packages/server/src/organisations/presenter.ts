import { z } from '@hono/zod-openapi';
import { ORGANISATION_KINDS, OPERATIONS, ROLES, type OrganisationKind, type Role } from '@trajectoire/domain';
import { presentTerritoryRef, territoryRefSchema } from '../territories/presenter';
import type { territories } from '../territories/schema';
import type { invitations, memberships, organisations } from './schema';
import type { users } from '../auth/schema';

export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    siren: z.string().nullable(),
    territory: territoryRefSchema.nullable(),
    description: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Organisation');
export type OrganisationDto = z.infer<typeof organisationSchema>;

export const organisationListItemSchema = organisationSchema
  .extend({ myRole: z.enum(ROLES).nullable().openapi({ description: 'Null for a superadmin who is not a member' }) })
  .openapi('OrganisationListItem');

export const organisationDetailSchema = organisationSchema
  .extend({
    my: z.object({
      role: z.enum(ROLES).nullable(),
      pilotedOnly: z.boolean(),
      isSuperadmin: z.boolean(),
      permissions: z.array(z.enum(OPERATIONS)).openapi({
        description:
          'Operations allowed to me in this organisation (for a restricted editor, action.update covers the actions I pilot only)',
      }),
    }),
  })
  .openapi('OrganisationDetail');

export const memberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    pilotedOnly: z.boolean(),
    joinedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Member');
export type MemberDto = z.infer<typeof memberSchema>;

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const invitationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    pilotedOnly: z.boolean(),
    invitedBy: z.string().nullable().openapi({ description: 'User id of the inviting admin' }),
    createdAt: z.string(),
    expiresAt: z.string(),
    status: z.enum(INVITATION_STATUSES),
  })
  .openapi('Invitation');
export type InvitationDto = z.infer<typeof invitationSchema>;

type OrgRow = typeof organisations.$inferSelect;
type TerritoryRefRow = Pick<typeof territories.$inferSelect, 'id' | 'kind' | 'code' | 'name'>;

export function presentOrganisation(o: OrgRow, territory: TerritoryRefRow | null): OrganisationDto {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind as OrganisationKind,
    siren: o.siren,
    territory: territory ? presentTerritoryRef(territory) : null,
    description: o.description,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
}

export function presentMember(
  m: typeof memberships.$inferSelect,
  u: Pick<typeof users.$inferSelect, 'email' | 'name'>,
): MemberDto {
  return {
    userId: m.userId,
    email: u.email,
    name: u.name,
    role: m.role as Role,
    pilotedOnly: m.pilotedOnly,
    joinedAt: m.createdAt.toISOString(),
    version: m.version,
  };
}

export function presentInvitation(i: typeof invitations.$inferSelect, now = new Date()): InvitationDto {
  const status = i.acceptedAt ? 'accepted' : i.revokedAt ? 'revoked' : i.expiresAt <= now ? 'expired' : 'pending';
  return {
    id: i.id,
    organisationId: i.organisationId,
    email: i.email,
    role: i.role as Role,
    pilotedOnly: i.pilotedOnly,
    invitedBy: i.invitedBy,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    status,
  };
}
