import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginAttempts } from './schema';

export const LOGIN_LIMIT = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };

/** Seconds until the key may try again, or 0. */
export async function lockedFor(db: Db, key: string): Promise<number> {
  const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key));
  if (!row?.lockedUntil) return 0;
  const ms = row.lockedUntil.getTime() - Date.now();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Counts a failure in a fixed window; locks the key once the window holds too many. */
export async function recordFailure(db: Db, key: string): Promise<void> {
  const { maxFailures, windowMinutes, lockMinutes } = LOGIN_LIMIT;
  await db.execute(sql`
    INSERT INTO login_attempts (key, window_start, failures) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_attempts.window_start < now() - make_interval(mins => ${windowMinutes})
                      THEN 1 ELSE login_attempts.failures + 1 END,
      window_start = CASE WHEN login_attempts.window_start < now() - make_interval(mins => ${windowMinutes})
                      THEN now() ELSE login_attempts.window_start END`);
  await db.execute(sql`
    UPDATE login_attempts SET locked_until = now() + make_interval(mins => ${lockMinutes}), failures = 0, window_start = now()
    WHERE key = ${key} AND failures >= ${maxFailures}`);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
