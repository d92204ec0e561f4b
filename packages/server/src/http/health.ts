import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { App } from './context';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  tags: ['system'],
  security: [],
  responses: {
    200: {
      description: 'The API and its database answer',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.string() }) } },
    },
  },
});

export function registerHealth(app: App) {
  app.openapi(route, async (c) => {
    await c.get('db').execute(sql`select 1`);
    return c.json({ status: 'ok' as const, database: c.get('config').databaseUrl ? 'postgres' : 'pglite' }, 200);
  });
}
