import type { Command } from 'commander';
import { createApiToken, findUserByEmail } from '@trajectoire/server/auth/store';
import { audit } from '@trajectoire/server/audit/audit';
import { withDatabase, type CliContext } from './context';

export function registerTokens(program: Command, ctx: CliContext) {
  program
    .command('tokens')
    .description('personal API tokens')
    .command('create')
    .description('create a personal API token for a user; printed once (only its hash is stored)')
    .requiredOption('--email <email>', 'the user')
    .option('--name <name>', 'a label for the token', 'cli')
    .action(async (opts: { email: string; name: string }) => {
      await withDatabase(ctx, async (db) => {
        const user = await findUserByEmail(db, opts.email);
        if (!user) throw new Error(`No user with email ${opts.email}`);
        const { row, token } = await db.transaction(async (tx) => {
          const created = await createApiToken(tx, user.id, opts.name);
          await audit(tx, { actorLabel: 'cli' }, { organisationId: null, entityType: 'api_token', entityId: created.row.id, action: 'create', after: { userId: user.id, name: opts.name, prefix: created.row.prefix } });
          return created;
        });
        ctx.out(`${token}\n`);
        ctx.err(`Token "${row.name}" created for ${user.email} (prefix ${row.prefix}). Use: Authorization: Bearer <token>\n`);
      });
    });
}
