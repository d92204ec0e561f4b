import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context';
import { SESSION_COOKIE } from './middleware';
import { createSession } from './store';

/** Opens a server-side session for the user and sets its cookie; returns the CSRF token the client must echo. */
export async function startSession(c: Context<AppEnv>, user: { id: string }) {
  const config = c.get('config');
  const s = await createSession(c.get('db'), user.id, config.sessionTtlHours);
  setCookie(c, SESSION_COOKIE, s.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    expires: s.expiresAt,
  });
  return { csrfToken: s.csrfToken, expiresAt: s.expiresAt };
}
