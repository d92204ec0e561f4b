/**
 * Walks EVERY route of the OpenAPI document × every role × a foreign organisation:
 * anonymous → 401, member of another organisation → 404 (as for a missing id), member without the right → 403,
 * member with the right → 200 on reads. Expectations come from the domain permission matrix (`can`), so a route
 * that checks the wrong operation fails here. A new route must be declared in OPERATION_OF below. Logout is
 * 'public' because it is idempotent: without a session it simply clears the cookie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor, type Operation } from '@trajectoire/domain';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedOrganisation, seedUser } from '../../test/fixtures';
import { plans, axes, savedViews } from '../plans/schema';
import { proposals, workshops, proposalDecisions } from '../workshops/schema';
import { invitations } from '../organisations/schema';
import { insertAction } from '../plans/action-store';
import { actionFieldsSchema } from '@trajectoire/domain';
import { heatLayers, heatStudies } from '../heat/schema';
import type { HeatStudyResult } from '../heat/types';

type Rule = Operation | 'public' | 'self' | 'superadmin' | 'owner';
/** The permission each route must enforce ('self': the caller's own data; 'owner': per-user resource). */
const OPERATION_OF: Record<string, Rule> = {
  getHealth: 'public', login: 'public', getInvitation: 'public', acceptInvitation: 'public',
  searchTerritories: 'public', getTerritory: 'public', listTerritoryChildren: 'public', getCopLevers: 'public',
  logout: 'public', getSession: 'self', changePassword: 'self', listApiTokens: 'self', createApiToken: 'self',
  revokeApiToken: 'self', listOrganisations: 'self',
  createOrganisation: 'superadmin',
  getOrganisation: 'organisation.read', updateOrganisation: 'organisation.update',
  listMembers: 'members.read', updateMember: 'members.manage', removeMember: 'members.manage',
  createInvitation: 'members.manage', listInvitations: 'members.manage', revokeInvitation: 'members.manage',
  listOrganisationAudit: 'audit.read',
  listPlans: 'plan.read', createPlan: 'plan.create', getPlan: 'plan.read', updatePlan: 'plan.update', deletePlan: 'plan.delete',
  createAxis: 'axis.write', updateAxis: 'axis.write', deleteAxis: 'axis.write',
  listActions: 'plan.read', createAction: 'action.create', getAction: 'plan.read', updateAction: 'action.update',
  deleteAction: 'action.delete', moveAction: 'action.update', listActionSources: 'plan.read',
  listSavedViews: 'view.manage', createSavedView: 'view.manage', deleteSavedView: 'owner',
  getPlanLeverMatrix: 'plan.read',
  listWorkshops: 'plan.read', createWorkshop: 'workshop.write', getWorkshop: 'plan.read', updateWorkshop: 'workshop.write',
  deleteWorkshop: 'workshop.write', createProposal: 'proposal.create', updateProposal: 'proposal.create',
  deleteProposal: 'proposal.create', retainProposal: 'proposal.triage', mergeProposals: 'proposal.triage',
  setAsideProposal: 'proposal.triage', undoProposalDecision: 'proposal.triage',
  previewActionImport: 'import.run', importActions: 'import.run', importPlanDocument: 'plan.create',
  importPlanDocumentInto: 'import.run', exportPlan: 'export.run',
  getIndicatorCatalogue: 'public', importIndicatorValues: 'import.run', getTerritoryIndicator: 'plan.read',
  setIndicatorPreference: 'plan.update', listObjectives: 'plan.read', putObjective: 'plan.update',
  getIndicatorDashboard: 'plan.read', getPlanLeverCoverage: 'plan.read',
  setPlanPublication: 'plan.update', setIndicatorPublication: 'plan.update', listPublications: 'plan.read',
  getPublicTerritory: 'public', getPublicPlan: 'public', getPublicIndicator: 'public', downloadPublicPlanActions: 'public',
  downloadPublicIndicatorValues: 'public', getOpenDataCatalog: 'public',
  importHeatLayer: 'import.run', listHeatLayers: 'plan.read', getHeatLayer: 'plan.read', deleteHeatLayer: 'plan.update',
  createHeatStudy: 'plan.update', listHeatStudies: 'plan.read', getHeatStudy: 'plan.read', updateHeatStudy: 'plan.update',
  runHeatStudy: 'plan.update', exportHeatStudy: 'plan.read', linkHeatOpportunity: 'plan.update',
};
/** Query strings some routes require (the organisation whose data is read). */
const QUERY_OF: Record<string, () => string> = { getTerritoryIndicator: () => `?orgId=${ids.org}` };

