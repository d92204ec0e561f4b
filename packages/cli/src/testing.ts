import type { Database } from '@trajectoire/server';
import { openTestDatabase } from '../../server/test/harness';
import { buildProgram } from './program';
import type { CliContext } from './context';

/** Runs CLI commands in-process against one test database, capturing output. */
export async function cliHarness() {
  const database = await openTestDatabase();
  // Commands close their database; the harness keeps it open across commands and closes it at the end.
  const shared: Database = { ...database, close: async () => {} };
  const run = async (args: string[], stdin = '') => {
    const out: (string | Uint8Array)[] = [];
    const err: string[] = [];
    const ctx: CliContext = {
      openDatabase: async () => shared,
      out: (t) => void out.push(t),
      err: (t) => void err.push(t),
      readStdin: async () => stdin,
    };
    const program = buildProgram(ctx);
    program.configureOutput({ writeOut: (s) => void out.push(s), writeErr: (s) => void err.push(s) });
    let error: Error | null = null;
    try {
      await program.parseAsync(['node', 'trajectoire', ...args]);
    } catch (e) {
      error = e as Error;
    }
    const text = out.map((o) => (typeof o === 'string' ? o : Buffer.from(o).toString('utf8'))).join('');
    return { out: text, raw: out, err: err.join(''), error };
  };
  return { db: database.db, run, close: () => database.close() };
}
