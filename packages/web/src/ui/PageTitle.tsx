import { useEffect, type ReactNode } from 'react';

/** Sets the document title ("Page — Trajectoire"), which screen readers announce after navigation. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} — Trajectoire` : 'Trajectoire';
  }, [title]);
}

/** Page heading + document title. `kicker` is a short context line above the title (e.g. the plan name). */
export function PageHeader({ title, kicker, children }: { title: string; kicker?: ReactNode; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <header className="page-header">
      {kicker && <p className="page-header__kicker">{kicker}</p>}
      <h1>{title}</h1>
      {children}
    </header>
  );
}
