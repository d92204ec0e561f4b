import type { Role } from '@trajectoire/domain';
import { api } from '../../api/client';

export interface User {
  id: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  role: Role;
  pilotedOnly: boolean;
}

export interface Session {
  user: User;
  csrfToken: string | null;
  memberships: Membership[];
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const login = (email: string, password: string) => api.post<Session>('/api/auth/login', { email, password });
export const getSession = (signal?: AbortSignal) => api.get<Session>('/api/auth/session', undefined, signal);
export const logout = () => api.post<void>('/api/auth/logout');

export const listTokens = (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/auth/tokens', undefined, signal);
export const createToken = (name: string) => api.post<{ token: string; apiToken: ApiToken }>('/api/auth/tokens', { name });
export const revokeToken = (id: string) => api.delete(`/api/auth/tokens/${encodeURIComponent(id)}`);
