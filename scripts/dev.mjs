// `npm run dev`: the API (port 3000) and the Vite dev server (proxying /api to it), stopped together.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['packages/cli/bin/trajectoire.mjs', 'serve'], { stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', '@trajectoire/web'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) => c.on('exit', stop));
