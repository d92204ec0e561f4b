import type { Operation, OrganisationKind, Role } from '@trajectoire/domain';
import { api, seg, type Page } from '../../api/client';
import type { Session } from '../auth/api';
import type { TerritoryRef } from '../territories/api';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  territory: TerritoryRef | null;
  description: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface OrganisationDetail extends Organisation {
  my: { role: Role | null; pilotedOnly: boolean; isSuperadmin: boolean; permissions: Operation[] };
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  pilotedOnly: boolean;
  joinedAt: string;
  version: number;
}

export interface Invitation {
  id: string;
  organisationId: string;
  email: string;
  role: Role;
  pilotedOnly: boolean;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export interface InvitationPreview {
  organisationId: string;
  organisationName: string;
  email: string;
  role: Role;
  pilotedOnly: boolean;
  expiresAt: string;
  existingAccount: boolean;
}

const org = (id: string) => `/api/organisations/${seg(id)}`;

export const getOrganisation = (id: string, signal?: AbortSignal) => api.get<OrganisationDetail>(org(id), undefined, signal);
export const updateOrganisation = (id: string, body: { name?: string; description?: string; version: number }) =>
  api.patch<Organisation>(org(id), body);

export const listMembers = (id: string, signal?: AbortSignal) => api.get<Page<Member>>(`${org(id)}/members`, { limit: 500 }, signal);
export const updateMember = (id: string, userId: string, body: { role?: Role; pilotedOnly?: boolean; version: number }) =>
  api.patch<Member>(`${org(id)}/members/${seg(userId)}`, body);
export const removeMember = (id: string, userId: string) => api.delete(`${org(id)}/members/${seg(userId)}`);

export const listInvitations = (id: string, signal?: AbortSignal) =>
  api.get<Page<Invitation>>(`${org(id)}/invitations`, { limit: 500 }, signal);
export const createInvitation = (id: string, body: { email: string; role: Role; pilotedOnly: boolean }) =>
  api.post<{ invitation: Invitation; acceptUrl: string }>(`${org(id)}/invitations`, body);
export const revokeInvitation = (id: string, invitationId: string) => api.delete(`${org(id)}/invitations/${seg(invitationId)}`);

export const getInvitation = (token: string, signal?: AbortSignal) =>
  api.get<InvitationPreview>(`/api/invitations/${seg(token)}`, undefined, signal);
export const acceptInvitation = (token: string, body: { name?: string; password?: string }) =>
  api.post<Session>(`/api/invitations/${seg(token)}/accept`, body);

export const listOrganisations = (signal?: AbortSignal) =>
  api.get<Page<Organisation & { myRole: Role | null }>>('/api/organisations', { limit: 500 }, signal);
