import { COP_LEVER_SET } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { copLevers, leverSets } from './schema';

/** Loads the current COP lever set (idempotent: a version already present is left untouched). */
export async function loadLevers(db: Db): Promise<void> {
  const set = COP_LEVER_SET;
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(leverSets)
      .values({ version: set.version, source: set.source, sourceUrl: set.sourceUrl ?? null })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) return;
    await tx.insert(copLevers).values(
      set.levers.map((l, position) => ({
        setVersion: set.version,
        code: l.code,
        sector: l.sector,
        labelFr: l.labelFr,
        dimensions: [...l.dimensions],
        position,
      })),
    );
  });
}
