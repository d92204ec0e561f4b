import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { memberships, organisations } from '../organisations/schema';
import { apiTokens, sessions, users } from './schema';
import { hashPassword } from './password';
import { newApiToken, randomToken, sha256 } from './tokens';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Db | Tx, email: string) {
  const [u] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return u ?? null;
}

export async function createUser(db: Db | Tx, input: { email: string; name: string; password?: string; isSuperadmin?: boolean }) {
  const [u] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      isSuperadmin: input.isSuperadmin ?? false,
    })
    .returning();
  return u;
}

export async function createSession(db: Db, userId: string, ttlHours: number) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.insert(sessions).values({ tokenHash: sha256(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function createApiToken(db: Db | Tx, userId: string, name: string) {
  const t = newApiToken();
  const [row] = await db.insert(apiTokens).values({ userId, name, prefix: t.prefix, tokenHash: t.hash }).returning();
  return { row, token: t.token };
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.createdAt);
}

export async function userMemberships(db: Db, userId: string) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
      pilotedOnly: memberships.pilotedOnly,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}
