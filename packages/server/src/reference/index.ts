import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { referenceVersions } from '../territories/schema';
import { loadTerritories, territoriesSource } from '../territories/load';
import { loadLevers } from '../levers/load';

/** Loads reference data whose version changed since the last start (territories, COP levers). */
export async function loadReferenceData(db: Db): Promise<{ territories: number | null }> {
  const src = territoriesSource();
  const [current] = await db.select().from(referenceVersions).where(eq(referenceVersions.name, src.name));
  let count: number | null = null;
  if (current?.version !== src.version) {
    count = await loadTerritories(db);
    await db
      .insert(referenceVersions)
      .values({ ...src, loadedAt: new Date().toISOString() })
      .onConflictDoUpdate({ target: referenceVersions.name, set: { version: src.version, source: src.source, loadedAt: new Date().toISOString() } });
  }
  await loadLevers(db);
  return { territories: count };
}