let t: TestContext;
const ids: Record<string, string> = {};
const actors: Record<string, { headers: Record<string, string>; actor: Actor | null }> = {};
let ops: { method: string; path: string; operationId: string }[] = [];

beforeAll(async () => {
  t = await createTestContext();
  const db = t.database.db;
  const orgA = await seedOrganisation(db);
  const orgB = await seedOrganisation(db);
  ids.org = orgA.id;
  const mk = async (name: string, org: string | null, role: Actor['role'], opts: { pilotedOnly?: boolean; isSuperadmin?: boolean } = {}) => {
    const u = await seedUser(db, org, role, opts);
    actors[name] = {
      headers: u.headers,
      actor: { userId: u.user.id, role: org === orgA.id ? role : null, pilotedOnly: opts.pilotedOnly ?? false, isSuperadmin: opts.isSuperadmin ?? false },
    };
    return u;
  };
  actors.anonymous = { headers: {}, actor: null };
  await mk('foreignAdmin', orgB.id, 'admin');
  const reader = await mk('reader', orgA.id, 'reader');
  await mk('editor', orgA.id, 'editor');
  await mk('restrictedEditor', orgA.id, 'editor', { pilotedOnly: true });
  await mk('admin', orgA.id, 'admin');
  await mk('superadmin', null, null, { isSuperadmin: true });
  ids.userId = reader.user.id;

  const [plan] = await db.insert(plans).values({ organisationId: orgA.id, type: 'pcaet', title: 'Plan A' }).returning();
  const [axis] = await db.insert(axes).values({ planId: plan.id, title: 'Axe A' }).returning();
  // Piloted by someone else: a restricted editor may not update it.
  const action = await insertAction(db, {
    organisationId: orgA.id,
    planId: plan.id,
    createdBy: null,
    fields: actionFieldsSchema.parse({ title: 'Action A', pilots: [{ name: 'Quelqu’un' }] }),
  });
  const [workshop] = await db.insert(workshops).values({ organisationId: orgA.id, planId: plan.id, theme: 'Atelier A' }).returning();
  const [p1, p2] = await db
    .insert(proposals)
    .values([1, 2].map((i) => ({ organisationId: orgA.id, workshopId: workshop.id, title: `Proposition ${i}` })))
    .returning();
  const [decision] = await db
    .insert(proposalDecisions)
    .values({ organisationId: orgA.id, workshopId: workshop.id, kind: 'set_aside', reason: 'hors sujet' })
    .returning();
  const [view] = await db.insert(savedViews).values({ userId: reader.user.id, planId: plan.id, name: 'Vue', filters: {} }).returning();
  const [invitation] = await db
    .insert(invitations)
    .values({ organisationId: orgA.id, email: 'x@example.org', role: 'reader', tokenHash: 'h', expiresAt: new Date(Date.now() + 1e9) })
    .returning();
  const site = { id: 's', kind: 'datacenter', name: 'S', lat: 48.85, lon: 2.35, annualMwh: 1000 };
  const [heatSources, heatSinks] = await db
    .insert(heatLayers)
    .values([
      { organisationId: orgA.id, name: 'Sources', kind: 'sources', features: [{ ...site, temperatureC: 30 }], crs: 'EPSG:4326', crsDetected: 'detected' },
      { organisationId: orgA.id, name: 'Besoins', kind: 'sinks', features: [{ ...site, id: 'k', kind: 'heat_network', supplyTemperatureC: 70 }], crs: 'EPSG:4326', crsDetected: 'detected' },
    ])
    .returning();
  const result = { summary: {}, flows: [], arcs: [], arcCount: 0, arcsTruncated: false, merit: [], params: {}, potentialMode: 'mean' } as unknown as HeatStudyResult;
  const [heatStudy] = await db
    .insert(heatStudies)
    .values({ organisationId: orgA.id, name: 'Étude', sourceLayerId: heatSources.id, sinkLayerId: heatSinks.id, params: {}, status: 'computed', result })
    .returning();
  Object.assign(ids, {
    heatLayer: heatSources.id, heatSinks: heatSinks.id, heatStudy: heatStudy.id,
    plan: plan.id, axis: axis.id, action: action.id, workshop: workshop.id, proposal: p1.id, proposal2: p2.id,
    decision: decision.id, view: view.id, invitation: invitation.id, token: '00000000-0000-4000-8000-000000000000',
    territory: 'commune:42218', code: 'ghg',
  });

  const doc = await (await t.app.request('/api/openapi.json')).json();
  ops = Object.entries<Record<string, { operationId: string }>>(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, operationId: op.operationId })),
  );
});
afterAll(() => t.close());

