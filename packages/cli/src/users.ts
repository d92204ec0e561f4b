import type { Command } from 'commander';
import { ROLES, type Role } from '@trajectoire/domain';
import { addMember } from '@trajectoire/server/organisations/store';
import { withDatabase, type CliContext } from './context';
import { resolveOrganisation } from './organisation-ref';

export function registerUsers(program: Command, ctx: CliContext) {
  const users = program.command('users').description('manage accounts');
  users
    .command('add')
    .description('add (or update) a member of an organisation; the password is read from stdin')
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--org <ref>', 'organisation SIREN, territory code (COG/SIREN) or id')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'display name')
    .option('--piloted-only', 'editor restricted to the actions they pilot')
    .action(async (opts: { email: string; org: string; role: string; name?: string; pilotedOnly?: boolean }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      // Only the first line counts, so `echo pw |` and here-strings behave alike; an empty stdin means no password.
      const password = (await ctx.readStdin()).split(/\r?\n/)[0] || undefined;
      await withDatabase(ctx, async (db) => {
        const org = await resolveOrganisation(db, opts.org);
        const r = await addMember(db, {
          email: opts.email,
          organisationId: org.id,
          role: opts.role as Role,
          password,
          name: opts.name,
          pilotedOnly: opts.pilotedOnly ?? false,
        });
        ctx.out(
          `${r.createdUser ? 'Created' : 'Updated'} ${r.user.email}: ${r.member.role}${r.member.pilotedOnly ? ' (piloted only)' : ''} of ${org.name}` +
            `${password ? '' : r.createdUser ? ' — no password set: send an invitation to let them choose one' : ''}\n`,
        );
      });
    });
}
