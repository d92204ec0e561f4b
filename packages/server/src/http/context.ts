import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/client';
import type { Config } from '../config';

export interface AuthInfo {
  userId: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
  /** How the request authenticated: cookie sessions need CSRF tokens, bearer tokens do not. */
  via: 'session' | 'token';
  csrfToken?: string;
  sessionTokenHash?: string;
}

export interface AppEnv {
  Variables: {
    db: Db;
    config: Config;
    auth: AuthInfo | null;
    requestId: string;
  };
}

export type App = OpenAPIHono<AppEnv>;
