// Fetch wrapper for the Trajectoire API: JSON in and out, CSRF header on writes, problem+json parsed into ApiError.

export interface FieldProblem {
  path: string;
  message: string;
}

/** An RFC 9457 problem answered by the API (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly currentVersion?: number;
  /** The whole problem document, for extension members (e.g. an import report). */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: { code?: string; detail?: string; title?: string; errors?: FieldProblem[]; currentVersion?: number; [k: string]: unknown }) {
    const detail = body.detail ?? body.title ?? `Erreur ${status}`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? 'unknown_error';
    this.detail = detail;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.currentVersion = typeof body.currentVersion === 'number' ? body.currentVersion : undefined;
    this.body = body;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | null = null;
/** Set from the login/session answers; sent as X-CSRF-Token on every write made with the session cookie. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Listener = (error: ApiError) => void;
let onUnauthenticated: Listener | null = null;
/** Called when an authenticated call answers 401 (expired session), so the app can ask to log in again. */
export function setUnauthenticatedListener(listener: Listener | null) {
  onUnauthenticated = listener;
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

/** Builds "?a=1&b=x&b=y", skipping empty values; arrays repeat the key. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

async function parseProblem(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      body = (await res.json()) as Record<string, unknown>;
    } catch {
      body = {};
    }
  }
  if (!body.detail && !body.title) body.detail = defaultDetail(res.status);
  return new ApiError(res.status, body as ConstructorParameters<typeof ApiError>[1]);
}

function defaultDetail(status: number): string {
  if (status === 401) return 'Authentification requise.';
  if (status === 403) return "Vous n'avez pas le droit d'effectuer cette opération.";
  if (status === 404) return 'Ressource introuvable.';
  if (status >= 500) return 'Le serveur a rencontré une erreur ; réessayez plus tard.';
  return `La requête a échoué (erreur ${status}).`;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (WRITE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'network_error', detail: 'Le serveur est injoignable ; vérifiez votre connexion puis réessayez.' });
  }
  if (!res.ok) {
    const error = await parseProblem(res);
    if (error.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const api = {
  request,
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, { body }),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
};

/** Page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Path segment encoding for ids such as "commune:75056". */
export const seg = (id: string) => encodeURIComponent(id);
