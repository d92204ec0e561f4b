import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { App, AppEnv } from '../http/context';
import { jsonContent as json, notFound, problems } from '../http/problem';
import { authorize } from '../auth/access';
import { loadPlan } from '../plans/access';
import { presentPlan } from '../plans/presenter';
import { organisations } from '../organisations/schema';
import { planDocumentOpenApi } from '../exports/document';
import { importPlanDocument, type JsonImportResult } from './json-import';
import { jsonImportResultSchema } from './presenter';
import { jsonBody } from './upload';

const tags = ['imports'];
const body = { required: true, content: { 'application/json': { schema: planDocumentOpenApi } } };
const description =
  'Takes a document produced by `GET /api/plans/{planId}/export?format=json` (format `trajectoire.plan`, version 1). ' +
  'Pilot accounts that are not members of the organisation, and unknown organisations, are kept by name only.';

const intoNewPlan = createRoute({
  method: 'post',
  path: '/api/organisations/{organisationId}/plans/import-json',
  operationId: 'importPlanDocument',
  tags,
  summary: 'Create a plan from a JSON plan document',
  description,
  middleware: [jsonBody] as const,
  request: { params: z.object({ organisationId: z.uuid() }), body },
  responses: { 201: json(jsonImportResultSchema, 'The created plan'), ...problems(400, 401, 403, 404) },
});

const intoEmptyPlan = createRoute({
  method: 'post',
  path: '/api/plans/{planId}/import-json',
  operationId: 'importPlanDocumentInto',
  tags,
  summary: "Fill an empty plan with a JSON plan document's axes and actions",
  description: `${description} The plan keeps its own title and settings; it must have no axis and no action (409 \`plan_not_empty\`).`,
  middleware: [jsonBody] as const,
  request: { params: z.object({ planId: z.uuid() }), body },
  responses: { 201: json(jsonImportResultSchema, 'The filled plan'), ...problems(400, 401, 403, 404, 409) },
});

const present = (r: JsonImportResult) => ({ ...r, plan: presentPlan(r.plan) });
const actorOf = (c: Context<AppEnv>) => ({ actor: c, createdBy: c.get('auth')!.userId });

export function registerJsonImports(app: App) {
  app.openapi(intoNewPlan, async (c) => {
    const { organisationId } = c.req.valid('param');
    await authorize(c, organisationId, 'plan.create', undefined, 'Organisation');
    await authorize(c, organisationId, 'import.run', undefined, 'Organisation');
    const [org] = await c.get('db').select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) throw notFound('Organisation');
    const result = await importPlanDocument(c.get('db'), { organisationId, plan: null, document: c.req.valid('json'), ...actorOf(c) });
    return c.json(present(result), 201);
  });

  app.openapi(intoEmptyPlan, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').planId, 'import.run');
    const result = await importPlanDocument(c.get('db'), { organisationId: plan.organisationId, plan, document: c.req.valid('json'), ...actorOf(c) });
    return c.json(present(result), 201);
  });
}
