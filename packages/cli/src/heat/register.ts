import { Option, type Command } from 'commander';
import type { CliContext } from '../context';
import { match, type MatchOptions } from './match';

/** `trajectoire heat …`: waste-heat matching on files, no database. */
export function registerHeat(program: Command, ctx: CliContext) {
  program
    .command('heat')
    .description('waste-heat recovery: sources × demand matching on CSV files')
    .command('match')
    .description('candidate arcs, optimal allocation (HiGHS) and merit order; writes arcs.csv, flows.csv, merit.csv, summary.json')
    .requiredOption('--sources <file>', 'sources.csv (id,kind,name,lat,lon,annual_mwh,temperature_c[,profile])')
    .requiredOption('--sinks <file>', 'sinks.csv (id,kind,name,lat,lon,annual_mwh,supply_temperature_c[,profile])')
    .option('--params <file>', 'parameters JSON (unknown keys are rejected; defaults and sources in the engine README)')
    .option('--profiles <file>', 'hourly profiles CSV referenced by the profile column')
    .option('--objective-mwh <n>', 'territorial objective in MWh/yr, reported as coverage')
    .addOption(new Option('--objective-basis <basis>', 'objective counted on').choices(['recovered', 'delivered']).default('recovered'))
    .option('--no-merit', 'skip the merit-order curve')
    .requiredOption('--out <dir>', 'output directory (created if needed)')
    .action((o: MatchOptions) => match(ctx, o));
}
