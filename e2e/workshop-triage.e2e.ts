import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, login, startE2E, textOf, type E2E } from './support';

/** Grand Paris facilitators triage the waste-heat workshop proposals: retain, merge, set aside; provenance shows. */
describe.skipIf(!hasBrowser)('workshop triage in Chromium', () => {
  let e: E2E;
  let page: Page;
  const P1 = 'Accroître la connaissance des data centers partagée entre les différents acteurs publics (de la préfecture à la commune)';
  const P2 = 'Promouvoir auprès des communes les retours d’expérience positifs sur la valorisation des eaux usées';
  const P3 = 'Promouvoir la valorisation de la chaleur basse température issue du traitement des eaux usées';

  beforeAll(async () => {
    e = await startE2E();
    page = await (await e.browser.newContext({ locale: 'fr-FR' })).newPage();
    await login(page, e.baseUrl, 'editeur.mgp@trajectoire.demo');
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/e2e-fail-${ctx.task.name.replace(/\W+/g, '-')}.png`, fullPage: true });
  });
  afterAll(() => e?.stop());

  const select = (title: string) => page.getByRole('checkbox', { name: `Sélectionner « ${title} »` }).check();
  const column = (name: RegExp) => page.getByRole('region', { name });

  it('opens the workshop board from the SDEM plan', async () => {
    await page.getByRole('link', { name: 'Métropole du Grand Paris' }).first().click();
    await page.getByRole('link', { name: /Schéma Directeur Energétique/ }).first().click();
    await page.getByRole('link', { name: 'Valorisation des énergies fatales', exact: true }).click();
    await page.waitForURL(/\/ateliers\//);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toMatch(/Valorisation des énergies fatales/);
    expect(await column(/À trier/).getByRole('heading', { level: 3 }).count()).toBe(14);
  });

  it('retains one proposal as an action', async () => {
    await select(P1);
    await page.getByRole('toolbar', { name: 'Tri des propositions' }).getByRole('button', { name: 'Retenir' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retenir' }).click();
    await column(/Retenues/).getByRole('heading', { name: P1 }).waitFor();
  });

  it('merges two proposals into a new action', async () => {
    await select(P2);
    await select(P3);
    await page.getByRole('button', { name: 'Fusionner…' }).click();
    await page.getByLabel('Titre de la nouvelle action').fill('Faire connaître le potentiel de chaleur des eaux usées');
    await page.getByRole('dialog').getByRole('button', { name: 'Fusionner' }).click();
    await column(/Fusionnées/).getByRole('heading', { name: P3 }).waitFor();
    expect(await column(/Fusionnées/).getByRole('heading', { level: 3 }).count()).toBe(2);
  });

  it('sets a proposal aside only with a reason', async () => {
    const title = 'Utiliser le permis de construire comme levier en amont';
    await select(title);
    await page.getByRole('button', { name: 'Écarter…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Écarter' }).click();
    expect(await page.getByRole('dialog').getByText(/motif/i).count()).toBeGreaterThan(0);
    await page.getByLabel('Motif').fill('Relève des communes, hors compétence métropolitaine');
    await page.getByRole('dialog').getByRole('button', { name: 'Écarter' }).click();
    await column(/Écartées/).getByRole('heading', { name: title }).waitFor();
    await page.getByText('Relève des communes, hors compétence métropolitaine').first().waitFor();
  });

  it('shows the provenance on the merged action', async () => {
    await page.getByRole('link', { name: 'Faire connaître le potentiel de chaleur des eaux usées' }).first().click();
    await page.getByText(P2).first().waitFor();
    await page.getByText(P3).first().waitFor();
  });
});
