import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details with a stable machine `code`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ description: 'Stable machine-readable error code' }),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    currentVersion: z.number().int().optional(),
  })
  .passthrough()
  .openapi('Problem');
export type Problem = z.infer<typeof problemSchema>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'Ressource') => new AppError(404, 'not_found', `${what} introuvable.`);
export const forbidden = () => new AppError(403, 'forbidden', "Vous n'avez pas le droit d'effectuer cette opération.");
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Authentification requise.');
export const conflict = (currentVersion: number) =>
  new AppError(409, 'version_conflict', 'Cette ressource a été modifiée entre-temps ; rechargez-la avant d’enregistrer.', {
    currentVersion,
  });
export const badRequest = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError(400, code, message, extra);

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problemBody(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: `urn:trajectoire:problem:${code}`, title: TITLES[status] ?? 'Error', status, code, detail, ...extra };
}

export function problemResponse(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify(problemBody(status, code, detail, extra)), {
    status,
    headers: { ...headers, 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

/** Shared OpenAPI response entries for error statuses. */
export const problemResponses = Object.fromEntries(
  [400, 401, 403, 404, 409, 413, 415, 422, 429].map((s) => [
    s,
    { description: TITLES[s], content: { 'application/problem+json': { schema: problemSchema } } },
  ]),
) as Record<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429, { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }>;

/** The OpenAPI response entries for the given error statuses. */
export function problems<K extends keyof typeof problemResponses>(...keys: K[]) {
  return Object.fromEntries(keys.map((k) => [k, problemResponses[k]])) as Pick<typeof problemResponses, K>;
}

export const jsonContent = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
