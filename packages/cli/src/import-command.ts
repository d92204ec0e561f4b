import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { findPlan } from '@trajectoire/server/exports/store';
import { readSource } from '@trajectoire/server/imports/source';
import { importActions } from '@trajectoire/server/imports/run';
import { importPlanDocument } from '@trajectoire/server/imports/json-import';
import { withDatabase, type CliContext } from './context';
import { CLI_ACTOR, requireUuid } from './cli-io';
import { resolveOrganisation } from './organisation-ref';
import { formatReport } from './report';

interface ActionsOptions {
  plan: string;
  dryRun?: boolean;
  mapping?: string;
  sheet?: string;
  json?: boolean;
}

/** Server problems carry their field errors in `extra.errors`; the console shows them under the message. */
const withDetails = (err: Error & { extra?: { errors?: { path: string; message: string }[] } }) =>
  new Error(`${err.message}${err.extra?.errors?.map((e) => `\n  ${e.path}: ${e.message}`).join('') ?? ''}`);

export function registerImport(program: Command, ctx: CliContext) {
  const command = program.command('import').description('import data into the database (no server needed)');

  command
    .command('actions <file>')
    .description('import an action table (CSV or XLSX) into a plan, all or nothing; exits with 1 on any error')
    .requiredOption('--plan <id>', 'plan id')
    .option('--dry-run', 'check the file and print the report without writing')
    .option('--mapping <json>', 'column mapping, e.g. \'{"0":"title","Porteur":"pilots","3":null}\' (default: suggested)')
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: ActionsOptions) => {
      const planId = requireUuid(opts.plan, '--plan');
      const bytes = new Uint8Array(await readFile(file));
      const fileName = path.basename(file);
      const report = await withDatabase(ctx, async (db) => {
        const plan = await findPlan(db, planId);
        if (!plan) throw new Error(`plan ${planId} not found`);
        const source = await readSource(bytes, fileName, { sheet: opts.sheet });
        return importActions(db, { plan, source, fileName, mapping: opts.mapping, dryRun: !!opts.dryRun, actor: CLI_ACTOR, createdBy: null });
      });
      ctx.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      if (report.errors.length) throw new Error(`import failed: ${report.errors.length} error(s)${report.dryRun ? '' : '; nothing was written'}`);
    });

  command
    .command('plan <file>')
    .description('create a plan from a JSON plan document (format trajectoire.plan, as `export plan --format json` writes it)')
    .requiredOption('--org <ref>', 'organisation that will own the plan: SIREN, territory code or id')
    .action(async (file: string, opts: { org: string }) => {
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file, 'utf8'));
      } catch (err) {
        throw new Error(`${file} is not a JSON document: ${(err as Error).message}`);
      }
      const result = await withDatabase(ctx, async (db) => {
        const org = await resolveOrganisation(db, opts.org);
        return importPlanDocument(db, { organisationId: org.id, plan: null, document, actor: CLI_ACTOR, createdBy: null });
      }).catch((err) => {
        throw withDetails(err);
      });
      ctx.out(`Created plan ${result.plan.id} with ${result.axesCreated} axis(es) and ${result.actionsCreated} action(s).\n`);
      for (const w of result.warnings) ctx.err(`warning: ${w}\n`);
    });
}
