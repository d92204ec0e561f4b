import { loadConfig, prepareDatabase, type Database } from '@trajectoire/server';

/** What commands need from the outside world; tests pass their own (test database, captured output). */
export interface CliContext {
  openDatabase(): Promise<Database>;
  out(text: string | Uint8Array): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

export function defaultContext(): CliContext {
  return {
    // The CLI works on the configured database directly (no HTTP); migrations and reference data apply as at start.
    openDatabase: () => prepareDatabase({ ...loadConfig(), demo: false }),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** Opens the database for one command and always closes it. */
export async function withDatabase<T>(ctx: CliContext, fn: (db: Database['db']) => Promise<T>): Promise<T> {
  const database = await ctx.openDatabase();
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
