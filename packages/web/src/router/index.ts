export { RouterProvider, useLocation, useNavigate, useSearchParams, type Location, type NavigateOptions } from './history';
export { Link } from './Link';
export { Routes, route, type RouteDef } from './Routes';
export { buildPath, matchPattern, type RouteParams } from './patterns';
