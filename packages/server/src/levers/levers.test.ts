import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COP_LEVER_SET } from '@trajectoire/domain';
import { createTestContext, type TestContext } from '../../test/harness';
import { anonymous, api, seedAction, seedPlan, seedTenant } from '../plans/testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
});
afterAll(() => t.close());

describe('levers', () => {
  it('publishes the lever set in force without authentication', async () => {
    const res = await http.get('/api/levers', anonymous);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: COP_LEVER_SET.version, source: COP_LEVER_SET.source });
    expect(res.body.levers).toHaveLength(43);
    expect(res.body.levers[0]).toMatchObject({ code: COP_LEVER_SET.levers[0].code, position: 0 });
    expect(res.body.sectors.map((s: { code: string }) => s.code)).toContain('agriculture_soils');
    expect(res.body.dimensions.map((d: { code: string }) => d.code)).toEqual(['climate', 'biodiversity', 'resources', 'adaptation', 'health']);
  });

  it('builds a plan matrix over all 43 levers', async () => {
    const plan = await seedPlan(t, w.org.id);
    const a = await seedAction(t, plan, { title: 'Aires de covoiturage', status: 'in_progress', copLevers: ['carpooling'], impactTco2ePerYear: 120.5, impactMwhPerYear: 300 });
    const b = await seedAction(t, plan, { title: 'Méthaniseur', status: 'done', copLevers: ['biogas', 'carpooling'], impactTco2ePerYear: 80 });
    await seedAction(t, await seedPlan(t, w.org.id, 'Autre plan'), { title: 'Ailleurs', copLevers: ['carpooling'], impactTco2ePerYear: 1e6 });
    const res = await http.get(`/api/plans/${plan.id}/levers/matrix`, w.reader);
    expect(res.status).toBe(200);
    const rows = res.body.sectors.flatMap((s: { levers: unknown[] }) => s.levers);
    expect(rows).toHaveLength(43);
    const carpooling = rows.find((r: { code: string }) => r.code === 'carpooling');
    expect(carpooling).toMatchObject({ actionCount: 2, impactMwhPerYear: 300, covered: true, dimensions: ['climate', 'health'] });
    expect(carpooling.impactTco2ePerYear).toBeCloseTo(200.5);
    expect(carpooling.byStatus).toMatchObject({ in_progress: 1, done: 1 });
    expect(carpooling.actions.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    expect(rows.filter((r: { covered: boolean }) => r.covered).map((r: { code: string }) => r.code).sort()).toEqual(['biogas', 'carpooling']);
    expect(res.body).toMatchObject({ leverCount: 43, coveredLeverCount: 2, taggedActionCount: 2, leverSetVersion: COP_LEVER_SET.version });
    const health = res.body.dimensions.find((d: { dimension: string }) => d.dimension === 'health');
    expect(health).toMatchObject({ labelFr: 'Santé', actionCount: 2, coveredLeverCount: 1 });
    expect(health.leverCount).toBe(COP_LEVER_SET.levers.filter((l) => l.dimensions.includes('health')).length);
  });
});
