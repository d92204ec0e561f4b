import type { TerritoryKind } from '@trajectoire/domain';
import { api, seg, type Page } from '../../api/client';

export interface TerritoryRef {
  id: string;
  kind: TerritoryKind;
  code: string;
  name: string;
}

export interface Territory extends TerritoryRef {
  siren: string | null;
  epciType: string | null;
  population: number | null;
  departementCode: string | null;
  regionCode: string | null;
  postcodes: string[];
}

export interface TerritoryDetail extends Territory {
  parents: { epcis: TerritoryRef[]; departement: TerritoryRef | null; region: TerritoryRef | null };
  childrenCount: number;
}

export const searchTerritories = (q: string, kind: TerritoryKind | null, signal?: AbortSignal) =>
  api.get<{ items: Territory[] }>('/api/territories', { q, kind, limit: 15 }, signal);

export const getTerritory = (id: string, signal?: AbortSignal) => api.get<TerritoryDetail>(`/api/territories/${seg(id)}`, undefined, signal);

export const listTerritoryChildren = (id: string, cursor: string | null, signal?: AbortSignal) =>
  api.get<Page<Territory>>(`/api/territories/${seg(id)}/children`, { cursor, limit: 50 }, signal);

/** URL of a territory page. */
export const territoryPath = (id: string) => `/territoires/${encodeURIComponent(id)}`;
