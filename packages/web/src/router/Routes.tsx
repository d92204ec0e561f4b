import { Fragment, type ReactNode } from 'react';
import { matchPattern, type RouteParams } from './patterns';
import { useLocation } from './history';

export interface RouteDef {
  match: (pathname: string) => (() => ReactNode) | null;
}

/** Declares a route whose render function receives params typed from the pattern. */
export function route<P extends string>(pattern: P, render: (params: RouteParams<P>) => ReactNode): RouteDef {
  return {
    match: (pathname) => {
      const params = matchPattern(pattern, pathname);
      return params ? () => render(params) : null;
    },
  };
}

/** Renders the first route matching the current path, or `fallback`. */
export function Routes({ routes, fallback }: { routes: RouteDef[]; fallback: ReactNode }) {
  const { pathname } = useLocation();
  for (const r of routes) {
    const render = r.match(pathname);
    // Keyed by path so that moving from one plan to another remounts the page with fresh state.
    if (render) return <Fragment key={pathname}>{render()}</Fragment>;
  }
  return <>{fallback}</>;
}
