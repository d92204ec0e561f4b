// `npm start`: builds the web app if it is missing, then serves API + web with the embedded database.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync('packages/web/dist/index.html')) run('npm', ['run', 'build', '--silent']);
run(process.execPath, ['packages/cli/bin/trajectoire.mjs', 'serve', ...process.argv.slice(2)]);
