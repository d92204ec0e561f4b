import { and, eq } from 'drizzle-orm';
import { can, canSee, type Actor, type Operation, type Target } from '@trajectoire/domain';
import type { Context } from 'hono';
import type { AppEnv, AuthInfo } from '../http/context';
import type { Db } from '../db/client';
import { forbidden, notFound, unauthenticated } from '../http/problem';
import { memberships } from '../organisations/schema';

export function requireAuth(c: Context<AppEnv>): AuthInfo {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  return auth;
}

export async function actorFor(db: Db, auth: AuthInfo, organisationId: string): Promise<Actor> {
  const [m] = await db
    .select({ role: memberships.role, pilotedOnly: memberships.pilotedOnly })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, auth.userId)));
  return {
    userId: auth.userId,
    isSuperadmin: auth.isSuperadmin,
    role: (m?.role as Actor['role']) ?? null,
    pilotedOnly: m?.pilotedOnly ?? false,
  };
}

/**
 * Authorises `op` on an organisation's resource. Non-members get 404 whatever the resource, so that ids of other
 * tenants reveal nothing; members lacking the right get 403.
 */
export async function authorize(
  c: Context<AppEnv>,
  organisationId: string,
  op: Operation,
  target?: Target,
  what?: string,
): Promise<Actor> {
  const auth = requireAuth(c);
  const actor = await actorFor(c.get('db'), auth, organisationId);
  if (!canSee(actor)) throw notFound(what);
  if (!can(actor, op, target)) throw forbidden();
  return actor;
}
