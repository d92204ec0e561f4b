// Test-only: a plan using every feature the exports must carry (nested axes, sub-actions, budgets, references).
import type { TestContext } from '../../test/harness';
import { axes } from '../plans/schema';
import { seedAction, seedPlan } from '../plans/testing';

export async function seedRichPlan(t: TestContext, organisationId: string, pilot: { id: string; name: string }) {
  const db = t.database.db;
  const plan = await seedPlan(t, organisationId, 'Plan climat « Grand Test » 2025-2030');
  const axis = async (title: string, position: number, parentId: string | null = null, description = '') =>
    (await db.insert(axes).values({ planId: plan.id, title, position, parentId, description }).returning())[0];
  // Inserted out of order on purpose: exports follow positions, not insertion order.
  const energy = await axis('Énergie', 1, null, 'Produire et économiser');
  const mobility = await axis('Mobilités', 0);
  const cycling = await axis('Vélo', 0, mobility.id);
  const network = await axis('Réseaux', 1, mobility.id);
  await axis('Pistes sécurisées', 0, cycling.id);
  const parent = await seedAction(t, plan, {
    title: 'Schéma cyclable',
    ref: 'M-1',
    axisId: cycling.id,
    description: 'Première ligne\nSeconde ligne; avec "guillemets"',
    objectives: '=1+1 ne doit pas être une formule',
    status: 'in_progress',
    priority: 'high',
    startDate: '2025-03-01',
    endDate: '2027-12-31',
    pilots: [{ userId: pilot.id, name: pilot.name, organisation: 'Métropole' }, { name: 'Service voirie' }],
    ownerName: 'Métropole',
    ownerOrganisationId: organisationId,
    partners: [{ name: 'ADEME' }, { name: 'Communes, syndicats' }],
    funders: [{ name: 'Région', amountEur: 250000 }],
    porteurLevers: ['plan_regulate', 'fund'],
    copLevers: ['cycling-public-transport', 'travel-reduction'],
    impactTco2ePerYear: 1250.5,
    impactMwhPerYear: 3200,
    impactNote: 'Estimation 2024',
    budgets: [
      { year: 2025, nature: 'investment', kind: 'planned', unit: 'eur', amount: 1000000 },
      { year: 2026, nature: 'operating', kind: 'planned', unit: 'eur', amount: 50000.5 },
      { year: 2025, nature: 'investment', kind: 'actual', unit: 'eur', amount: 900000 },
      { year: 2025, nature: 'operating', kind: 'planned', unit: 'fte', amount: 1.5 },
    ],
    targetPublics: ['residents', 'municipalities'],
    participationLevel: 'concertation',
    notes: 'Note interne',
    links: [{ title: 'Délibération', url: 'https://example.org/deliberation' }],
  });
  await seedAction(t, plan, { title: 'Réseau de chaleur', axisId: energy.id, copLevers: ['decarbonised-heat-networks'], status: 'retained' });
  await seedAction(t, plan, { title: 'Tronçon nord', parentId: parent.id, axisId: network.id, endDate: '2026-06-30' });
  await seedAction(t, plan, { title: 'Tronçon sud', parentId: parent.id, ref: 'M-1.2' });
  await seedAction(t, plan, { title: 'Action hors axe', status: 'idea' });
  return plan;
}
