import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser, login, seriousAxeViolations, startE2E, textOf, type E2E } from './support';

const T = 'epci:200054781';
const SECTORS = ['residential', 'tertiary', 'road_transport', 'other_transport', 'agriculture', 'waste', 'industry_excl_energy', 'energy_industry'];
const header = 'territoire;indicateur;année;valeur;unité;producteur;jeu de données;date de version;licence';
const line = (code: string, year: number, value: number, producer: string, version: string) =>
  `${T};${code};${year};${String(value).replace('.', ',')};ktCO2e;${producer};Inventaire territorial;${version};Licence Ouverte 2.0`;

function valuesCsv() {
  const rows = [header];
  [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].forEach((y, i) => rows.push(line('ghg', y, 21000 - 520 * i + (i % 2) * 150, 'AIRPARIF', '2024-06-01')));
  [2015, 2018, 2019, 2021].forEach((y, i) => rows.push(line('ghg', y, 21400 - 600 * i, 'ROSE', '2023-01-15')));
  SECTORS.forEach((s, i) => rows.push(line(`ghg.sector.${s}`, 2019, 800 + 400 * i, 'AIRPARIF', '2024-06-01')));
  return rows.join('\n') + '\n';
}

/** Values, objectives and lever coverage of the Métropole du Grand Paris, seen in Chromium. */
describe.skipIf(!hasBrowser)('territory indicators in Chromium', () => {
  let e: E2E;
  let context: BrowserContext;
  let page: Page;
  let orgUrl = '';

  beforeAll(async () => {
    e = await startE2E();
    context = await e.browser.newContext({ acceptDownloads: true, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await e?.stop();
  });

  it('shows the empty dashboard, then imports values after a dry run', async () => {
    await login(page, e.baseUrl, 'admin.mgp@trajectoire.demo');
    await page.getByRole('link', { name: 'Métropole du Grand Paris' }).first().click();
    await page.getByRole('link', { name: 'Tableau de bord du territoire' }).click();
    orgUrl = page.url().replace(/\/tableau-de-bord$/, '');
    expect(await textOf(page.getByText(/Aucune valeur n’a encore été importée/))).toBeTruthy();
    await page.screenshot({ path: '/tmp/ind/1-dashboard-empty.png', fullPage: true });
    await page.getByRole('link', { name: 'Importer des valeurs' }).first().click();
    const bad = path.join(tmpdir(), 'valeurs-erreur.csv');
    await writeFile(bad, `${header}\n${T};ghg;deux mille;12;ktCO2e;AIRPARIF;x;2024-06-01;LO\n`);
    await page.getByLabel('Fichier des valeurs').setInputFiles(bad);
    await page.getByRole('button', { name: /Vérifier le fichier/ }).click();
    expect(await textOf(page.getByRole('table', { name: /Erreurs à corriger/ }))).toMatch(/Année|année/);
    await page.screenshot({ path: '/tmp/ind/2-import-errors.png', fullPage: true });
    await page.getByRole('button', { name: 'Choisir un autre fichier' }).click();
    const good = path.join(tmpdir(), 'valeurs.csv');
    await writeFile(good, valuesCsv());
    await page.getByLabel('Fichier des valeurs').setInputFiles(good);
    await page.getByRole('button', { name: /Vérifier le fichier/ }).click();
    expect(await textOf(page.getByText(/Le fichier est valide/))).toMatch(/20 valeurs/);
    await page.getByRole('button', { name: /^Importer 20 valeurs/ }).click();
    expect(await textOf(page.getByText(/valeurs importées/))).toMatch(/20/);
  });

  it('sets objectives through the API, then shows the dashboard cards and the indicator chart', async () => {
    const status = await page.evaluate(
      async ({ orgId, T, SECTORS }) => {
        const session = await (await fetch('/api/auth/session')).json();
        const put = (indicatorCode: string, percent: number) =>
          fetch(`/api/organisations/${orgId}/objectives`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
            body: JSON.stringify({ territoryId: T, indicatorCode, referenceYear: 2015, milestones: [{ year: 2030, mode: 'percent', value: percent }, { year: 2050, mode: 'percent', value: -80 }] }),
          }).then((r) => r.status);
        const out = [await put('ghg', -40)];
        for (const s of SECTORS) {
          const r = await fetch(`/api/organisations/${orgId}/objectives`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
            body: JSON.stringify({ territoryId: T, indicatorCode: `ghg.sector.${s}`, referenceYear: 2019, referenceValue: null, milestones: [{ year: 2030, mode: 'percent', value: -35 }] }),
          });
          out.push(r.status);
        }
        return out;
      },
      { orgId: orgUrl.split('/').pop()!, T, SECTORS },
    );
    expect(status.every((s) => s === 201)).toBe(true);
    await page.goto(`${orgUrl}/tableau-de-bord`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Émissions de gaz à effet de serre/ }) });
    expect(await textOf(card)).toMatch(/2022/);
    await page.screenshot({ path: '/tmp/ind/3-dashboard.png', fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await card.getByRole('link').click();
    await page.locator('.chart svg[aria-label^="Graphique"]').waitFor();
    expect(await textOf(page.getByRole('table', { name: /valeurs du graphique/ }))).toMatch(/2030/);
    await page.screenshot({ path: '/tmp/ind/4-indicator.png', fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Télécharger les données/ }).click()]);
    expect(csv.suggestedFilename()).toBe('ghg-epci_200054781.csv');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\(PNG\)/ }).click()]);
    await png.saveAs('/tmp/ind/5-export.png');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\(SVG\)/ }).click()]);
    await svg.saveAs('/tmp/ind/5-export.svg');
    // The choice is saved, then the view reloads: the radio is controlled by the answer.
    await page.getByRole('radio', { name: /ROSE/ }).click({ force: true });
    // The latest value now comes from ROSE (2021).
    await page.waitForFunction(() => document.querySelector('.counts')?.textContent?.replace(/\s/g, '').includes('19600000'));
    expect(await page.getByRole('radio', { name: /ROSE/ }).isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/ind/6-indicator-rose.png', fullPage: true });
  });

  it('shows the lever coverage of the SDEM', async () => {
    await page.goto(orgUrl);
    await page.getByRole('link', { name: /Schéma Directeur/ }).first().click();
    await page.getByRole('link', { name: 'Couverture des leviers' }).click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Couverture des leviers en émissions');
    await page.getByRole('table', { name: /Réduction des émissions par levier/ }).waitFor();
    await page.screenshot({ path: '/tmp/ind/7-coverage.png', fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
