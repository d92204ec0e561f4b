import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { App } from './context';

/** OpenAPI 3.1 document and an interactive page served from the locally installed swagger-ui-dist (works offline). */
export function registerDocs(app: App) {
  registerDocAssets(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Trajectoire API',
      version: '0.1.0',
      description:
        'API of Trajectoire. Authenticate with a session cookie (plus the X-CSRF-Token header on writes) or a personal token (Authorization: Bearer trj_…). Errors are RFC 9457 problem+json with a stable `code`.',
    },
    security: [{ bearer: [] }, { session: [] }],
  });
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trajectoire API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/docs-init.js"></script></body></html>`),
  );
}


const require = createRequire(import.meta.url);
const SWAGGER_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};
const INIT_JS = "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', withCredentials: true });";

export function registerDocAssets(app: App) {
  const dir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    if (file === 'docs-init.js') return c.body(INIT_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' });
    const type = SWAGGER_FILES[file];
    if (!type) return c.notFound();
    const body = await readFile(path.join(dir, file));
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
}
