import { z } from '@hono/zod-openapi';
import { PLAN_STATUSES, PLAN_TYPES, actionFieldsSchema } from '@trajectoire/domain';

// The JSON exchange format of a plan. Rows are linked by local keys ("A1.2" for an axis, "X3" for an action)
// instead of database ids, so a document can be imported elsewhere and exporting twice gives the same text.

export const PLAN_DOCUMENT_FORMAT = 'trajectoire.plan';
export const PLAN_DOCUMENT_VERSION = 1;

export interface DocAxis {
  key: string;
  title: string;
  description: string;
  children: DocAxis[];
}

const key = z.string().min(1).max(40);

const docAxisSchema: z.ZodType<DocAxis> = z.lazy(() =>
  z.object({
    key,
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(10_000),
    children: z.array(docAxisSchema).max(500),
  }),
);

const docActionBase = actionFieldsSchema.omit({ axisId: true, parentId: true }).extend({ key, axisKey: key.nullable().default(null) });
export const docActionSchema = docActionBase.extend({ subActions: z.array(docActionBase).max(1000).default([]) });
export type DocAction = z.output<typeof docActionSchema>;
export type DocSubAction = z.output<typeof docActionBase>;

export const docPlanSchema = z.object({
  id: z.string().optional(),
  type: z.enum(PLAN_TYPES),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000).default(''),
  startYear: z.number().int().min(1990).max(2100).nullable().default(null),
  endYear: z.number().int().min(1990).max(2100).nullable().default(null),
  status: z.enum(PLAN_STATUSES).default('draft'),
});

export const planDocumentSchema = z.object({
  format: z.literal(PLAN_DOCUMENT_FORMAT),
  version: z.literal(PLAN_DOCUMENT_VERSION),
  exportedAt: z.string().optional(),
  plan: docPlanSchema,
  axes: z.array(docAxisSchema).max(1000),
  actions: z.array(docActionSchema).max(5000),
});
export type PlanDocument = z.output<typeof planDocumentSchema>;

/** What OpenAPI shows of the document (the recursive axis tree is validated in the handler). */
export const planDocumentOpenApi = z
  .object({
    format: z.literal(PLAN_DOCUMENT_FORMAT),
    version: z.literal(PLAN_DOCUMENT_VERSION),
    exportedAt: z.string().optional(),
    plan: z.object({}).passthrough(),
    axes: z.array(z.object({}).passthrough()),
    actions: z.array(z.object({}).passthrough()),
  })
  .openapi('PlanDocument');
