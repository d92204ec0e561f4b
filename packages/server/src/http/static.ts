import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from './context';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

async function isFile(p: string) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Serves the built single-page app; unknown non-API paths get index.html so client-side routes work on reload. */
export function registerStatic(app: App, webDir: string) {
  const root = path.resolve(webDir);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const rel = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    // Never serve outside the web directory (../ in the URL).
    const target = file.startsWith(root + path.sep) && (await isFile(file)) ? file : path.join(root, 'index.html');
    if (!(await isFile(target))) return next();
    const immutable = target.includes(`${path.sep}assets${path.sep}`);
    return c.body(await readFile(target), 200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
