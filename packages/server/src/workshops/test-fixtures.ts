import { GRAND_PARIS_SDEM_PROPOSALS } from '../demo/data/grand-paris-sdem';
import type { Db } from '../db/client';
import type { App } from '../http/context';
import { axes, plans } from '../plans/schema';
import { call, seedOrganisation, seedUser } from '../../test/fixtures';

/**
 * One tenant with a plan and an axis, a member per role, and a second tenant with its own plan, editor and
 * reader. Plans and axes are inserted directly: their routes belong to another feature.
 */
export async function seedTenants(db: Db) {
  const org = await seedOrganisation(db, { name: 'Métropole du Grand Paris' });
  const [plan] = await db
    .insert(plans)
    .values({ organisationId: org.id, type: 'energy_master_plan', title: 'Schéma Directeur Energétique Métropolitain (SDEM)' })
    .returning();
  const [axis] = await db.insert(axes).values({ planId: plan.id, title: 'Connaissance et animation' }).returning();
  const [otherPlan] = await db
    .insert(plans)
    .values({ organisationId: org.id, type: 'pcaet', title: 'Plan Climat Air Energie Métropolitain' })
    .returning();
  const editor = await seedUser(db, org.id, 'editor');
  const other = await seedOrganisation(db, { name: 'Grand Poitiers' });
  const [foreignPlan] = await db.insert(plans).values({ organisationId: other.id, type: 'pcaet', title: 'PCAET' }).returning();
  return {
    org,
    plan,
    axis,
    otherPlan,
    editor,
    reader: await seedUser(db, org.id, 'reader'),
    admin: await seedUser(db, org.id, 'admin'),
    restricted: await seedUser(db, org.id, 'editor', { pilotedOnly: true }),
    outsider: await seedUser(db, other.id, 'admin'),
    other,
    foreignPlan,
    foreignEditor: await seedUser(db, other.id, 'editor'),
  };
}

/** Row `row` (1-based) of the Grand Paris waste-heat workshop table as a proposal body. */
export function sdemProposal(row: number) {
  const p = GRAND_PARIS_SDEM_PROPOSALS[row - 1];
  return {
    title: p.title,
    objectives: p.objectives,
    pilotText: p.pilot,
    leversText: p.leversText,
    partnersText: p.partners.join(', '),
    copLevers: [...p.copLevers],
    contributorName: `Participant ${row}`,
    contributorOrganisation: 'ALEC',
  };
}

export async function createWorkshop(app: App, headers: Record<string, string>, planId: string, theme = 'Valorisation des énergies fatales') {
  const res = await call(app, 'POST', `/api/plans/${planId}/workshops`, headers, { theme, date: null });
  if (res.status !== 201) throw new Error(`createWorkshop: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
}

export async function createProposal(app: App, headers: Record<string, string>, workshopId: string, row: number) {
  const res = await call(app, 'POST', `/api/workshops/${workshopId}/proposals`, headers, sdemProposal(row));
  if (res.status !== 201) throw new Error(`createProposal: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; title: string };
}