/** The resource a path parameter designates, from the path segment before it. */
function fill(path: string): string {
  return path.replace(/\/([a-z-]+)\/\{(\w+)\}/g, (_m, collection: string, param: string) => {
    const key =
      param === 'userId' ? 'userId'
      : param === 'invitationId' ? 'invitation'
      : ({ organisations: 'org', plans: 'plan', axes: 'axis', actions: 'action', workshops: 'workshop', proposals: 'proposal',
           decisions: 'decision', views: 'view', members: 'userId', invitations: 'invitation', tokens: 'token',
           territories: 'territory', indicators: 'code', layers: 'heatLayer', studies: 'heatStudy' } as Record<string, string>)[collection];
    if (!key || !ids[key]) throw new Error(`no resource for ${collection}/{${param}} in ${path}`);
    return `/${collection}/${ids[key]}`;
  });
}

/** A body valid for each write, so that input validation never masks the authorisation outcome. */
function body(operationId: string): BodyInit | undefined {
  const doc = { format: 'trajectoire.plan', version: 1, plan: { type: 'pcaet', title: 'Importé' }, axes: [], actions: [] };
  const csv = () => {
    const form = new FormData();
    form.append('file', new Blob(['Intitulé de l’action;Objectifs poursuivis\nAction;Objectif\n'], { type: 'text/csv' }), 'a.csv');
    form.append('dryRun', 'true');
    return form;
  };
  const bodies: Record<string, unknown> = {
    updateOrganisation: { version: 1, name: 'Renommée' },
    updateMember: { version: 1, role: 'editor' },
    createInvitation: { email: 'new@example.org', role: 'reader' },
    createPlan: { type: 'pcaet', title: 'Nouveau' },
    updatePlan: { version: 1, title: 'Renommé' },
    createAxis: { title: 'Axe' },
    updateAxis: { version: 1, title: 'Axe renommé' },
    createAction: { title: 'Nouvelle action' },
    updateAction: { version: 1, title: 'Renommée' },
    moveAction: { position: 0 },
    createSavedView: { name: 'Vue', filters: {} },
    createWorkshop: { theme: 'Atelier' },
    updateWorkshop: { version: 1, theme: 'Atelier renommé' },
    createProposal: { title: 'Proposition' },
    updateProposal: { version: 1, title: 'Proposition renommée' },
    retainProposal: { proposalId: ids.proposal, version: 1 },
    mergeProposals: { proposalIds: [ids.proposal, ids.proposal2], versions: [1, 1], action: { title: 'Fusion' } },
    setAsideProposal: { proposalId: ids.proposal, version: 1, reason: 'hors périmètre' },
    importPlanDocument: doc,
    importPlanDocumentInto: doc,
    setIndicatorPreference: { territoryId: 'commune:42218', indicatorCode: 'ghg', preferredSourceId: null },
    createHeatStudy: { name: 'Étude', sourceLayerId: ids.heatLayer, sinkLayerId: ids.heatSinks },
    updateHeatStudy: { version: 1, name: 'Étude renommée' },
    linkHeatOpportunity: { sourceId: 's', sinkId: 'k', actionId: ids.action, actionVersion: 1 },
    setPlanPublication: { published: true },
    setIndicatorPublication: { territoryId: 'commune:42218', indicatorCode: 'ghg', published: true },
    putObjective: { territoryId: 'commune:42218', indicatorCode: 'ghg', referenceYear: 2015, milestones: [{ year: 2030, mode: 'percent', value: -40 }] },
  };
  if (operationId === 'previewActionImport' || operationId === 'importActions') return csv();
  if (operationId === 'importIndicatorValues') {
    const form = new FormData();
    form.append('file', new Blob(['territoire;indicateur;année;valeur;producteur\n42218;ghg;2019;1,5;ORE\n'], { type: 'text/csv' }), 'v.csv');
    form.append('dryRun', 'true');
    return form;
  }
  if (operationId === 'importHeatLayer') {
    const form = new FormData();
    form.append('file', new Blob(['id,kind,name,lat,lon,annual_mwh,supply_temperature_c\nk,heat_network,K,48.85,2.35,10,70\n'], { type: 'text/csv' }), 'k.csv');
    form.append('kind', 'sinks');
    form.append('name', 'Couche');
    return form;
  }
  return operationId in bodies ? JSON.stringify(bodies[operationId]) : undefined;
}

