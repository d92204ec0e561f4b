import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { actions, axes } from '../plans/schema';
import { anonymous, seedAction, seedPlan, seedTenant } from '../plans/testing';
import { upload, utf8, windows1252, workbook } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
});
afterAll(() => t.close());

// The header row of the workshop tables, with optional columns.
const HEADER = "Intitulé de l'action;Objectifs poursuivis;Pilote(s) / Maître(s) d'ouvrage;Leviers potentiels;Partenaire(s) potentiel(s);Axe;Budget;Date de fin";
const csv = (...lines: string[]) => ({ bytes: windows1252([HEADER, ...lines].join('\r\n')), name: 'actions.csv' });
const good = csv(
  "Accroître la connaissance des data centers;Réponse structurée;Métropole;-Agréger la connaissance;ALEC, DR ADEME;Connaissance;1 500,50;31/12/2026",
  "Animation territoriale;Mutualiser;Métropole;-Mobiliser, sensibiliser;Communes;Connaissance;;",
);
const path = (planId: string, suffix = '') => `/api/plans/${planId}/imports${suffix}`;
const countActions = async (planId: string) => Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(actions).where(eq(actions.planId, planId)))[0].n);

describe('action import routes', () => {
  it('previews a file: format, encoding, headers, sample and suggested mapping', async () => {
    const plan = await seedPlan(t, w.org.id);
    const res = await upload(t, path(plan.id, '/preview'), w.editor.headers, good);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
      headerRow: 1,
      rowCount: 2,
      suggestedMapping: { 0: 'title', 1: 'objectives', 2: 'pilots', 3: 'porteurLevers', 4: 'partners', 5: 'axis', 6: 'budget', 7: 'endDate' },
      unmappedHeaders: [],
      duplicatedHeaders: [],
    });
    expect(res.body.sampleRows[1][0]).toBe('Animation territoriale');
    expect(await countActions(plan.id)).toBe(0);
  });

  it('dry-runs without writing, then imports every row with its axis and audit entries', async () => {
    const plan = await seedPlan(t, w.org.id);
    const dry = await upload(t, path(plan.id), w.editor.headers, good, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ dryRun: true, rowCount: 2, toCreate: 2, created: 0, axesToCreate: ['Connaissance'], errors: [], warnings: [] });
    expect(await countActions(plan.id)).toBe(0);

    const res = await upload(t, path(plan.id), w.editor.headers, good);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, rowCount: 2, toCreate: 2, created: 2, axesToCreate: ['Connaissance'] });
    const rows = await t.database.db.select().from(actions).where(eq(actions.planId, plan.id)).orderBy(actions.position);
    const [axis] = await t.database.db.select().from(axes).where(eq(axes.planId, plan.id));
    expect(axis.title).toBe('Connaissance');
    expect(rows.map((r) => [r.title, r.axisId, r.createdBy])).toEqual([
      ['Accroître la connaissance des data centers', axis.id, w.editor.user.id],
      ['Animation territoriale', axis.id, w.editor.user.id],
    ]);
    expect(rows[0]).toMatchObject({ porteurLevers: ['collect_data'], partners: [{ name: 'ALEC' }, { name: 'DR ADEME' }], endDate: '2026-12-31' });
    expect(rows[0].budgets).toEqual([{ year: 2026, nature: 'investment', kind: 'planned', unit: 'eur', amount: 1500.5 }]);
    expect(rows[1].porteurLevers).toEqual(['inform', 'mobilise']);
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.organisationId, w.org.id), eq(auditLog.action, 'import')));
    const forPlan = entries.filter((e) => [...rows.map((r) => r.id), axis.id, plan.id].includes(e.entityId));
    expect(forPlan.map((e) => e.entityType).sort()).toEqual(['action', 'action', 'axis', 'plan']);
    expect(forPlan.every((e) => e.actorLabel === w.editor.email)).toBe(true);
    expect(forPlan.find((e) => e.entityType === 'plan')!.after).toMatchObject({ fileName: 'actions.csv', created: 2 });
  });

  it('writes nothing and answers 422 with the full report when any row is wrong', async () => {
    const plan = await seedPlan(t, w.org.id);
    await seedAction(t, plan, { title: 'Déjà là' });
    const bad = csv('Bonne;;;;;;;', ';Sans titre;;;;;;', 'Budget négatif;;;;;;-3;', 'Date;;;;;;;31/13/2026');
    const res = await upload(t, path(plan.id), w.editor.headers, bad);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    expect(res.body.report.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, "Intitulé de l'action"],
      [4, 'Budget'],
      [5, 'Date de fin'],
    ]);
    expect(await countActions(plan.id)).toBe(1);
  });

  it('rolls everything back when the database fails on the last row', async () => {
    const plan = await seedPlan(t, w.org.id);
    // A real constraint violated only by the last row: validation passes, the insert fails inside the transaction.
    await t.database.db.execute(sql.raw(`ALTER TABLE actions ADD CONSTRAINT import_test_trap CHECK (title <> 'Action piégée')`));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {}); // the 500 is logged on purpose
    try {
      const lines = Array.from({ length: 30 }, (_, i) => `Action ${i};;;;;Nouvel axe;;`);
      const res = await upload(t, path(plan.id), w.editor.headers, csv(...lines, 'Action piégée;;;;;;;'));
      expect(res.status).toBe(500);
    } finally {
      await t.database.db.execute(sql.raw('ALTER TABLE actions DROP CONSTRAINT import_test_trap'));
      logged.mockRestore();
    }
    expect(await countActions(plan.id)).toBe(0);
    expect(await t.database.db.select().from(axes).where(eq(axes.planId, plan.id))).toEqual([]);
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, plan.id))).toEqual([]);
  });

  it('flags duplicated headers unless the user maps the columns', async () => {
    const plan = await seedPlan(t, w.org.id);
    const file = { bytes: utf8('Intitulé;Statut;STATUT\nA;En cours;Terminée\n'), name: 'dup.csv' };
    const res = await upload(t, path(plan.id), w.editor.headers, file, { dryRun: 'true' });
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 1, column: 'Statut', field: 'status' })]);
    const mapped = await upload(t, path(plan.id), w.editor.headers, file, { mapping: JSON.stringify({ 0: 'title', 2: 'status', 1: null }) });
    expect(mapped.status).toBe(201);
    const [row] = await t.database.db.select().from(actions).where(eq(actions.planId, plan.id));
    expect(row.status).toBe('done');
    const invalid = await upload(t, path(plan.id), w.editor.headers, file, { mapping: '{"0":"title","1":"title"}' });
    expect(invalid).toMatchObject({ status: 400, body: { code: 'invalid_mapping' } });
  });

  it('imports an XLSX workbook and warns about formula text', async () => {
    const plan = await seedPlan(t, w.org.id);
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Plan');
      ws.addRow(['Intitulé', 'Date de début', 'Budget']);
      ws.addRow(['=CONCAT("a";"b")', new Date(Date.UTC(2026, 0, 15)), 2500]);
    });
    const res = await upload(t, path(plan.id), w.editor.headers, { bytes, name: 'plan.xlsx' });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([expect.objectContaining({ row: 2, field: 'title' })]);
    const [row] = await t.database.db.select().from(actions).where(eq(actions.planId, plan.id));
    expect(row).toMatchObject({ title: '=CONCAT("a";"b")', startDate: '2026-01-15' });
  });

  it('refuses wrong types (415) and oversized files (413)', async () => {
    const plan = await seedPlan(t, w.org.id);
    const junk = { bytes: new Uint8Array(512).map((_, i) => (i * 131) % 256), name: 'actions.csv' };
    expect(await upload(t, path(plan.id), w.editor.headers, junk)).toMatchObject({ status: 415, body: { code: 'unsupported_file' } });
    const json = await t.app.request(path(plan.id), { method: 'POST', headers: { ...w.editor.headers, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const big = { bytes: new Uint8Array(10 * 1024 * 1024 + 10).fill(0x41), name: 'big.csv' };
    expect(await upload(t, path(plan.id), w.editor.headers, big)).toMatchObject({ status: 413, body: { code: 'upload_too_large' } });
    expect(await upload(t, path(plan.id), w.editor.headers, null)).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
  });

  it('applies the permission matrix and hides other tenants', async () => {
    const plan = await seedPlan(t, w.org.id);
    for (const [who, status] of [
      [anonymous, 401],
      [w.reader, 403],
      [w.restricted, 403],
      [w.outsider, 404],
      [w.admin, 200],
    ] as const) {
      expect((await upload(t, path(plan.id, '/preview'), who.headers, good)).status).toBe(status);
      expect((await upload(t, path(plan.id), who.headers, good, { dryRun: 'true' })).status).toBe(status);
    }
    const missing = await upload(t, path('00000000-0000-4000-8000-000000000000', '/preview'), w.editor.headers, good);
    expect(missing.status).toBe(404);
    expect(await countActions(plan.id)).toBe(0);
  });
});
