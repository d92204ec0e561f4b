import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser, login, startE2E, textOf, type E2E } from './support';

/** The climate officer's day: log in, open the plan, create and edit an action, import a table, export the plan. */
describe.skipIf(!hasBrowser)('plan flow in Chromium', () => {
  let e: E2E;
  let context: BrowserContext;
  let page: Page;
  let planUrl = '';

  beforeAll(async () => {
    e = await startE2E();
    context = await e.browser.newContext({ acceptDownloads: true, locale: 'fr-FR' });
    page = await context.newPage();
    // Every request must stay on this machine.
    page.on('request', (r) => {
      if (!r.url().startsWith(e.baseUrl) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        throw new Error(`external request ${r.url()}`);
    });
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/e2e-fail-${ctx.task.name.replace(/\W+/g, '-')}.png`, fullPage: true });
  });
  afterAll(async () => {
    await context?.close();
    await e?.stop();
  });

  it('logs in and opens the Grand Poitiers PCAET', async () => {
    await login(page, e.baseUrl, 'admin.poitiers@trajectoire.demo');
    await page.getByRole('link', { name: 'Communauté urbaine de Grand Poitiers' }).first().click();
    await page.getByRole('link', { name: /Plan Climat Air Énergie Territorial/ }).first().click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toMatch(/PCAET/);
    planUrl = page.url();
  });

  it('creates an action, then edits it', async () => {
    await page.getByRole('link', { name: 'Nouvelle action' }).click();
    await page.getByRole('textbox', { name: /^Titre/ }).first().fill('Rénover l’éclairage public des zones d’activité');
    await page.getByLabel('Objectifs').fill('Réduire de 60 % la consommation d’électricité de l’éclairage');
    await page.getByLabel('Date de fin').fill('2027-12-31');
    await page.getByRole('button', { name: 'Créer l’action' }).click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Rénover l’éclairage public des zones d’activité');

    await page.getByRole('link', { name: /Modifier/ }).first().click();
    await page.getByRole('textbox', { name: /^Titre/ }).first().fill('Rénover l’éclairage public (LED) des zones d’activité');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Rénover l’éclairage public (LED) des zones d’activité');
  });

  it('imports an action table (French CSV, Latin-1) after a dry run', async () => {
    await page.goto(planUrl);
    await page.getByRole('link', { name: 'Importer' }).click();
    const csv = 'Intitulé de l\'action;Objectifs poursuivis;Pilote(s) / Maître(s) d\'ouvrage;Partenaire(s) potentiel(s)\n' +
      'Créer une plateforme de covoiturage;Réduire l\'autosolisme;Grand Poitiers;Région, ADEME\n' +
      'Installer des ombrières photovoltaïques;Produire 2 GWh/an;Grand Poitiers;SEM énergie\n';
    await page.getByLabel('Fichier du plan d’actions').setInputFiles({ name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.getByRole('button', { name: /essai à blanc/ }).click();
    await page.getByRole('button', { name: /Importer 2 actions/ }).click();
    await page.getByText(/importées/).first().waitFor();
  });

  it('exports the plan as CSV with the imported actions', async () => {
    await page.goto(planUrl);
    await page.getByRole('button', { name: /Exporter/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Tableau CSV' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain('Créer une plateforme de covoiturage');
    expect(text).toContain('Rénover l’éclairage public (LED) des zones d’activité');
  });
});
