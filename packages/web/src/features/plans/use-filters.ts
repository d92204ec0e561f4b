import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../router';
import { cleanFilters, filtersFromSearch, filtersToSearch, type ActionFilters } from './filters';

/**
 * The plan page's filters, two-way bound to the URL. Discrete changes push a history entry (Back undoes them);
 * `replace` is for typing in text filters.
 */
export function useActionFilters(): [ActionFilters, (next: ActionFilters, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersFromSearch(params), [key]);
  const set = useCallback(
    (next: ActionFilters, options?: { replace?: boolean }) => setParams(filtersToSearch(cleanFilters(next), params), options),
    [params, setParams],
  );
  return [filters, set];
}
