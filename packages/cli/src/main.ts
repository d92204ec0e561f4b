import { CommanderError } from 'commander';
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
