import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from '../router';
import { Header } from './Header';

/** Page frame: skip link, banner, main landmark (focused after each navigation), footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After a client-side navigation, start keyboard and screen-reader users at the new content.
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <Header />
      <main id="contenu" className="site-main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          Trajectoire — plateforme libre de planification de la transition écologique des territoires (licence AGPL).
        </div>
      </footer>
    </>
  );
}
