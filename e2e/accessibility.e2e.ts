import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, login, seriousAxeViolations, startE2E, type E2E } from './support';

/** axe-core over the main pages (logged out and in): no serious or critical violation. */
describe.skipIf(!hasBrowser)('accessibility (axe-core) of the main pages', () => {
  let e: E2E;
  let page: Page;
  const paths: string[] = [];

  beforeAll(async () => {
    e = await startE2E();
    page = await (await e.browser.newContext({ locale: 'fr-FR' })).newPage();
  });
  afterAll(() => e?.stop());

  async function check(path: string) {
    await page.goto(`${e.baseUrl}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return { path, violations: await seriousAxeViolations(page) };
  }

  it('detects a known critical violation (the checker itself works)', async () => {
    await page.setContent('<html lang="fr"><head><title>t</title></head><body><main><h1>t</h1><img src="x.png"></main></body></html>');
    expect((await seriousAxeViolations(page)).map((v: { id: string }) => v.id)).toContain('image-alt');
  });

  it('has no serious violation on the login and public territory pages', async () => {
    const results = [await check('/connexion'), await check('/territoires'), await check('/territoires/epci:200054781')];
    expect(results.filter((r) => r.violations.length)).toEqual([]);
  });

  it('has no serious violation on the signed-in pages', async () => {
    await login(page, e.baseUrl, 'admin.mgp@trajectoire.demo');
    const api = async (p: string) => (await page.request.get(`${e.baseUrl}${p}`)).json();
    const org = (await api('/api/organisations')).items.find((o: { siren: string }) => o.siren === '200054781');
    const plan = (await api(`/api/organisations/${org.id}/plans`)).items[0];
    const workshop = (await api(`/api/plans/${plan.id}/workshops`)).items[0];
    paths.push(
      '/',
      `/organisations/${org.id}`,
      `/organisations/${org.id}/membres`,
      `/plans/${plan.id}`,
      `/plans/${plan.id}/actions/nouvelle`,
      `/plans/${plan.id}/import`,
      `/plans/${plan.id}/leviers`,
      `/ateliers/${workshop.id}`,
      '/compte/jetons',
    );
    const results = [];
    for (const p of paths) results.push(await check(p));
    expect(results.filter((r) => r.violations.length)).toEqual([]);
    expect(results).toHaveLength(9);
  });
});
