import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Actor } from '@trajectoire/domain';
import { isApiError, setCsrfToken, setUnauthenticatedListener } from '../../api/client';
import * as authApi from './api';
import type { Session } from './api';

type Status = 'loading' | 'anonymous' | 'authenticated';

interface SessionValue {
  status: Status;
  session: Session | null;
  /** True when the server answered 401 during use: the session expired. */
  expired: boolean;
  /** Network or server failure while checking the session at start-up. */
  startupError: unknown;
  login: (email: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
  /** Adopts a session obtained elsewhere (invitation acceptance logs the new member in). */
  adopt: (session: Session) => void;
  refresh: () => Promise<void>;
  /** The organisation the user works in (remembered across visits). */
  currentOrganisationId: string | null;
  setCurrentOrganisationId: (id: string) => void;
}

const SessionContext = createContext<SessionValue | null>(null);
const ORG_KEY = 'trajectoire.organisation';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);
  const [startupError, setStartupError] = useState<unknown>(null);
  const [currentOrganisationId, setCurrent] = useState<string | null>(() => localStorage.getItem(ORG_KEY));

  const apply = useCallback((s: Session | null) => {
    setSession(s);
    setCsrfToken(s?.csrfToken ?? null);
    setStatus(s ? 'authenticated' : 'anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await authApi.getSession());
      setStartupError(null);
    } catch (e) {
      if (isApiError(e) && e.status === 401) apply(null);
      else {
        setStartupError(e);
        setStatus('anonymous');
      }
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
    setUnauthenticatedListener(() => {
      setExpired(true);
      apply(null);
    });
    return () => setUnauthenticatedListener(null);
  }, [refresh, apply]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      session,
      expired,
      startupError,
      refresh,
      adopt: (s) => {
        setExpired(false);
        apply(s);
      },
      currentOrganisationId,
      setCurrentOrganisationId: (id) => {
        localStorage.setItem(ORG_KEY, id);
        setCurrent(id);
      },
      login: async (email, password) => {
        const s = await authApi.login(email, password);
        setExpired(false);
        apply(s);
        return s;
      },
      logout: async () => {
        try {
          await authApi.logout();
        } finally {
          apply(null);
        }
      },
    }),
    [status, session, expired, startupError, refresh, currentOrganisationId, apply],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing');
  return value;
}

/** The permission actor of the signed-in user in an organisation (role null when not a member). */
export function useActor(organisationId: string | null | undefined): Actor | null {
  const { session } = useSession();
  if (!session) return null;
  const m = session.memberships.find((x) => x.organisationId === organisationId);
  return {
    userId: session.user.id,
    isSuperadmin: session.user.isSuperadmin,
    role: m?.role ?? null,
    pilotedOnly: m?.pilotedOnly ?? false,
  };
}
