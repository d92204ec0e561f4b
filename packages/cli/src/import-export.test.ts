import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { readWorkbookBytes, workbook } from '@trajectoire/server/imports/testing';
import { organisations } from '@trajectoire/server/organisations/schema';
import { actions, plans } from '@trajectoire/server/plans/schema';
import { auditLog } from '@trajectoire/server/audit/schema';
import { cliHarness } from './testing';

let h: Awaited<ReturnType<typeof cliHarness>>;
let dir: string;
let org: typeof organisations.$inferSelect;
beforeAll(async () => {
  h = await cliHarness();
  dir = await mkdtemp(path.join(tmpdir(), 'trj-cli-'));
  [org] = await h.db.insert(organisations).values({ name: 'Communauté test', kind: 'epci', siren: '200000001' }).returning();
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

const newPlan = async (title: string) => (await h.db.insert(plans).values({ organisationId: org.id, type: 'pcaet', title, startYear: 2025 }).returning())[0];
const planActions = (planId: string) => h.db.select().from(actions).where(eq(actions.planId, planId)).orderBy(actions.position);
/** Writes a fixture as Windows-1252 bytes (the characters used here all sit in Latin-1). */
async function latin1File(name: string, text: string) {
  const file = path.join(dir, name);
  await writeFile(file, Buffer.from(text, 'latin1'));
  return file;
}

describe('trajectoire import actions', () => {
  it('dry-runs, then imports a Latin-1 CSV as the cli actor', async () => {
    const plan = await newPlan('PCAET');
    const file = await latin1File('actions.csv', "Intitulé de l'action;Axe;Budget\r\nRénovation des écoles;Bâtiments;12 500,5\r\nVélo;Mobilités;\r\n");
    const dry = await h.run(['import', 'actions', file, '--plan', plan.id, '--dry-run']);
    expect(dry.error).toBeNull();
    expect(dry.out).toBe('Dry run: 2 row(s) read, 2 action(s) would be imported; nothing written.\nAxes to create: Bâtiments, Mobilités\n');
    expect(await planActions(plan.id)).toEqual([]);

    const run = await h.run(['import', 'actions', file, '--plan', plan.id]);
    expect(run.error).toBeNull();
    expect(run.out).toMatch(/^Imported 2 action\(s\) from 2 row\(s\)\.\nAxes created: Bâtiments, Mobilités\n$/);
    const rows = await planActions(plan.id);
    expect(rows.map((r) => [r.title, r.budgets.map((b) => b.amount), r.createdBy])).toEqual([
      ['Rénovation des écoles', [12500.5], null],
      ['Vélo', [], null],
    ]);
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, rows[0].id), eq(auditLog.action, 'import')));
    expect(entry).toMatchObject({ actorLabel: 'cli', actorUserId: null, entityType: 'action' });
  });

  it('prints the errors and fails without writing anything', async () => {
    const plan = await newPlan('Erreurs');
    const file = await latin1File('bad.csv', 'Intitulé;Date de fin;Leviers COP\r\nA;31/02/2026;\r\nB;;Biogaz, Licorne\r\n');
    const r = await h.run(['import', 'actions', file, '--plan', plan.id]);
    expect(r.error?.message).toBe('import failed: 2 error(s); nothing was written');
    expect(r.out).toContain('row 2, « Date de fin »: Date « 31/02/2026 » illisible');
    expect(r.out).toContain('row 3, « Leviers COP »: Levier(s) COP inconnu(s) : « Licorne ».');
    expect(await planActions(plan.id)).toEqual([]);
    const json = await h.run(['import', 'actions', file, '--plan', plan.id, '--dry-run', '--json']);
    expect(JSON.parse(json.out).errors).toHaveLength(2);
    expect(json.error).not.toBeNull();
  });

  it('reads an XLSX sheet with a user mapping', async () => {
    const plan = await newPlan('Classeur');
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Fiches');
      ws.addRow(['Nom', 'Porteur', 'Remarque']);
      ws.addRow(['Covoiturage', 'Région; ADEME', 'à ignorer']);
    });
    const file = path.join(dir, 'fiches.xlsx');
    await writeFile(file, bytes);
    const r = await h.run(['import', 'actions', file, '--plan', plan.id, '--sheet', 'Fiches', '--mapping', '{"Nom":"title","Porteur":"pilots"}']);
    expect(r.error).toBeNull();
    const [row] = await planActions(plan.id);
    expect(row).toMatchObject({ title: 'Covoiturage', pilots: [{ name: 'Région' }, { name: 'ADEME' }], description: '' });
  });

  it('rejects unknown plans and binary files', async () => {
    const plan = await newPlan('Vide');
    const junk = path.join(dir, 'junk.csv');
    await writeFile(junk, Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 97) % 256)));
    expect((await h.run(['import', 'actions', junk, '--plan', plan.id])).error?.message).toMatch(/données binaires/);
    expect((await h.run(['import', 'actions', junk, '--plan', '00000000-0000-4000-8000-000000000000'])).error?.message).toMatch(/not found/);
    expect((await h.run(['import', 'actions', junk, '--plan', 'abc'])).error?.message).toMatch(/UUID/);
  });
});

describe('trajectoire export plan', () => {
  it('writes CSV to stdout, XLSX and JSON to files, and the JSON imports back losslessly', async () => {
    const plan = await newPlan('Plan à exporter');
    const file = await latin1File('src.csv', "Intitulé;Axe;Statut;Leviers COP\r\n=SOMME(1);Énergie;En cours;Biogaz\r\nDeuxième;;Terminée;\r\n");
    expect((await h.run(['import', 'actions', file, '--plan', plan.id])).error).toBeNull();

    const csv = await h.run(['export', 'plan', plan.id, '--format', 'csv']);
    expect(csv.error).toBeNull();
    expect(csv.out.startsWith('\uFEFFRéférence;Intitulé de l\'action;')).toBe(true);
    expect(csv.out).toContain("\r\n;'=SOMME(1);;Énergie;");

    const xlsxFile = path.join(dir, 'plan.xlsx');
    expect((await h.run(['export', 'plan', plan.id, '--format', 'xlsx'])).error?.message).toMatch(/--out/);
    expect((await h.run(['export', 'plan', plan.id, '--format', 'xlsx', '--out', xlsxFile])).error).toBeNull();
    const wb = await readWorkbookBytes(await readFile(xlsxFile));
    expect(wb.getWorksheet('Actions')!.getRow(2).getCell(2).value).toBe('=SOMME(1)');

    const first = await h.run(['export', 'plan', plan.id]);
    const jsonFile = path.join(dir, 'plan.json');
    await writeFile(jsonFile, first.out);
    const created = await h.run(['import', 'plan', jsonFile, '--org', '200000001']);
    expect(created.error).toBeNull();
    const newId = /Created plan ([0-9a-f-]{36}) with 1 axis\(es\) and 2 action\(s\)/.exec(created.out)![1];
    const second = await h.run(['export', 'plan', newId, '--format', 'json']);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null, plan: { ...JSON.parse(text).plan, id: null } });
    expect(strip(second.out)).toEqual(strip(first.out));
    expect(JSON.parse(second.out).actions[0]).toMatchObject({ title: '=SOMME(1)', status: 'in_progress', copLevers: ['biogas'], axisKey: 'A1' });
  });

  it('reports invalid documents with their paths', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(file, JSON.stringify({ format: 'trajectoire.plan', version: 1, plan: { type: 'pcaet', title: '' }, axes: [], actions: [] }));
    const r = await h.run(['import', 'plan', file, '--org', org.id]);
    expect(r.error?.message).toMatch(/plan\.title/);
  });
});
