// Test-only: an organisation of Saint-Étienne Métropole with one published plan, one draft plan, indicator values on
// Saint-Étienne and one published indicator, plus an organisation of the same territory that published nothing.
import { eq } from 'drizzle-orm';
import type { TestContext } from '../../test/harness';
import { call, seedOrganisation } from '../../test/fixtures';
import { organisations } from '../organisations/schema';
import { plans } from '../plans/schema';
import { seedPlan, seedTenant } from '../plans/testing';
import { seedRichPlan } from '../exports/testing';
import { importLines, series } from '../indicators/testing';

export const EPCI = 'epci:244200770';
export const COMMUNE = 'commune:42218';

export async function seedPublications(t: TestContext) {
  const w = await seedTenant(t);
  const db = t.database.db;
  const [org] = await db
    .update(organisations)
    .set({ name: 'Saint-Étienne Métropole (test)', siren: '244200770', territoryId: EPCI })
    .where(eq(organisations.id, w.org.id))
    .returning();
  const silent = await seedOrganisation(db, { name: 'Syndicat silencieux', territoryId: EPCI });
  const published = await seedRichPlan(t, org.id, { id: w.editor.user.id, name: 'Élise Pilote' });
  await db.update(plans).set({ startYear: 2025, endYear: 2030 }).where(eq(plans.id, published.id));
  const draft = await seedPlan(t, org.id, 'Brouillon confidentiel');
  await seedPlan(t, silent.id, 'Plan du syndicat');
  await importLines(t, org.id, w.editor.headers, [
    ...series('42218', 'ghg', 'ORE', '01/01/2023', [[2015, '1000'], [2019, '500,25']]),
    ...series('42218', 'final_energy', 'ORE', '01/01/2023', [[2018, '3000']]),
  ]);
  const put = (path: string, body: unknown) => call(t.app, 'PUT', path, w.editor.headers, body);
  const p1 = await put(`/api/plans/${published.id}/publication`, { published: true });
  const p2 = await put(`/api/organisations/${org.id}/indicator-publications`, { territoryId: COMMUNE, indicatorCode: 'ghg', published: true });
  if (p1.status !== 200 || p2.status !== 200) throw new Error(`publication failed: ${p1.status} ${p2.status}`);
  return { w, org, silent, published, draft };
}
