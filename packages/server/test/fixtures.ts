import type { Role } from '@trajectoire/domain';
import type { Db } from '../src/db/client';
import type { App } from '../src/http/context';
import { createApiToken, createUser } from '../src/auth/store';
import { memberships, organisations } from '../src/organisations/schema';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function seedOrganisation(db: Db, values: Partial<typeof organisations.$inferInsert> = {}) {
  const [org] = await db
    .insert(organisations)
    .values({ name: `Organisation ${unique()}`, kind: 'epci', ...values })
    .returning();
  return org;
}

/** A user with a bearer token, member of `organisationId` with `role` (or of nothing when role is null). */
export async function seedUser(
  db: Db,
  organisationId: string | null,
  role: Role | null,
  opts: { pilotedOnly?: boolean; isSuperadmin?: boolean; password?: string } = {},
) {
  const email = `user-${unique()}@example.org`;
  const password = opts.password ?? 'a long test password';
  const user = await createUser(db, { email, name: email.split('@')[0], password, isSuperadmin: opts.isSuperadmin });
  if (organisationId && role)
    await db.insert(memberships).values({ organisationId, userId: user.id, role, pilotedOnly: opts.pilotedOnly ?? false });
  const { token } = await createApiToken(db, user.id, 'tests');
  return { user, email, password, token, headers: { authorization: `Bearer ${token}` } as Record<string, string> };
}

/** Cookie session + CSRF headers, as the web app sends them. */
export async function sessionHeaders(app: App, email: string, password: string): Promise<Record<string, string>> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${counter++ % 250}.1` },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const { csrfToken } = await res.json();
  return { cookie: res.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': csrfToken };
}

/** JSON request helper: `call(app, 'POST', '/api/…', headers, body)`. */
export async function call(app: App, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}
