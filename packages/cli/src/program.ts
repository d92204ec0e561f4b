import { Command } from 'commander';
import { registerServe } from './serve';

/** The `trajectoire` command; each feature adds its subcommands. */
export function buildProgram(): Command {
  const program = new Command('trajectoire').description('Trajectoire — territorial transition planning platform');
  registerServe(program);
  return program;
}
