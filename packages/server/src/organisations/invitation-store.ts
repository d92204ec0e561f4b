import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Role } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { normaliseEmail } from '../auth/store';
import { randomToken, sha256 } from '../auth/tokens';
import { invitations, organisations } from './schema';

export const INVITATION_TTL_DAYS = 7;

/** Not accepted, not revoked, not expired. */
const pending = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()));

/** Creates an invitation; the token is returned once and only its SHA-256 is stored (like sessions and API tokens). */
export async function createInvitation(
  tx: Db | Tx,
  input: { organisationId: string; email: string; role: Role; pilotedOnly: boolean; invitedBy: string | null },
) {
  const token = randomToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      ...input,
      email: normaliseEmail(input.email),
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600_000),
    })
    .returning();
  return { row, token };
}

/** Revokes the pending invitations of one email in one organisation (a new invitation replaces them). */
export async function revokePendingFor(tx: Db | Tx, organisationId: string, email: string) {
  return tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.email, normaliseEmail(email)), pending()))
    .returning();
}

/** Pending invitations by email; one pending invitation per email, so the email is a valid cursor. */
export async function listPendingInvitations(db: Db, organisationId: string, afterEmail: string | null, limit: number) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), pending(), afterEmail ? gt(invitations.email, afterEmail) : undefined))
    .orderBy(asc(invitations.email), asc(invitations.id))
    .limit(limit);
}

export async function revokeInvitation(tx: Db | Tx, organisationId: string, invitationId: string) {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), pending()))
    .returning();
  return row ?? null;
}

export async function findPendingByToken(db: Db | Tx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.tokenHash, sha256(token)), pending()));
  return row ?? null;
}

/** Marks the invitation accepted if it still is pending; the conditional update makes a token single-use under races. */
export async function claimInvitation(tx: Db | Tx, invitationId: string) {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitationId), pending()))
    .returning();
  return row ?? null;
}
