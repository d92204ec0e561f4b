import { Command } from 'commander';
import { defaultContext, type CliContext } from './context';
import { registerServe } from './serve';
import { registerImport } from './import-command';
import { registerExport } from './export-command';
import { registerUsers } from './users';
import { registerTokens } from './tokens';
import { registerHeat } from './heat/register';
import { registerAcc } from './acc/register';

/** The `trajectoire` command; each feature adds its subcommands. Tests pass their own context. */
export function buildProgram(ctx: CliContext = defaultContext()): Command {
  const program = new Command('trajectoire').description('Trajectoire — territorial transition planning platform');
  program.exitOverride();
  registerServe(program);
  registerImport(program, ctx);
  registerExport(program, ctx);
  registerUsers(program, ctx);
  registerTokens(program, ctx);
  registerHeat(program, ctx);
  registerAcc(program, ctx);
  return program;
}
