import { Option, type Command } from 'commander';
import type { CliContext } from '../context';
import { bill } from './bill';
import { check } from './check';
import { KEYS, type KeyName } from './inputs';
import { simulate } from './simulate';

interface Common {
  participants: string;
  curves: string;
  key: KeyName;
  coefficients?: string;
  fill?: 'zero';
  anyOffset?: boolean;
  progressMb: string;
  out: string;
}

/** Options shared by simulate and bill: the operation's files and its key. */
function operationOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--participants <file>', 'participants.csv (id,role,lat,lon,commune,power_kw,coefficient,priority)')
    .requiredOption('--curves <file>', 'curves.csv (id,timestamp,consumption_wh,production_wh), read as a stream')
    .addOption(new Option('--key <key>', 'allocation key').choices(KEYS).default('default'))
    .option('--coefficients <file>', 'static: id,coefficient; dynamic: timestamp,id,coefficient (ratios, 6 decimals)')
    .addOption(new Option('--fill <how>', 'count missing curve rows as 0 Wh instead of failing').choices(['zero']))
    .option('--any-offset', 'accept UTC offsets other than Europe/Paris’s (or Z)')
    .option('--progress-mb <n>', 'progress on stderr every n MB of curves', '64')
    .requiredOption('--out <dir>', 'output directory (created if needed)');
}

function load<T extends Common>(o: T): Omit<T, 'progressMb'> & { progressMb: number } {
  const progressMb = Number(o.progressMb);
  if (!(progressMb > 0)) throw new Error('--progress-mb must be a positive number');
  return { ...o, progressMb };
}

/** `trajectoire acc …`: collective self-consumption on files, no database. */
export function registerAcc(program: Command, ctx: CliContext) {
  const cmd = program.command('acc').description('collective self-consumption (ACC) on CSV files: allocation, eligibility, billing');
  operationOptions(cmd.command('simulate').description('allocate production among consumers and write allocations, steps, coefficients and a summary'))
    .option('--timings', 'print phase timings and file sizes as JSON on stderr')
    .action(async (o: Common & { timings?: boolean }) => simulate(ctx, load(o)));
  cmd
    .command('check')
    .description('eligibility of an extended operation on a date (JSON on stdout; exit 0 eligible, 2 not eligible, 3 undetermined)')
    .requiredOption('--participants <file>', 'participants.csv with lat, lon, power_kw and commune')
    .requiredOption('--date <day>', 'YYYY-MM-DD: the rules in force that day apply')
    .option('--densities <file>', 'commune,density or id,density (INSEE density grid category)')
    .option('--public-body', 'declare the 2025 public-body derogation criteria met (commune/EPCI, public-service bodies, EPCI perimeter)')
    .option('--zni', 'the operation is in a zone non interconnectée')
    .action(async (o: { participants: string; date: string; densities?: string; publicBody?: boolean; zni?: boolean }) => check(ctx, o));
  operationOptions(cmd.command('bill').description('each consumer’s monthly cost with and without the operation (bill.csv, bill.json)'))
    .requiredOption('--params <file>', 'billing.json: prices, TURPE, accise/VAT overrides')
    .action(async (o: Common & { params: string }) => bill(ctx, load(o)));
}
