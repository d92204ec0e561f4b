import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { COP_LEVER_SET } from '@trajectoire/domain';
import { parseCsv } from '@trajectoire/domain/tabular/index';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { actions } from '../plans/schema';
import { anonymous, seedPlan, seedTenant } from '../plans/testing';
import { readWorkbookBytes, upload } from '../imports/testing';
import { seedRichPlan } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let planId: string;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  planId = (await seedRichPlan(t, w.org.id, { id: w.editor.user.id, name: 'Élise Pilote' })).id;
});
afterAll(() => t.close());

const get = (query: string, headers = w.reader.headers, id = planId) => t.app.request(`/api/plans/${id}/export?${query}`, { headers });
const today = () => new Date().toISOString().slice(0, 10);

describe('plan export', () => {
  it('writes a styled workbook with the sheets Actions, Axes and Leviers', async () => {
    const res = await get('format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="plan-climat-grand-test-2025-2030-${today()}.xlsx"`);
    const wb = await readWorkbookBytes(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Actions', 'Axes', 'Leviers']);
    const sheet = wb.getWorksheet('Actions')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(2).value).toBe("Intitulé de l'action");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(50);
    expect(sheet.rowCount).toBe(6);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('Schéma cyclable');
    expect(first.getCell(4).value).toBe('Vélo');
    expect(first.getCell(7).value).toBe('En cours');
    expect(first.getCell(10).value).toEqual(new Date('2027-12-31T00:00:00Z'));
    expect(first.getCell(16).value).toBe(1050000.5);
    expect(sheet.getRow(4).getCell(3).value).toBe('M-1 Schéma cyclable');
    const axesSheet = wb.getWorksheet('Axes')!;
    const paths = axesSheet.getColumn(1).values.slice(2);
    expect(paths).toEqual(['Mobilités', 'Mobilités > Vélo', 'Mobilités > Vélo > Pistes sécurisées', 'Mobilités > Réseaux', 'Énergie']);
    const levers = wb.getWorksheet('Leviers')!;
    expect(levers.rowCount).toBe(COP_LEVER_SET.levers.length + 1);
    const heat = levers.getColumn(1).values.indexOf('decarbonised-heat-networks');
    expect(levers.getRow(heat).getCell(4).value).toBe(1);
  });

  it('writes CSV with a BOM, semicolons, French numbers and neutralised formulas', async () => {
    const res = await get('format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)), ';').map((r) => r.cells);
    expect(rows).toHaveLength(6);
    const [header, first] = rows;
    const col = (name: string) => first[header.indexOf(name)];
    expect(col('Description')).toBe('Première ligne\nSeconde ligne; avec "guillemets"');
    expect(col('Objectifs poursuivis')).toBe("'=1+1 ne doit pas être une formule");
    expect(col('Budget (€)')).toBe('1050000,5');
    expect(col('Date de fin')).toBe('31/12/2027');
    expect(col('Leviers COP')).toBe('Vélo et transport en commun; Réduction des déplacements');
    expect(col('Leviers potentiels')).toBe('Planifier, réglementer; Financer');
    const comma = await get('format=csv&separator=comma');
    expect((await comma.text()).split('\r\n')[0]).toContain("Référence,Intitulé de l'action,");
  });

  it('exports CSV that imports back into another plan', async () => {
    const csv = new Uint8Array(await (await get('format=csv')).arrayBuffer());
    const target = await seedPlan(t, w.org.id, 'Copie');
    const res = await upload(t, `/api/plans/${target.id}/imports`, w.editor.headers, { bytes: csv, name: 'export.csv' });
    expect(res.status).toBe(201);
    const copied = await t.database.db.select().from(actions).where(eq(actions.planId, target.id)).orderBy(actions.position);
    const original = await t.database.db.select().from(actions).where(eq(actions.planId, planId)).orderBy(actions.position);
    const pick = (a: typeof actions.$inferSelect) => [a.ref, a.title, a.status, a.priority, a.endDate, a.copLevers, [...a.porteurLevers].sort(), a.pilots.map((p) => p.name)];
    expect(copied.map(pick)).toEqual(original.map(pick));
  });

  it('writes the versioned JSON document with stable keys', async () => {
    const res = await get('format=json');
    expect(res.headers.get('content-disposition')).toMatch(/\.json"$/);
    const doc = await res.json();
    expect(doc).toMatchObject({ format: 'trajectoire.plan', version: 1, plan: { id: planId, type: 'pcaet', title: 'Plan climat « Grand Test » 2025-2030' } });
    expect(doc.axes.map((a: { key: string; title: string }) => [a.key, a.title])).toEqual([['A1', 'Mobilités'], ['A2', 'Énergie']]);
    expect(doc.axes[0].children[0].children[0]).toEqual({ key: 'A1.1.1', title: 'Pistes sécurisées', description: '', children: [] });
    expect(doc.actions.map((a: { key: string; title: string }) => [a.key, a.title])).toEqual([['X1', 'Schéma cyclable'], ['X2', 'Réseau de chaleur'], ['X3', 'Action hors axe']]);
    expect(doc.actions[0].subActions.map((s: { key: string; axisKey: string | null }) => [s.key, s.axisKey])).toEqual([['X1.1', 'A1.2'], ['X1.2', null]]);
    expect(doc.actions[0]).toMatchObject({ axisKey: 'A1.1', impactTco2ePerYear: 1250.5, funders: [{ name: 'Région', amountEur: 250000 }] });
    expect(doc.actions[0]).not.toHaveProperty('id');
  });

  it('is open to every member, audited, and hidden from other tenants', async () => {
    expect((await get('format=json', w.restricted.headers)).status).toBe(200);
    expect((await get('format=json', w.outsider.headers)).status).toBe(404);
    expect((await get('format=json', anonymous.headers)).status).toBe(401);
    expect((await get('format=pdf')).status).toBe(400);
    expect((await get('format=csv', w.reader.headers, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, planId), eq(auditLog.action, 'export')));
    expect(entries.length).toBeGreaterThanOrEqual(6);
    expect(entries.map((e) => e.actorLabel)).toContain(w.restricted.email);
  });
});
