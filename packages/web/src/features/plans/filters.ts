// The action-list filters live in the URL query string (shareable, bookmarkable, back-button friendly). Parsing reuses
// the domain's schema, the one the server validates with, so the page never sends a query the API would refuse.
import { ACTION_FILTER_KEYS, parseActionQuery, type ActionFilters } from '@trajectoire/domain';
import type { Query } from '../../api/client';

export type { ActionFilters };

/** Filters read from a query string. Invalid values are dropped one key at a time instead of losing every filter. */
export function filtersFromSearch(search: URLSearchParams): ActionFilters {
  const raw: Record<string, string[]> = {};
  for (const key of ACTION_FILTER_KEYS) {
    const values = search.getAll(key).filter((v) => v.trim() !== '');
    if (values.length) raw[key] = values;
  }
  for (let attempt = 0; attempt <= ACTION_FILTER_KEYS.length; attempt++) {
    const parsed = parseActionQuery(raw);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    if (![...bad].some((k) => k in raw)) return {};
    for (const k of bad) delete raw[k];
  }
  return {};
}

/** Query values in a stable key order; multi-valued filters repeat their key; empty filters are omitted. */
export function filtersToQuery(filters: ActionFilters): Query {
  const query: Query = {};
  for (const key of ACTION_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) query[key] = value as string[];
    } else if (typeof value === 'boolean') query[key] = String(value);
    else if (String(value).trim() !== '') query[key] = String(value);
  }
  return query;
}

/** The query string of the filters, keeping other parameters of `base` (e.g. the selected tab). */
export function filtersToSearch(filters: ActionFilters, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (base) for (const [k, v] of base) if (!(ACTION_FILTER_KEYS as string[]).includes(k)) out.append(k, v);
  for (const [key, value] of Object.entries(filtersToQuery(filters))) {
    if (Array.isArray(value)) for (const v of value) out.append(key, v);
    else out.append(key, String(value));
  }
  return out;
}

/** Number of active filters (sorting is not a filter). */
export function countFilters(filters: ActionFilters): number {
  return Object.entries(filters).filter(([k, v]) => k !== 'sort' && k !== 'order' && v !== undefined && !(Array.isArray(v) && !v.length)).length;
}

/** Removes empty values so that saved views and URLs stay minimal. */
export function cleanFilters(filters: ActionFilters): ActionFilters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as ActionFilters;
}
