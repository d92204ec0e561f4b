import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations } from '@trajectoire/server/organisations/schema';
import { verifyPassword } from '@trajectoire/server/auth/password';
import { findUserByEmail } from '@trajectoire/server/auth/store';
import { apiTokens } from '@trajectoire/server/auth/schema';
import { sha256 } from '@trajectoire/server/auth/tokens';
import { cliHarness } from './testing';

let h: Awaited<ReturnType<typeof cliHarness>>;
beforeAll(async () => {
  h = await cliHarness();
  await h.db.insert(organisations).values([
    { name: 'Métropole du Grand Paris', kind: 'epci', siren: '200054781', territoryId: 'epci:200054781' },
    { name: 'Préfecture de la Manche', kind: 'prefecture', territoryId: 'departement:50' },
  ]);
});
afterAll(() => h.close());

describe('trajectoire users add / tokens create', () => {
  it('creates a member from an organisation SIREN with the password read from stdin', async () => {
    const r = await h.run(['users', 'add', '--email', 'Chloe@Example.org', '--org', '200054781', '--role', 'editor'], 'a very long password\n');
    expect(r.error).toBeNull();
    expect(r.out).toMatch(/Created chloe@example.org: editor of Métropole du Grand Paris/);
    const user = await findUserByEmail(h.db, 'chloe@example.org');
    expect(await verifyPassword('a very long password', user!.passwordHash)).toBe(true);
  });

  it('resolves an organisation by the COG code of its territory and updates an existing member', async () => {
    const r = await h.run(['users', 'add', '--email', 'chloe@example.org', '--org', '50', '--role', 'admin']);
    expect(r.error).toBeNull();
    expect(r.out).toMatch(/^Updated chloe@example.org/);
    expect(r.out).toMatch(/admin of Préfecture de la Manche/);
  });

  it('rejects a weak password, an unknown role and an unknown organisation without writing', async () => {
    expect((await h.run(['users', 'add', '--email', 'x@example.org', '--org', '200054781', '--role', 'editor'], 'short\n')).error?.message).toMatch(/10 caractères/);
    expect((await h.run(['users', 'add', '--email', 'x@example.org', '--org', '200054781', '--role', 'owner'])).error?.message).toMatch(/--role/);
    expect((await h.run(['users', 'add', '--email', 'x@example.org', '--org', '999999999', '--role', 'reader'])).error?.message).toMatch(/No organisation/);
    expect(await findUserByEmail(h.db, 'x@example.org')).toBeNull();
  });

  it('creates an API token whose hash only is stored', async () => {
    const r = await h.run(['tokens', 'create', '--email', 'chloe@example.org', '--name', 'import script']);
    expect(r.error).toBeNull();
    const token = r.out.trim();
    expect(token).toMatch(/^trj_/);
    const [row] = await h.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, sha256(token)));
    expect(row.name).toBe('import script');
    expect((await h.run(['tokens', 'create', '--email', 'nobody@example.org'])).error?.message).toMatch(/No user/);
  });
});
