import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

// The routes of the territories, organisations and audit features, as documented for API clients.
const ROUTES: [string, string, string, boolean][] = [
  ['get', '/api/territories', 'searchTerritories', true],
  ['get', '/api/territories/{id}', 'getTerritory', true],
  ['get', '/api/territories/{id}/children', 'listTerritoryChildren', true],
  ['get', '/api/organisations', 'listOrganisations', false],
  ['post', '/api/organisations', 'createOrganisation', false],
  ['get', '/api/organisations/{id}', 'getOrganisation', false],
  ['patch', '/api/organisations/{id}', 'updateOrganisation', false],
  ['get', '/api/organisations/{id}/members', 'listMembers', false],
  ['patch', '/api/organisations/{id}/members/{userId}', 'updateMember', false],
  ['delete', '/api/organisations/{id}/members/{userId}', 'removeMember', false],
  ['post', '/api/organisations/{id}/invitations', 'createInvitation', false],
  ['get', '/api/organisations/{id}/invitations', 'listInvitations', false],
  ['delete', '/api/organisations/{id}/invitations/{invitationId}', 'revokeInvitation', false],
  ['get', '/api/invitations/{token}', 'getInvitation', true],
  ['post', '/api/invitations/{token}/accept', 'acceptInvitation', true],
  ['get', '/api/organisations/{id}/audit', 'listOrganisationAudit', false],
];

describe('OpenAPI document', () => {
  it('documents every route with its operationId; public ones need no credentials', async () => {
    const doc = (await call(t.app, 'GET', '/api/openapi.json', {})).body;
    for (const [method, path, operationId, isPublic] of ROUTES) {
      const op = doc.paths[path]?.[method];
      expect(op?.operationId, `${method} ${path}`).toBe(operationId);
      if (isPublic) expect(op.security, operationId).toEqual([]);
      else expect(op.security, operationId).toBeUndefined(); // inherits bearer or session
    }
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p as Record<string, { operationId: string }>).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
