import type { Db } from '../db/client';

/** Loads the demo dataset once, on an empty database. Returns whether it loaded anything. */
export async function loadDemo(_db: Db): Promise<boolean> {
  return false;
}
