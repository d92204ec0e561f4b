// Typed route patterns: "/plans/:id/import" yields params { id: string }. Patterns are matched segment by segment,
// so a parameter never swallows a "/" and encoded characters (e.g. "commune%3A75056") decode to the real id.

type Segments<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | Segments<Rest> : P;
type ParamName<S extends string> = S extends `:${infer Name}` ? Name : never;

export type RouteParams<P extends string> = { [K in ParamName<Segments<P>>]: string };

const split = (path: string) => path.split('/').filter(Boolean);

/** Returns the decoded params when `pathname` matches `pattern` exactly (a trailing slash is tolerated), else null. */
export function matchPattern<P extends string>(pattern: P, pathname: string): RouteParams<P> | null {
  const expected = split(pattern);
  const actual = split(pathname);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    let got: string;
    try {
      got = decodeURIComponent(actual[i]);
    } catch {
      return null; // malformed escape: no route can match it
    }
    if (want.startsWith(':')) {
      if (!got) return null;
      params[want.slice(1)] = got;
    } else if (want !== got) return null;
  }
  return params as RouteParams<P>;
}

/** Builds a path from a pattern, encoding each parameter. */
export function buildPath<P extends string>(pattern: P, params: RouteParams<P>): string {
  const values = params as Record<string, string>;
  return (
    '/' +
    split(pattern)
      .map((segment) => (segment.startsWith(':') ? encodeURIComponent(values[segment.slice(1)]) : segment))
      .join('/')
  );
}
