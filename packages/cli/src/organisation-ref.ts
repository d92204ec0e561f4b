import { eq, or } from 'drizzle-orm';
import type { Database } from '@trajectoire/server';
import { organisations } from '@trajectoire/server/organisations/schema';
import { territories } from '@trajectoire/server/territories/schema';

/** Resolves `--org`: an organisation SIREN, or the COG/SIREN code of the territory it is linked to, or its id. */
export async function resolveOrganisation(db: Database['db'], ref: string) {
  const bySiren = await db.select().from(organisations).where(eq(organisations.siren, ref));
  if (bySiren.length === 1) return bySiren[0];
  if (/^[0-9a-f-]{36}$/i.test(ref)) {
    const [byId] = await db.select().from(organisations).where(eq(organisations.id, ref));
    if (byId) return byId;
  }
  const byTerritory = await db
    .select({ org: organisations })
    .from(organisations)
    .innerJoin(territories, eq(territories.id, organisations.territoryId))
    .where(or(eq(territories.code, ref), eq(territories.siren, ref)));
  if (byTerritory.length === 1) return byTerritory[0].org;
  if (byTerritory.length > 1)
    throw new Error(`Several organisations match "${ref}": ${byTerritory.map((r) => `${r.org.name} (${r.org.id})`).join(', ')}; pass the id.`);
  throw new Error(`No organisation with SIREN, territory code or id "${ref}".`);
}
