import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from '../../router';
import { Loading } from '../../ui/AsyncState';
import { useSession } from './session';

/** Pages for signed-in users: anonymous visitors are sent to the login page, which brings them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const back = location.pathname + location.search;
  useEffect(() => {
    if (status === 'anonymous') navigate(`/connexion?retour=${encodeURIComponent(back)}`, { replace: true });
  }, [status, back, navigate]);
  if (status !== 'authenticated') return <Loading label="Vérification de la session…" />;
  return <>{children}</>;
}
