import { asc, desc, eq } from 'drizzle-orm';
import { COP_LEVER_SET } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { copLevers, leverSets } from './schema';

/**
 * The lever set in force: the one this release ships if it is loaded, else the most recently loaded one. Older sets
 * stay in the tables so that past tagging can still be read against them.
 */
export async function currentLeverSet(db: Db) {
  const [shipped] = await db.select().from(leverSets).where(eq(leverSets.version, COP_LEVER_SET.version));
  const set = shipped ?? (await db.select().from(leverSets).orderBy(desc(leverSets.loadedAt)).limit(1))[0];
  if (!set) return null;
  const levers = await db.select().from(copLevers).where(eq(copLevers.setVersion, set.version)).orderBy(asc(copLevers.position));
  return { set, levers };
}
