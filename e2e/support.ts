import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, startServer } from '@trajectoire/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without Debian's Chromium the browser suite is skipped locally, but CI must have it. */
export const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
  console.warn(`\n⚠ Chromium not found at ${CHROMIUM}: browser end-to-end tests are SKIPPED (apt-get install chromium).\n`);
}

export interface E2E {
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** A real server (fresh PGlite with the demo) on a free port, and a headless Chromium that never leaves loopback. */
export async function startE2E(): Promise<E2E> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'trj-e2e-'));
  const config = { ...loadConfig({ ...process.env, PORT: '0', TRAJECTOIRE_DATA_DIR: dataDir }), demo: true };
  const server = await startServer(config, () => {});
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, baseUrl: string, email: string, password = 'demo-trajectoire') {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

const require = createRequire(import.meta.url);

/** Runs axe-core in the page; returns violations of impact serious or critical. */
export async function seriousAxeViolations(page: Page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
}

/** The text of the first match once it is visible (auto-waits, like Playwright Test's web-first assertions). */
export async function textOf(locator: import('playwright-core').Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
  return ((await locator.first().textContent()) ?? '').trim();
}