async function callAs(who: string, op: { method: string; path: string; operationId: string }) {
  const b = body(op.operationId);
  const headers = { ...actors[who].headers, ...(typeof b === 'string' ? { 'content-type': 'application/json' } : {}) };
  return t.app.request(fill(op.path) + (QUERY_OF[op.operationId]?.() ?? ''), { method: op.method, headers, body: b });
}

describe('authorisation matrix', () => {
  it('declares the permission of every route', () => {
    const undeclared = ops.filter((o) => !(o.operationId in OPERATION_OF)).map((o) => o.operationId);
    expect(undeclared).toEqual([]);
    expect(ops.length).toBeGreaterThan(50);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      if (OPERATION_OF[op.operationId] === 'public') continue;
      const res = await callAs('anonymous', op);
      if (res.status !== 401) wrong.push(`${op.operationId}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to a member of another organisation on every tenant route, as for a missing id', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const rule = OPERATION_OF[op.operationId];
      if (rule === 'public' || rule === 'self' || rule === 'superadmin') continue;
      const res = await callAs('foreignAdmin', op);
      if (res.status !== 404) wrong.push(`${op.operationId}: ${res.status}`);
      else expect((await res.json()).code).toBe('not_found');
    }
    expect(wrong).toEqual([]);
  });

  it('gives each role of the organisation exactly what the permission matrix says', async () => {
    const wrong: string[] = [];
    for (const who of ['reader', 'editor', 'restrictedEditor', 'admin', 'superadmin']) {
      const actor = actors[who].actor!;
      for (const op of ops) {
        const rule = OPERATION_OF[op.operationId];
        if (rule === 'public' || rule === 'self') continue;
        if (rule === 'owner') {
          // Saved views belong to their author: everyone else gets 404, even admins.
          if (op.method === 'DELETE' && who !== 'reader') {
            const res = await callAs(who, op);
            if (res.status !== 404) wrong.push(`${who} ${op.operationId}: ${res.status} (expected 404)`);
          }
          continue;
        }
        const allowed = rule === 'superadmin' ? actor.isSuperadmin : can(actor, rule, { pilotUserIds: [] });
        // Allowed writes are exercised by the feature tests; here only reads run, to keep fixtures intact.
        if (allowed && op.method !== 'GET') continue;
        const res = await callAs(who, op);
        const expected = allowed ? 200 : 403;
        if (res.status !== expected) wrong.push(`${who} ${op.operationId}: ${res.status} (expected ${expected})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
