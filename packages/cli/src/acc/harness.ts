import { CommanderError } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../context';
import { buildProgram } from '../program';

/**
 * Runs `trajectoire acc …` in-process on files in a fresh temporary directory. The acc commands need no database,
 * so the context refuses to open one: a command that tried would fail its test.
 */
export function accHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'trajectoire-acc-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = {
      openDatabase: async () => {
        throw new Error('acc commands must not open the database');
      },
      out: (t) => void out.push(typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
      err: (t) => void err.push(t),
      readStdin: async () => '',
    };
    const program = buildProgram(ctx);
    program.configureOutput({ writeOut: (s) => void out.push(s), writeErr: (s) => void err.push(s) });
    let error: Error | null = null;
    try {
      await program.parseAsync(['node', 'trajectoire', 'acc', ...args.map((a) => a.replace('$DIR', dir))]);
    } catch (e) {
      error = e as Error;
    }
    const exitCode = error instanceof CommanderError ? error.exitCode : error ? 1 : 0;
    return { out: out.join(''), err: err.join(''), error, exitCode };
  };
  return { dir, write, read, run, close: () => rmSync(dir, { recursive: true, force: true }) };
}
