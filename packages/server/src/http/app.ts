import { OpenAPIHono } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import type { Database } from '../db/client';
import type { Config } from '../config';
import type { AppEnv, App } from './context';
import { AppError, problemResponse } from './problem';
import { authenticate } from '../auth/middleware';
import { features } from './features';
import { registerDocs } from './docs';

const HTTP_EXCEPTION_CODES: Record<number, string> = {
  400: 'malformed_request',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Builds the API; the caller decides how to serve it (Node server, tests via app.request). */
export function createApp(database: Database, config: Config): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return problemResponse(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
      }
    },
  });

  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('/api/*', async (c, next) => {
    c.set('db', database.db);
    c.set('config', config);
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    await next();
    c.header('x-request-id', c.get('requestId'));
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => problemResponse(413, 'payload_too_large', `Le corps de la requête dépasse ${MAX_UPLOAD_BYTES / 1024 / 1024} Mo.`),
    }),
  );
  app.use('/api/*', authenticate);

  app.onError((err, c) => {
    if (err instanceof AppError) return problemResponse(err.status, err.code, err.message, err.extra, err.headers);
    if (err instanceof SyntaxError) return problemResponse(400, 'malformed_json', 'Le corps JSON est mal formé.');
    // Hono's own exceptions (malformed form data, unsupported content type, body limit) keep their status.
    if (err instanceof HTTPException && err.status < 500) {
      const code = HTTP_EXCEPTION_CODES[err.status] ?? 'bad_request';
      return problemResponse(err.status, code, err.message || 'Requête invalide.');
    }
    console.error(`[${c.get('requestId') ?? '-'}]`, err);
    return problemResponse(500, 'internal_error', 'Erreur interne ; elle a été journalisée.');
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? problemResponse(404, 'route_not_found', `Aucune route ${c.req.method} ${c.req.path}.`) : c.text('Not found', 404),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'trj_session' });
  for (const register of features) register(app);
  registerDocs(app);
  return app;
}
