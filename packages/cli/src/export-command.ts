import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findPlan } from '@trajectoire/server/exports/store';
import { CSV_SEPARATORS, EXPORT_FORMATS, exportPlan, type ExportFormat } from '@trajectoire/server/exports/export';
import { withDatabase, type CliContext } from './context';
import { CLI_ACTOR, requireUuid } from './cli-io';

interface ExportOptions {
  format: string;
  out?: string;
  separator: string;
}
type SeparatorName = keyof typeof CSV_SEPARATORS;

export function registerExport(program: Command, ctx: CliContext) {
  program
    .command('export')
    .description('export data from the database (no server needed)')
    .command('plan <id>')
    .description('export a plan: xlsx (workbook), csv (action table) or json (versioned document, re-importable)')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('--out <file>', 'write to a file (required for xlsx; csv and json go to stdout by default)')
    .option('--separator <name>', `CSV separator: ${Object.keys(CSV_SEPARATORS).join(', ')}`, 'semicolon')
    .action(async (id: string, opts: ExportOptions) => {
      const planId = requireUuid(id, 'plan id');
      if (!EXPORT_FORMATS.includes(opts.format as ExportFormat)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      if (!(opts.separator in CSV_SEPARATORS)) throw new Error(`--separator must be one of ${Object.keys(CSV_SEPARATORS).join(', ')}`);
      const format = opts.format as ExportFormat;
      if (format === 'xlsx' && !opts.out) throw new Error('xlsx is binary: give --out FILE');
      const file = await withDatabase(ctx, async (db) => {
        const plan = await findPlan(db, planId);
        if (!plan) throw new Error(`plan ${planId} not found`);
        return exportPlan(db, plan, format, { separator: CSV_SEPARATORS[opts.separator as SeparatorName], actor: CLI_ACTOR });
      });
      if (!opts.out) return ctx.out(file.body);
      await writeFile(opts.out, file.body);
      ctx.err(`wrote ${opts.out}\n`);
    });
}
