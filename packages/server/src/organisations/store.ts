import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Role } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { AppError } from '../http/problem';
import { territories } from '../territories/schema';
import { users } from '../auth/schema';
import { passwordProblem } from '../auth/password';
import { presentUser } from '../auth/presenter';
import { createUser, findUserByEmail } from '../auth/store';
import { audit } from '../audit/audit';
import { memberships, organisations } from './schema';
import { presentMember, presentOrganisation } from './presenter';

const territoryRef = { id: territories.id, kind: territories.kind, code: territories.code, name: territories.name };

/** Matches a unique violation through driver and Drizzle wrappers (err.code on pg/PGlite, err.cause.code via Drizzle). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export const sirenTaken = () => new AppError(409, 'siren_taken', 'Une organisation porte déjà ce numéro SIREN.');

export async function loadOrganisation(db: Db | Tx, id: string) {
  const [row] = await db
    .select({ org: organisations, territory: territoryRef })
    .from(organisations)
    .leftJoin(territories, eq(territories.id, organisations.territoryId))
    .where(eq(organisations.id, id));
  return row ? presentOrganisation(row.org, row.territory) : null;
}

/** Rejects a territory id that does not exist, as a field error of the request body. */
export async function checkTerritory(db: Db | Tx, territoryId: string | null | undefined) {
  if (!territoryId) return;
  const [t] = await db.select({ id: territories.id }).from(territories).where(eq(territories.id, territoryId));
  if (!t)
    throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', {
      errors: [{ path: 'territoryId', message: 'Territoire inconnu.' }],
    });
}

/** Organisations sorted by name then id, with the viewer's role; `all` includes those they are not a member of. */
export async function listOrganisations(
  db: Db,
  opts: { viewerId: string; all: boolean; after: [string, string] | null; limit: number },
) {
  const mine = and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, opts.viewerId));
  const keyset = opts.after
    ? or(gt(organisations.name, opts.after[0]), and(eq(organisations.name, opts.after[0]), gt(organisations.id, opts.after[1])))
    : undefined;
  const base = db.select({ org: organisations, territory: territoryRef, role: memberships.role }).from(organisations);
  const joined = opts.all ? base.leftJoin(memberships, mine) : base.innerJoin(memberships, mine);
  const rows = await joined
    .leftJoin(territories, eq(territories.id, organisations.territoryId))
    .where(keyset)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(opts.limit);
  return rows.map((r) => ({ ...presentOrganisation(r.org, r.territory), myRole: (r.role as Role | null) ?? null }));
}

export async function findMember(db: Db | Tx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ m: memberships, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row ? { row: row.m, dto: presentMember(row.m, row) } : null;
}

/** Members sorted by email (unique), cursor = last email. */
export async function listMembers(db: Db, organisationId: string, afterEmail: string | null, limit: number) {
  const rows = await db
    .select({ m: memberships, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), afterEmail ? gt(users.email, afterEmail) : undefined))
    .orderBy(asc(users.email))
    .limit(limit);
  return rows.map((r) => presentMember(r.m, r));
}

/**
 * Refuses to take away the organisation's last admin. The admin rows are locked so that two admins demoting each
 * other concurrently cannot both succeed (the second waits, then sees a single admin left).
 */
export async function assertNotLastAdmin(tx: Db | Tx, organisationId: string, userId: string) {
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')))
    .for('update');
  if (admins.some((a) => a.userId === userId) && admins.length <= 1)
    throw new AppError(409, 'last_admin', "L'organisation doit garder au moins un administrateur.");
}

/** Restricted ("piloted only") access only narrows editor rights. */
export function checkPilotedOnly(role: Role, pilotedOnly: boolean) {
  if (pilotedOnly && role !== 'editor')
    throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', {
      errors: [{ path: 'pilotedOnly', message: 'Seul un rôle « éditeur » peut être restreint aux actions pilotées.' }],
    });
}

/**
 * Superadmin helper (CLI): makes `email` a member of the organisation with `role`, creating the user if needed
 * (without a password, they can accept an invitation to set one). Sets the role of an existing member. Audited.
 */
export async function addMember(
  db: Db,
  input: { email: string; organisationId: string; role: Role; password?: string; name?: string; pilotedOnly?: boolean },
  actor: { actorLabel: string; userId?: string } = { actorLabel: 'cli' },
) {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new AppError(400, 'weak_password', problem);
  }
  const pilotedOnly = input.pilotedOnly ?? false;
  checkPilotedOnly(input.role, pilotedOnly);
  const { organisationId, role } = input;
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) throw new AppError(404, 'not_found', 'Organisation introuvable.');
    let user = await findUserByEmail(tx, input.email);
    const createdUser = !user;
    if (!user) {
      user = await createUser(tx, { email: input.email, name: input.name ?? input.email.split('@')[0], password: input.password });
      await audit(tx, actor, { organisationId, entityType: 'user', entityId: user.id, action: 'create', after: presentUser(user) });
    }
    const before = await findMember(tx, organisationId, user.id);
    if (before?.dto.role === 'admin' && role !== 'admin') await assertNotLastAdmin(tx, organisationId, user.id);
    await tx
      .insert(memberships)
      .values({ organisationId, userId: user.id, role, pilotedOnly })
      .onConflictDoUpdate({
        target: [memberships.organisationId, memberships.userId],
        set: { role, pilotedOnly, version: sql`${memberships.version} + 1` },
      });
    const member = (await findMember(tx, organisationId, user.id))!.dto;
    const action = before ? 'update' : 'create';
    await audit(tx, actor, { organisationId, entityType: 'membership', entityId: user.id, action, before: before?.dto, after: member });
    return { user: presentUser(user), member, createdUser };
  });
}
